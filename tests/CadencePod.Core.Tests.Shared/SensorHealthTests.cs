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
    /// <summary>The loop's sensor-health stage on the sample-level accelerometer double, one drain at a time.</summary>
    [TestClass]
    public class SensorHealthTests
    {
        static readonly short[] Batch = new short[3 * Tunables.SensorBurstSamples];

        /// <summary>Lets milliseconds pass, then drains as the loop does; returns whether the drain was undisturbed.</summary>
        static bool Drain(VirtualClock clock, SensorHealth health, int milliseconds)
        {
            clock.NowUs64 += milliseconds * 1000L;
            health.BeginDrain();
            while (health.Read(Batch, Tunables.SensorBurstSamples) == Tunables.SensorBurstSamples)
            {
            }

            return health.EndDrain();
        }

        [TestMethod]
        public void AFullBatchIsReadAgainUntilTheFifoIsEmpty()
        {
            var clock = new VirtualClock();
            var accel = new AccelDouble(clock, TestSignals.SampleRateHz);
            accel.CadenceSpm = 170f;
            var health = new SensorHealth(accel);
            Assert.IsTrue(Drain(clock, health, 1000)); // samples at 0, 10, … 1000 ms: 32 + 32 + 32 + 5
            Assert.AreEqual(101, health.DrainedSamples);
            Assert.AreEqual(4, accel.Reads);
            Assert.AreEqual((int)SensorStatus.Ok, (int)health.Status);
        }

        [TestMethod]
        public void LostSamplesAreCountedAndTheDrainIsDisturbed()
        {
            var clock = new VirtualClock();
            var accel = new AccelDouble(clock, TestSignals.SampleRateHz);
            accel.CadenceSpm = 170f;
            var health = new SensorHealth(accel);
            accel.LoseNext = 171;
            Assert.IsFalse(Drain(clock, health, 100), "a drain after lost samples does not count for the rate");
            Assert.AreEqual(171, health.LostSamples);
            Assert.IsTrue(Drain(clock, health, 100));
            Assert.AreEqual(171, health.LostSamples);
        }

        [TestMethod]
        public void AFailedReadIsRetriedThenRepeatedFailuresMakeTheSensorMissing()
        {
            var clock = new VirtualClock();
            var accel = new AccelDouble(clock, TestSignals.SampleRateHz);
            var health = new SensorHealth(accel);
            accel.Missing = true;
            Assert.IsFalse(Drain(clock, health, 100));
            Assert.AreEqual(1 + Tunables.ReadRetries, accel.Reads);
            Assert.AreEqual((int)SensorStatus.ReadError, (int)health.Status);
            for (int i = 1; i < Tunables.SensorMissingAfterFailures; i++) Drain(clock, health, 100);
            Assert.AreEqual((int)SensorStatus.Missing, (int)health.Status);
            Assert.AreEqual(1, accel.Recoveries); // asked to recover every SensorMissingAfterFailures failures
            accel.Missing = false;
            Assert.IsTrue(Drain(clock, health, 100));
            Assert.AreEqual((int)SensorStatus.Ok, (int)health.Status);
        }

        [TestMethod]
        public void AStuckOutputIsMissingAfterTwoSecondsAndRecoveryIsAskedForTheNextSecond()
        {
            var clock = new VirtualClock();
            var accel = new AccelDouble(clock, TestSignals.SampleRateHz);
            accel.Stuck = true;
            var health = new SensorHealth(accel);
            int drains = 0;
            while (health.Status != SensorStatus.Missing && drains < 100)
            {
                Drain(clock, health, 100);
                drains++;
            }

            int drainsPerSecond = Time.UsPerSecond / Tunables.ServiceIntervalUs;
            Assert.AreEqual(Tunables.StuckSensorSeconds * drainsPerSecond, drains, "missing after two seconds of identical samples");
            for (int i = 0; i < 3 * drainsPerSecond; i++) Drain(clock, health, 100);
            Assert.AreEqual(drainsPerSecond, accel.Recoveries, "at each drain of the second after it was found, then no more");
            accel.Stuck = false;
            accel.CadenceSpm = 170f;
            Drain(clock, health, 100);
            Assert.AreEqual((int)SensorStatus.Ok, (int)health.Status);
        }

        [TestMethod]
        public void ASensorMissingAtBootStaysMissingUntilAGoodDrain()
        {
            var clock = new VirtualClock();
            var accel = new AccelDouble(clock, TestSignals.SampleRateHz);
            var health = new SensorHealth(accel);
            health.MarkMissing();
            accel.Missing = true;
            Drain(clock, health, 100);
            Assert.AreEqual((int)SensorStatus.Missing, (int)health.Status, "one failed drain does not make a missing sensor merely erroring");
            accel.Missing = false;
            Drain(clock, health, 100);
            Assert.AreEqual((int)SensorStatus.Ok, (int)health.Status);
        }
    }
}
