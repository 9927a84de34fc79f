using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>Blocking waits (the sensor's reset at boot) in virtual time: the clock moves on, the simulated chip sees it.</summary>
    public sealed class VirtualDelay : IDelay
    {
        readonly VirtualClock _clock;

        /// <summary>Milliseconds waited so far.</summary>
        public int WaitedMs;

        public VirtualDelay(VirtualClock clock)
        {
            _clock = clock;
        }

        public void WaitMs(int milliseconds)
        {
            WaitedMs += milliseconds;
            _clock.NowUs64 += milliseconds * 1000L;
        }
    }
}
