using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Events behind a guard (the device prints them): a console that throws loses the line.</summary>
    public sealed class GuardedEvents : IPodEvents
    {
        readonly IPodEvents _inner;

        public GuardedEvents(IPodEvents inner)
        {
            _inner = inner;
        }

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            try
            {
                if (_inner != null) _inner.OnPodEvent(nowUs, kind, value);
            }
            catch (Exception)
            {
            }
        }
    }
}
