#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class MetronomeTests
    {
        [TestMethod]
        public void TenHoursWithoutDriftAcrossTheClockWrap()
        {
            var m = new Metronome();
            uint start = 4294000000u; // 0.97 s before the 32-bit µs clock wraps
            int period = Time.PeriodUsFromSpm(171);
            m.Start(start, period);
            long beats = 10L * 3600 * 171 / 60;
            for (long n = 0; n < beats; n++)
            {
                uint expected = start + (uint)(n * period);
                if (m.NextBeatUs != expected)
                {
                    Assert.AreEqual(expected, m.NextBeatUs, "beat " + n.ToString());
                }

                m.Advance();
            }

            Assert.AreEqual(start + (uint)(beats * period), m.NextBeatUs);
        }

        [TestMethod]
        public void TempoChangeTakesEffectAtTheBeatBoundary()
        {
            var m = new Metronome();
            m.Start(1000000u, 350000);
            m.Advance();
            uint before = m.NextBeatUs;
            m.RequestPeriod(340000);
            Assert.AreEqual(before, m.NextBeatUs);
            m.Advance();
            Assert.AreEqual(before + 340000u, m.NextBeatUs);
            m.Advance();
            Assert.AreEqual(before + 680000u, m.NextBeatUs);
        }

        [TestMethod]
        public void DueIsWrapSafe()
        {
            var m = new Metronome();
            m.Start(10u, 300000);
            // Compared as the loop compares it: wrap-safe.
            Assert.IsFalse(Time.IsAtOrAfter(4294967000u, m.NextBeatUs)); // just before the wrap: beat still ahead
            Assert.IsTrue(Time.IsAtOrAfter(10u, m.NextBeatUs));
            Assert.IsTrue(Time.IsAtOrAfter(20u, m.NextBeatUs));
        }
    }
}
