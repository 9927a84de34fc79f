using System;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    public sealed class ThrowingPower : IPowerControl
    {
        public WakeReason LastWake
        {
            get { throw new Exception("simulated sleep API failure"); }
        }

        public void Sleep(bool wakeOnMotion)
        {
            throw new Exception("simulated sleep API failure");
        }

        public void Shutdown()
        {
            throw new Exception("simulated sleep API failure");
        }
    }
}
