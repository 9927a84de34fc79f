#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>Boot-time waits on the fake clock: the simulated chip sees the time pass.</summary>
    public sealed class FakeDelay : IDelay
    {
        readonly FakeClock _clock;
        public int WaitedMs;

        public FakeDelay(FakeClock clock)
        {
            _clock = clock;
        }

        public void WaitMs(int milliseconds)
        {
            WaitedMs += milliseconds;
            _clock.Now += (uint)(milliseconds * 1000);
        }
    }
}
