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
    /// <summary>
    /// The MPU-6050 driver, byte by byte, against the register-level double: every sample, every lost-sample count and
    /// every recovery. Each fault test fails when the driver's handling of that fault is taken out.
    /// </summary>
    [TestClass]
    public class Mpu6050FifoTests
    {
        [TestMethod]
        public void BootWritesOneHundredHertzAtEightGAndTheRateFollowsFromTheRegisters()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            Assert.IsTrue(rig.Driver.Configured);
            Assert.AreEqual(100, rig.Driver.SampleRateHz);
            Assert.AreEqual(4096, rig.Driver.CountsPerG);
            // The chip's own rate and scale, from what the driver wrote into it, are what the driver assumes.
            Assert.AreEqual(rig.Driver.SampleRateHz, rig.Chip.ConfiguredRateHz);
            Assert.AreEqual(rig.Driver.CountsPerG, rig.Chip.ConfiguredCountsPerG);
            Assert.AreEqual(Mpu6050Bits.ClockPllXGyro, rig.Chip.Register(Mpu6050Register.PwrMgmt1));
            Assert.AreEqual(Mpu6050Bits.AccelFifo, rig.Chip.Register(Mpu6050Register.FifoEn));
            Assert.AreEqual(Mpu6050Bits.FifoOverflow, rig.Chip.Register(Mpu6050Register.IntEnable));
            Assert.IsTrue(rig.Chip.Filling);
            Assert.AreEqual(1, rig.Chip.DeviceResets);
            Assert.AreEqual(Mpu6050Bits.ResetWaitMs + Mpu6050Bits.WakeWaitMs, rig.Delay.WaitedMs);
            Assert.AreEqual(0, rig.Driver.BusErrors);
        }

        [TestMethod]
        public void WithoutTheWaitAfterTheResetTheChipDoesNotAnswer()
        {
            // The double ignores the bus for a while after DEVICE_RESET, as the datasheet's 100 ms wait implies.
            var rig = new SensorRig();
            Assert.IsFalse(rig.Driver.Initialize(new NoDelay()));
            rig.Clock.NowUs64 += 100000; // the boot retries only after the reset's wait
            Assert.IsTrue(rig.Boot());
        }

        [TestMethod]
        public void EverySampleArrivesOnceAndInOrder()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            int got = rig.Run(3000);
            Assert.IsTrue(got >= 299 && got <= 301, "samples in 3 s: " + got.ToString());
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(0, rig.Trail.Gaps);
            Assert.AreEqual(0, rig.Lost);
            Assert.AreEqual((int)SensorStatus.Ok, (int)rig.Driver.Status);
            // Everything the chip wrote was read, nothing else.
            Assert.AreEqual((int)rig.Chip.SamplesWritten, got + rig.Chip.FifoCount / 6);
        }

        [TestMethod]
        public void ABatchLargerThanOneBurstComesInSeveralReads()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Clock.NowUs64 += 1000000; // 1 s: 100 samples, more than the 32 one transfer takes
            Assert.AreEqual(32, rig.ReadOnce());
            Assert.AreEqual(32, rig.ReadOnce());
            Assert.AreEqual(32, rig.ReadOnce());
            int rest = rig.ReadOnce();
            Assert.IsTrue(rest >= 4 && rest <= 5, "rest " + rest.ToString());
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(0, rig.Trail.Gaps);
        }

        [TestMethod]
        public void AnOverflowRestartsTheFifoAndCountsWhatItDiscarded()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(500);
            long before = rig.Chip.NextSampleIndex;
            // The loop stalls for 2.5 s: the 1024-byte FIFO (1.7 s) overflows and its head leaves the sample boundary.
            rig.Clock.NowUs64 += 2500000;
            Assert.AreEqual(0, rig.ReadOnce());
            Assert.AreEqual(1, rig.Driver.Overflows);
            Assert.AreEqual(0, rig.Driver.Misalignments);
            // The driver counts what it threw away (1024 bytes: 171 samples, the torn one included) …
            Assert.AreEqual(Mpu6050Fifo.FifoCapacitySamples, rig.Lost);
            // … a lower bound: the chip overwrote more before that, which no register counts.
            int reallyLost = (int)(rig.Chip.NextSampleIndex - before);
            Assert.IsTrue(reallyLost > rig.Lost, "really lost " + reallyLost.ToString());
            // Afterwards whole samples again, one after the other.
            rig.Run(1000);
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(1, rig.Trail.Gaps);
            Assert.AreEqual(reallyLost, rig.Trail.GapSamples);
        }

        [TestMethod]
        public void AByteCountThatIsNotWholeSamplesResetsTheFifo()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 120000; // 12 samples waiting
            // One byte goes missing (a glitch on the bus took it): 71 bytes, not whole samples.
            var one = new byte[1];
            rig.Chip.ReadRegisters((int)Mpu6050Register.FifoRw, one, 1, out int _);
            Assert.AreEqual(71, rig.Chip.FifoCount);
            Assert.AreEqual(0, rig.ReadOnce());
            Assert.AreEqual(1, rig.Driver.Misalignments);
            Assert.AreEqual(12, rig.Lost); // the 11 whole samples and the torn one
            Assert.AreEqual(0, rig.Chip.FifoCount);
            rig.Run(500);
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(1, rig.Trail.Gaps);
            Assert.AreEqual(12, rig.Trail.GapSamples);
        }

        [TestMethod]
        public void APartialTransferKeepsItsWholeSamplesAndRejoinsTheTornOne()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 100000;
            rig.Chip.NextFifoReadBytes = 20; // 3 samples and 2 bytes of the fourth
            Assert.AreEqual(4, rig.ReadOnce());
            Assert.AreEqual(1, rig.Driver.Misalignments);
            Assert.AreEqual(1, rig.Chip.PartialTransfers);
            rig.Run(500);
            Assert.AreEqual(0, rig.Lost);
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(0, rig.Trail.Gaps);
        }

        [TestMethod]
        public void ATornSampleWhoseRestCannotBeReadAtOnceIsRejoinedAtTheNextRead()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 100000; // 10 samples
            rig.Chip.NextFifoReadBytes = 20;
            // INT_STATUS, FIFO_COUNT, the cut FIFO read, then the read for the rest of the torn sample fails.
            rig.Chip.NackTransaction = rig.Chip.Transactions + 4;
            Assert.AreEqual(3, rig.ReadOnce());
            Assert.AreEqual(4 + 6 * 6, rig.Chip.FifoCount); // the torn sample's last 4 bytes at the head, then 6 samples
            Assert.AreEqual((int)SensorStatus.Ok, (int)rig.Driver.Status);
            rig.Run(500);
            Assert.AreEqual(0, rig.Lost);
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(0, rig.Trail.Gaps);
        }

        [TestMethod]
        public void ATornSampleIsCountedWhenAnOverflowComesFirst()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 100000;
            rig.Chip.NextFifoReadBytes = 20;
            rig.Chip.NackTransaction = rig.Chip.Transactions + 4;
            Assert.AreEqual(3, rig.ReadOnce());
            rig.Clock.NowUs64 += 2500000; // the FIFO overflows before the rest is read
            Assert.AreEqual(0, rig.ReadOnce());
            Assert.AreEqual(1, rig.Driver.Overflows);
            Assert.AreEqual(Mpu6050Fifo.FifoCapacitySamples, rig.Lost);
            rig.Run(500);
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(1, rig.Trail.Gaps);
            // The torn one, the 6 behind it and the 250 sampled during the stall are gone; the count is a lower bound.
            Assert.IsTrue(rig.Trail.GapSamples >= 7 + 250, "gap " + rig.Trail.GapSamples.ToString());
            Assert.IsTrue(rig.Lost <= rig.Trail.GapSamples);
        }

        [TestMethod]
        public void UnacknowledgedTransfersAreReadErrorsAndTheFifoKeepsTheSamples()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Chip.NackNext = 1000;
            for (int i = 0; i < 5; i++)
            {
                rig.Clock.NowUs64 += 100000;
                Assert.AreEqual(0, rig.ReadOnce());
                Assert.AreEqual((int)SensorStatus.ReadError, (int)rig.Driver.Status);
            }

            Assert.IsTrue(rig.Driver.BusErrors >= 5);
            rig.Chip.NackNext = 0;
            rig.Run(1000);
            Assert.AreEqual((int)SensorStatus.Ok, (int)rig.Driver.Status);
            Assert.AreEqual(0, rig.Lost);
            Assert.AreEqual(0, rig.Trail.Gaps);
            Assert.AreEqual(0, rig.Trail.Broken);
        }

        [TestMethod]
        public void AnExceptionFromTheBusIsCaughtCountedAndNothingIsLost()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 100000;
            rig.Chip.ThrowNext = 1;
            Assert.AreEqual(0, rig.ReadOnce());
            Assert.AreEqual((int)SensorStatus.ReadError, (int)rig.Driver.Status);
            Assert.AreEqual(1, rig.Driver.BusExceptions);
            Assert.AreEqual(1, rig.Chip.Exceptions);
            rig.Run(500);
            Assert.AreEqual((int)SensorStatus.Ok, (int)rig.Driver.Status);
            Assert.AreEqual(0, rig.Lost);
            Assert.AreEqual(0, rig.Trail.Gaps);
        }

        [TestMethod]
        public void AnExceptionDuringBootIsCaughtAndTheNextAttemptWorks()
        {
            var rig = new SensorRig();
            rig.Chip.ThrowNext = 1;
            Assert.IsFalse(rig.Boot());
            Assert.AreEqual(1, rig.Driver.BusExceptions);
            Assert.IsTrue(rig.Boot());
        }

        [TestMethod]
        public void AChipThatResetItselfIsFoundAndConfiguredAgain()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(1000);
            rig.Chip.PowerGlitch(); // brown-out: asleep, FIFO off, registers at their power-up values
            int reads = 0;
            while (rig.Driver.ChipResets == 0 && reads < 20)
            {
                rig.Step(100);
                reads++;
            }

            Assert.AreEqual(1, rig.Driver.ChipResets);
            Assert.IsTrue(reads <= Tunables.SensorEmptyReadsBeforeCheck + 1, "reads before the reset was found: " + reads.ToString());
            Assert.AreEqual(Mpu6050Fifo.FifoCapacitySamples, rig.Lost); // a gap of unknown length, reported as one FIFO
            Assert.AreEqual(rig.Driver.SampleRateHz, rig.Chip.ConfiguredRateHz);
            int got = rig.Run(1000);
            Assert.IsTrue(got >= 99, "samples after the recovery: " + got.ToString());
            Assert.AreEqual(0, rig.Trail.Broken);
            Assert.AreEqual(1, rig.Trail.Gaps);
        }

        [TestMethod]
        public void AChipThatLostPowerIsConfiguredAgainAtTheFirstReadAfterItAnswers()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(500);
            rig.Chip.Present = false;
            for (int i = 0; i < 10; i++)
            {
                rig.Step(100);
                Assert.AreEqual((int)SensorStatus.ReadError, (int)rig.Driver.Status);
            }

            rig.Chip.Present = true; // powered again: in its power-up state
            rig.Step(100);
            Assert.AreEqual(1, rig.Driver.ChipResets);
            Assert.AreEqual((int)SensorStatus.Ok, (int)rig.Driver.Status);
            int got = rig.Step(100);
            Assert.IsTrue(got >= 9 && got <= 11, "samples 100 ms after: " + got.ToString());
        }

        [TestMethod]
        public void RecoverKeepsTheSamplesOfAChipThatStillHoldsItsConfiguration()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Clock.NowUs64 += 300000; // 30 samples waiting
            Assert.IsTrue(rig.Driver.Recover());
            Assert.AreEqual(0, rig.Driver.TakeLostSamples());
            Assert.AreEqual(0, rig.Driver.ChipResets);
            rig.Run(500);
            Assert.AreEqual(0, rig.Trail.Gaps);
            Assert.AreEqual(0, rig.Trail.Broken);
        }

        [TestMethod]
        public void RecoverConfiguresAChipThatLostItsConfigurationWithoutAReset()
        {
            var rig = new SensorRig();
            Assert.IsTrue(rig.Boot());
            rig.Run(300);
            rig.Chip.PowerGlitch();
            Assert.IsTrue(rig.Driver.Recover());
            Assert.AreEqual(1, rig.Driver.ChipResets);
            Assert.AreEqual(1, rig.Chip.DeviceResets); // only the boot's: no reset, no wait, the loop is not held up
            Assert.IsTrue(rig.Chip.Filling);
            int got = rig.Run(500);
            Assert.IsTrue(got >= 49, "samples after: " + got.ToString());
            Assert.AreEqual(0, rig.Trail.Broken);
        }

        [TestMethod]
        [DataRow(0x68)]
        [DataRow(0x70)]
        [DataRow(0x72)]
        [DataRow(0x98)]
        public void GenuineAndCloneWhoAmIAreAcceptedAndDeliver(int whoAmI)
        {
            var rig = new SensorRig(whoAmI);
            Assert.IsTrue(rig.Boot());
            Assert.AreEqual(whoAmI, rig.Driver.WhoAmI);
            int got = rig.Run(1000);
            Assert.IsTrue(got >= 99 && got <= 101);
            Assert.AreEqual(0, rig.Trail.Broken);
        }

        [TestMethod]
        [DataRow(0x00)]
        [DataRow(0xFF)]
        public void ABusWithNothingOnItIsNotAChip(int whoAmI)
        {
            var rig = new SensorRig(whoAmI);
            Assert.IsFalse(rig.Boot());
            Assert.IsFalse(rig.Driver.Configured);
            Assert.AreEqual(whoAmI, rig.Driver.WhoAmI);
        }

        [TestMethod]
        public void NoChipAtAllFailsTheBootWithoutThrowing()
        {
            var rig = new SensorRig();
            rig.Chip.Present = false;
            Assert.IsFalse(rig.Boot());
            Assert.AreEqual(-1, rig.Driver.WhoAmI);
            Assert.IsTrue(rig.Driver.BusErrors >= 1);
            Assert.AreEqual(0, rig.ReadOnce());
            Assert.AreEqual((int)SensorStatus.ReadError, (int)rig.Driver.Status);
        }

        [TestMethod]
        public void AChipThatDoesNotKeepTheRangeFailsTheBoot()
        {
            // A part whose register map differs would give another rate or scale: the read-back catches it.
            var rig = new SensorRig(0x98);
            rig.Chip.IgnoreWritesTo = (int)Mpu6050Register.AccelConfig;
            Assert.IsFalse(rig.Boot());
            Assert.IsFalse(rig.Driver.Configured);
        }

        [TestMethod]
        public void AnOscillatorFivePercentSlowDeliversFivePercentFewerSamples()
        {
            var rig = new SensorRig();
            rig.Chip.OscillatorRatio = 0.95;
            Assert.IsTrue(rig.Boot());
            int got = rig.Run(10000);
            Assert.IsTrue(got >= 948 && got <= 952, "samples in 10 s: " + got.ToString());
            Assert.AreEqual(100, rig.Driver.SampleRateHz); // the driver still believes 100 Hz: the loop measures the rest
        }
    }
}
