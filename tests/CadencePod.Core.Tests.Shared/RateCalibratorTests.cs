#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Signal;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class RateCalibratorTests
    {
        /// <summary>Drains every 100 ms (plus a little jitter) from a sensor really sampling at realRateMilliHz.</summary>
        static int Drain(RateCalibrator calibrator, ref uint nowUs, ref long sampledMilli, int realRateMilliHz, int drains)
        {
            int ready = 0;
            for (int i = 0; i < drains; i++)
            {
                nowUs += (uint)(100000 + (i % 3) * 700); // the loop's 10 ms grain moves each drain a little
                long before = sampledMilli / 1000000;
                sampledMilli += (long)realRateMilliHz * (100000 + (i % 3) * 700) / 1000;
                int samples = (int)(sampledMilli / 1000000 - before);
                if (calibrator.OnDrain(nowUs, samples, false)) ready++;
            }

            return ready;
        }

        [TestMethod]
        public void MeasuresASlowSensorWithinATenthOfAPercentInTenSeconds()
        {
            var calibrator = new RateCalibrator(100);
            Assert.AreEqual(100f, calibrator.RateHz);
            uint now = 4294000000u; // across the µs clock's wrap
            long sampled = 0;
            Assert.AreEqual(0, Drain(calibrator, ref now, ref sampled, 96300, 99));
            Assert.AreEqual(1, Drain(calibrator, ref now, ref sampled, 96300, 3));
            float error = calibrator.RateHz - 96.3f;
            Assert.IsTrue(error < 0.1f && error > -0.1f, "rate " + calibrator.RateHz.ToString("F3"));
            Assert.AreEqual(1, calibrator.Windows);
        }

        [TestMethod]
        public void LostSamplesRestartTheWindowAndAnImplausibleRateIsIgnored()
        {
            var calibrator = new RateCalibrator(100);
            uint now = 0;
            long sampled = 0;
            Drain(calibrator, ref now, ref sampled, 100000, 60);
            calibrator.OnDrain(now, 0, true); // a FIFO overflow: the count no longer matches the time
            Assert.AreEqual(0, Drain(calibrator, ref now, ref sampled, 100000, 99));
            Assert.AreEqual(1, Drain(calibrator, ref now, ref sampled, 100000, 3));

            // 30 s later the "sensor" delivers 20 % too many samples: a stalled loop or a clock jump, not the sensor.
            Assert.AreEqual(0, Drain(calibrator, ref now, ref sampled, 120000, 310));
            Assert.IsTrue(calibrator.RateHz > 99.9f && calibrator.RateHz < 100.1f, "rate " + calibrator.RateHz.ToString("F3"));
        }

        [TestMethod]
        public void TheEngineConvertsWithTheMeasuredRate()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedRunning(engine, 170f, 20f, 2, 1);
            float cadenceAtNominal = engine.CadenceSpm;
            int periodAtNominalUs = engine.StepPeriodUs;
            engine.SetMeasuredSampleRate(96f);
            float ratio = engine.CadenceSpm / cadenceAtNominal;
            Assert.IsTrue(ratio > 0.9599f && ratio < 0.9601f, "cadence ratio " + ratio.ToString("F4"));
            int expectedPeriodUs = (int)(periodAtNominalUs / 0.96f);
            Assert.IsTrue(engine.StepPeriodUs > expectedPeriodUs - 2 && engine.StepPeriodUs < expectedPeriodUs + 2, "period " + engine.StepPeriodUs.ToString());
            int us = engine.SamplesToUs(1000); // 1000 samples at 96 Hz = 10.4167 s
            Assert.IsTrue(us > 10416000 && us < 10417500, "1000 samples = " + us.ToString() + " µs");
            engine.SetMeasuredSampleRate(50f); // absurd: clamped to the largest plausible error
            Assert.IsTrue(engine.MeasuredSampleRateHz > 91.9f && engine.MeasuredSampleRateHz < 92.1f);
        }
    }
}
