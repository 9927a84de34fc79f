#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>
    /// The head's boot sequence (PodBoot) on doubles: whatever fails or throws, boot reaches the loop and the runner hears
    /// the matching pattern; nothing escapes to Main.
    /// </summary>
    [TestClass]
    public class BootTests
    {
        /// <summary>Runs the booted loop on the board's clock for the given milliseconds.</summary>
        static void Run(BoardDouble board, PodBoot boot, int milliseconds)
        {
            new Lockstep(board.VirtualClock, boot.Loop).RunFor(milliseconds * 1000L);
        }

        [TestMethod]
        public void AllPartsWorkingBootsToIdleWithTheBanner()
        {
            var board = new BoardDouble(7000);
            PodBoot boot = PodBoot.Start(board);
            Assert.IsTrue(boot.SensorUp);
            Assert.AreEqual(1, boot.SensorAttempts);
            Assert.AreEqual((int)BootMode.Run, (int)boot.Mode);
            Assert.IsNotNull(boot.Loop);
            Assert.IsTrue(board.Text.Contains("CadencePod test: MPU-6050 WHO_AM_I 0x68"));
            Assert.AreEqual(0, boot.Faults.Total);
            Run(board, boot, 3000);
            Assert.AreEqual((int)PodState.Idle, (int)boot.Loop.Controller.State);
            Assert.IsFalse(board.Log.Played(Tunables.SensorMissingSound));
            Assert.AreEqual(0, board.Log.Count[(int)PodEvent.HardwareFault]);
        }

        [TestMethod]
        public void NoSensorReachesTheLoopAndSoundsSensorMissing()
        {
            var board = new BoardDouble(7000);
            board.Chip.Present = false;
            PodBoot boot = PodBoot.Start(board);
            Assert.IsFalse(boot.SensorUp);
            Assert.AreEqual(Tunables.SensorInitAttempts, boot.SensorAttempts);
            Assert.IsTrue(board.Text.Contains("MPU-6050 not answering"));
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Sensor]);
            Assert.IsNotNull(boot.Loop);
            Run(board, boot, 2000);
            Assert.AreEqual((int)PodState.Fault, (int)boot.Loop.Controller.State);
            Assert.IsTrue(board.Log.Played(Tunables.SensorMissingSound));
            Assert.IsTrue(board.SimBeeper.Starts >= 3, "tones " + board.SimBeeper.Starts.ToString());
        }

        [TestMethod]
        public void ASensorThatThrowsReachesTheLoopAndSoundsSensorMissing()
        {
            var board = new BoardDouble(7000);
            board.Chip.ThrowPermille = 1000;
            PodBoot boot = PodBoot.Start(board);
            Assert.IsFalse(boot.SensorUp);
            Assert.IsTrue(boot.Sensor.BusExceptions >= Tunables.SensorInitAttempts);
            Run(board, boot, 2000);
            Assert.IsTrue(board.Log.Played(Tunables.SensorMissingSound));
            Assert.IsTrue(boot.Sensor.BusExceptions > Tunables.SensorInitAttempts, "the loop kept reading, and catching");
        }

        [TestMethod]
        public void ASensorBusThatCannotBeOpenedReachesTheLoop()
        {
            var board = new BoardDouble(7000);
            board.ThrowOnOpenSensor = true;
            PodBoot boot = PodBoot.Start(board);
            Assert.IsFalse(boot.SensorUp);
            Run(board, boot, 2000);
            Assert.IsTrue(board.Log.Played(Tunables.SensorMissingSound));
        }

        [TestMethod]
        public void ASensorThatAnswersAtTheSecondAttemptIsUsed()
        {
            var board = new BoardDouble(7000);
            board.Chip.ThrowNext = 1; // the first reset write throws
            PodBoot boot = PodBoot.Start(board);
            Assert.IsTrue(boot.SensorUp);
            Assert.AreEqual(2, boot.SensorAttempts);
            Assert.AreEqual(0, boot.Faults.Count(HardwarePart.Sensor));
        }

        [TestMethod]
        public void AFlashThatThrowsReachesTheLoopWithDefaultsAndSoundsSettingsReset()
        {
            var board = new BoardDouble(7000);
            board.Store = new ThrowingStore();
            PodBoot boot = PodBoot.Start(board);
            Assert.IsNotNull(boot.Loop);
            Assert.IsTrue(board.Log.Played(Tunables.SettingsResetSound));
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Storage]);
            Run(board, boot, 5000); // the settings save after 3 s fails too: reported, nothing stops
            Assert.AreEqual((int)PodState.Idle, (int)boot.Loop.Controller.State);
            Assert.IsTrue(board.Log.Count[(int)PodEvent.StorageError] >= 1);
        }

        [TestMethod]
        public void AFlashThatCannotBeOpenedReachesTheLoopWithDefaults()
        {
            var board = new BoardDouble(7000);
            board.ThrowOnOpenStorage = true;
            PodBoot boot = PodBoot.Start(board);
            Assert.IsNotNull(boot.Loop);
            Assert.IsTrue(board.Log.Played(Tunables.SettingsResetSound));
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Storage]);
        }

        [TestMethod]
        public void APiezoThatThrowsIsCountedAndTheLoopRuns()
        {
            var board = new BoardDouble(7000);
            var beeper = new ThrowingBeeper();
            board.Beeper = beeper;
            PodBoot boot = PodBoot.Start(board);
            Run(board, boot, 500);
            board.ScriptedButtons.HeldMask = 1; // a short press of Up: the confirm tones, then four beats at the target
            Run(board, boot, 200);
            board.ScriptedButtons.HeldMask = 0;
            Run(board, boot, 3000);
            Assert.IsTrue(beeper.Calls > 0);
            Assert.AreEqual(beeper.Calls, boot.Faults.Count(HardwarePart.Beeper));
            Assert.AreEqual(1, board.Log.Count[(int)PodEvent.HardwareFault]); // reported once, counted always
        }

        [TestMethod]
        public void PartsThatCannotBeOpenedAreReplacedAndRecorded()
        {
            var board = new BoardDouble(7000);
            board.ThrowOnOpenBeeper = true;
            board.ThrowOnOpenButtons = true;
            board.ThrowOnOpenBattery = true;
            board.ThrowOnOpenPower = true;
            PodBoot boot = PodBoot.Start(board);
            Assert.AreEqual((int)BootMode.Run, (int)boot.Mode);
            Run(board, boot, 2000);
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Beeper]);
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Buttons]);
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Battery]);
            Assert.IsTrue(board.Log.PartFaulted[(int)HardwarePart.Power]);
            Assert.AreEqual((int)PodState.Idle, (int)boot.Loop.Controller.State);
        }

        [TestMethod]
        public void ButtonsAndPowerThatThrowInUseAreGuarded()
        {
            var board = new BoardDouble(7000);
            board.Buttons = new ThrowingButtons();
            board.Power = new ThrowingPower();
            PodBoot boot = PodBoot.Start(board);
            Assert.AreEqual((int)BootMode.Run, (int)boot.Mode); // nothing pressed
            Assert.AreEqual((int)WakeReason.PowerOn, (int)boot.Power.LastWake);
            boot.Power.Sleep(false);
            boot.Power.Shutdown();
            Run(board, boot, 1000);
            Assert.IsTrue(boot.Faults.Count(HardwarePart.Buttons) > 50);
            Assert.IsTrue(boot.Faults.Count(HardwarePart.Power) >= 3);
        }

        [TestMethod]
        [DataRow(1, 1)]
        [DataRow(2, 2)]
        [DataRow(4, 3)]
        [DataRow(0, 0)]
        public void TheButtonHeldAtPowerOnChoosesTheMode(int held, int mode)
        {
            var board = new BoardDouble(7000);
            board.ScriptedButtons.HeldMask = held;
            PodBoot boot = PodBoot.Start(board);
            Assert.AreEqual(mode, (int)boot.Mode);
            bool runs = mode == (int)BootMode.Run || mode == (int)BootMode.DumpLogThenRun;
            Assert.AreEqual(runs, boot.Loop != null);
            if (mode == (int)BootMode.DumpLogThenRun)
            {
                Assert.IsTrue(board.Text.Contains("# cadencepod run log v1"));
                Assert.IsTrue(board.Text.Contains("# end, 0 runs"));
            }
        }

        [TestMethod]
        public void RecordModePrintsATraceAReaderCanTakeFromTheFirstLine()
        {
            var board = new BoardDouble(7000);
            board.ScriptedButtons.HeldMask = 2;
            PodBoot boot = PodBoot.Start(board);
            var text = new TextLog();
            var recorder = new TraceRecorder(boot.Sensor, text);
            recorder.Begin("test");
            board.VirtualClock.NowUs64 += 100000;
            int lines = recorder.Pump();
            Assert.IsTrue(lines >= 9 && lines <= 11, "lines " + lines.ToString());
            Assert.AreEqual(TraceRecorder.StartLine, text.Line(0));
            Assert.AreEqual("# sample_rate_hz: 100", text.Line(2));
            Assert.AreEqual(TraceRecorder.Header, text.Line(4));
            // A still pod: 1 g on z, and one count of noise on x (0.244 mg) every other sample.
            Assert.IsTrue(text.Line(5) == "0,0.0000,0.0000,1.0000" || text.Line(5) == "0,0.0002,0.0000,1.0000", text.Line(5));
            Assert.IsTrue(text.Line(6) == "10,0.0000,0.0000,1.0000" || text.Line(6) == "10,0.0002,0.0000,1.0000", text.Line(6));
        }

        [TestMethod]
        [DataRow(TestSignals.CountsPerG, TestSignals.CountsPerG, "1.0000")]
        [DataRow(-1000, TestSignals.CountsPerG, "-0.2441")]
        [DataRow(1, TestSignals.CountsPerG, "0.0002")]
        [DataRow(-1, 8192, "-0.0001")]
        [DataRow(0, TestSignals.CountsPerG, "0.0000")]
        [DataRow(32767, TestSignals.CountsPerG, "7.9998")]
        [DataRow(-32768, TestSignals.CountsPerG, "-8.0000")]
        public void RecordedValuesAreGWithFourDecimals(int counts, int countsPerG, string expected)
        {
            Assert.AreEqual(expected, TraceRecorder.G(counts, countsPerG));
        }
    }
}
