using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>No sleep control: the pod stays awake.</summary>
    public sealed class StayAwake : IPowerControl
    {
        public WakeReason LastWake { get { return WakeReason.PowerOn; } }

        public void Sleep(bool wakeOnMotion)
        {
        }

        public void Shutdown()
        {
        }
    }
}
