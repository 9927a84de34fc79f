#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class ControllerTests
    {
        [TestMethod]
        public void FirstBootWithAnEmptyStoreResetsAudiblyAndSaves()
        {
            var rig = new PodRig();
            Assert.AreEqual(1, rig.Events.Count[(int)PodEvent.SettingsReset]);
            Assert.AreEqual((int)PodState.Idle, (int)rig.Controller.State);
            rig.Run(5f);
            Assert.IsTrue(rig.Beeper.Starts >= 2); // the settings-reset pattern sounded
            Assert.IsTrue(rig.Store.Writes >= 1);  // and defaults were saved
            var again = new PodRig(rig.Store);
            Assert.AreEqual(0, again.Events.Count[(int)PodEvent.SettingsReset]);
        }

        [TestMethod]
        public void RunningWithoutABaselineCapturesOneThenPacingStartsAndStops()
        {
            var rig = new PodRig();
            rig.Accel.CadenceSpm = 160f;
            rig.Run(10f);
            Assert.AreEqual((int)PodState.CapturingBaseline, (int)rig.Controller.State);
            rig.Run(Tunables.BaselineWarmupS + Tunables.BaselineWindowS + 5);
            Assert.AreEqual((int)PodState.Idle, (int)rig.Controller.State);
            Assert.AreEqual(1, rig.Events.Count[(int)PodEvent.BaselineCaptured]);
            Assert.AreEqual(160, rig.Controller.Target.BaselineSpm);
            Assert.AreEqual(168, rig.Controller.Target.TargetSpm);

            rig.Press(ButtonBits.Up, 1.3f); // long press up: start
            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
            int startsBefore = rig.Beeper.Starts;
            rig.Run(30f);
            int beats = rig.Loop.Tones.BeatsPlayed;
            Assert.IsTrue(beats >= 75 && beats <= 90, "beats " + beats.ToString()); // ~160–168 per minute
            Assert.IsTrue(rig.Beeper.Starts > startsBefore);

            rig.Press(ButtonBits.Up, 1.3f); // long press up: stop
            Assert.AreEqual((int)PodState.Idle, (int)rig.Controller.State);
            Assert.AreEqual(1, rig.Events.Count[(int)PodEvent.RunEnded]);
        }

        [TestMethod]
        public void DownLongWhileStandingTogglesRelativeAndAbsoluteTargets()
        {
            var rig = new PodRig();
            rig.Press(ButtonBits.Down, 1.3f); // relative → absolute
            Assert.AreEqual((int)TargetMode.Absolute, (int)rig.Controller.Target.Mode);
            rig.Press(ButtonBits.Down, 1.3f); // back to relative refused: no baseline yet
            Assert.AreEqual((int)TargetMode.Absolute, (int)rig.Controller.Target.Mode);
            rig.Controller.Target.SetBaselineSpm(160);
            rig.Press(ButtonBits.Down, 1.3f);
            Assert.AreEqual((int)TargetMode.Relative, (int)rig.Controller.Target.Mode);
            rig.Run(5f);
            Assert.AreEqual((int)TargetMode.Relative, (int)new PodRig(rig.Store).Controller.Settings.TargetMode);
        }

        [TestMethod]
        public void StartingWithoutAnyTargetIsRefused()
        {
            var rig = new PodRig();
            rig.Press(ButtonBits.Up, 1.3f);
            Assert.AreEqual((int)PodState.Idle, (int)rig.Controller.State);
        }

        [TestMethod]
        public void StandingStillPausesAndRunningResumes()
        {
            var rig = new PodRig();
            rig.Controller.Target.SetBaselineSpm(160);
            rig.Accel.CadenceSpm = 165f;
            rig.Run(5f);
            rig.Press(ButtonBits.Up, 1.3f);
            rig.Run(10f);
            rig.Accel.CadenceSpm = 0f;
            rig.Run(Tunables.PauseAfterStillS + 4f);
            Assert.AreEqual((int)PodState.Paused, (int)rig.Controller.State);
            rig.Accel.CadenceSpm = 165f;
            rig.Run(6f);
            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
        }

        [TestMethod]
        public void ShortPressesChangeTheTargetAndOutOfRangeIsRefused()
        {
            var rig = new PodRig();
            rig.Controller.Target.SetBaselineSpm(160);
            rig.Press(ButtonBits.Up, 0.2f);
            Assert.AreEqual(55, rig.Controller.Target.PercentTenths);
            for (int i = 0; i < 12; i++) rig.Press(ButtonBits.Up, 0.2f);
            Assert.AreEqual(100, rig.Controller.Target.PercentTenths);
            rig.Run(5f);
            var reloaded = new PodRig(rig.Store);
            Assert.AreEqual(100, reloaded.Controller.Settings.PercentTenths);
        }

        [TestMethod]
        public void BothButtonsCycleTheCueModeAndLongBothLocks()
        {
            var rig = new PodRig();
            rig.Press(ButtonBits.Up | ButtonBits.Down, 0.3f);
            Assert.AreEqual((int)CueMode.EverySecondStep, (int)rig.Controller.Settings.CueMode);
            rig.Press(ButtonBits.Up | ButtonBits.Down, 2.3f);
            Assert.IsTrue(rig.Controller.IsLocked);
            rig.Press(ButtonBits.Up, 0.2f);
            Assert.AreEqual(Tunables.TargetPercentDefaultTenths, rig.Controller.Target.PercentTenths); // ignored while locked
            rig.Press(ButtonBits.Up | ButtonBits.Down, 2.3f);
            Assert.IsFalse(rig.Controller.IsLocked);
        }

        /// <summary>A runner at 170 spm, paced at an absolute target, 5 s into pacing.</summary>
        static PodRig PacingARunnerAt170()
        {
            var rig = new PodRig();
            rig.Controller.Settings.TargetMode = TargetMode.Absolute;
            rig.Accel.CadenceSpm = 170f;
            rig.Run(5f);
            rig.Press(ButtonBits.Up, 1.3f);
            rig.Run(5f);
            return rig;
        }

        [TestMethod]
        public void SensorLossKeepsTheMetronomeBeatingAndRecovers()
        {
            var rig = PacingARunnerAt170();
            rig.Accel.Missing = true;
            rig.Run(3f);
            Assert.AreEqual((int)PodState.Fault, (int)rig.Controller.State);
            int beats = rig.Loop.Tones.BeatsPlayed;
            rig.Run(20f);
            Assert.IsTrue(rig.Loop.Tones.BeatsPlayed - beats >= 50, "beats during the fault " + (rig.Loop.Tones.BeatsPlayed - beats).ToString());
            rig.Accel.Missing = false;
            rig.Run(3f);
            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
            Assert.AreEqual(1, rig.Events.Count[(int)PodEvent.SensorRecovered]);
        }

        [TestMethod]
        public void ASensorThatComesAndGoesSoundsItsAlarmOnce()
        {
            var rig = PacingARunnerAt170();
            for (int i = 0; i < 4; i++)
            {
                rig.Accel.Missing = true;
                rig.Run(4f);
                rig.Accel.Missing = false;
                rig.Run(6f);
            }

            Assert.AreEqual(4, rig.Events.Count[(int)PodEvent.SensorFault]);
            Assert.AreEqual(1, rig.Events.TimesPlayed(Tunables.SensorMissingSound));
            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
            // A fault long after the last alarm sounds it again at once.
            rig.Run(Tunables.AlarmRepeatS);
            rig.Accel.Missing = true;
            rig.Run(4f);
            Assert.AreEqual(2, rig.Events.TimesPlayed(Tunables.SensorMissingSound));
        }

        [TestMethod]
        public void StillRightAfterLostSamplesDoesNotPauseThePacing()
        {
            var rig = PacingARunnerAt170();
            // The engine reads still, as it does after a gap restarts its bout, and samples are lost every 3 s.
            rig.Accel.CadenceSpm = 0f;
            for (int i = 0; i < 5; i++)
            {
                rig.Accel.LoseNext = 50;
                rig.Run(3f);
            }

            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
            // Once the data is clean, standing still pauses pacing as usual.
            rig.Run(Tunables.SensorGraceS + Tunables.PauseAfterStillS + 2);
            Assert.AreEqual((int)PodState.Paused, (int)rig.Controller.State);
        }

        [TestMethod]
        public void AStuckSensorIsAFaultAndTheBeatGoesOn()
        {
            var rig = new PodRig();
            rig.Controller.Target.Mode = TargetMode.Absolute;
            rig.Accel.CadenceSpm = 170f;
            rig.Run(5f);
            rig.Press(ButtonBits.Up, 1.3f);
            rig.Run(5f);
            rig.Accel.Stuck = true;
            rig.Run(4f);
            Assert.AreEqual((int)PodState.Fault, (int)rig.Controller.State);
            int beats = rig.Loop.Tones.BeatsPlayed;
            rig.Run(10f);
            Assert.IsTrue(rig.Loop.Tones.BeatsPlayed - beats >= 25, "beats while stuck " + (rig.Loop.Tones.BeatsPlayed - beats).ToString());
            rig.Accel.Stuck = false;
            rig.Run(4f);
            Assert.AreEqual((int)PodState.Pacing, (int)rig.Controller.State);
        }

        [TestMethod]
        public void LowBatteryWarnsAndCriticalShutsDownSafely()
        {
            var rig = new PodRig();
            rig.Battery.Millivolts = 3400;
            rig.Run(12f);
            Assert.IsTrue(rig.Events.Count[(int)PodEvent.BatteryLow] >= 1);
            rig.Battery.Millivolts = 3200;
            rig.Run(12f);
            Assert.AreEqual(1, rig.Power.Shutdowns);
            Assert.IsTrue(rig.Controller.IsShutDown);
        }

        [TestMethod]
        public void IdleWithoutMotionFallsAsleep()
        {
            var rig = new PodRig();
            rig.Run(Tunables.AutoSleepDefaultS + 5);
            Assert.AreEqual(1, rig.Power.Sleeps);
            Assert.AreEqual((int)PodState.Sleep, (int)rig.Controller.State);
        }

        [TestMethod]
        public void SleepWakesOnMotionOnlyWhenTheSettingSaysSo()
        {
            var rig = new PodRig();
            rig.Run(Tunables.AutoSleepDefaultS + 5);
            Assert.IsFalse(rig.Power.LastSleepWakesOnMotion);
            var store = rig.Store;
            var again = new PodRig(store);
            again.Controller.Settings.WakeOnMotion = true;
            again.Run(Tunables.AutoSleepDefaultS + 5);
            Assert.IsTrue(again.Power.LastSleepWakesOnMotion);
        }

        [TestMethod]
        public void AButtonWakeAnswersWithTheConfirmBlip()
        {
            var store = new MemoryBlockStore();
            new PodRig(store).Run(5f); // first boot: defaults saved
            var rig = new PodRig(store, WakeReason.Button);
            Assert.AreEqual((int)WakeReason.Button, rig.Events.LastValue[(int)PodEvent.Wake]);
            rig.Run(1f);
            Assert.IsTrue(rig.Beeper.Starts >= 2); // the two-tone confirm
            var quiet = new PodRig(store, WakeReason.Motion);
            quiet.Run(1f);
            Assert.AreEqual(0, quiet.Beeper.Starts);
        }

        [TestMethod]
        public void StorageFullNeverStopsThePod()
        {
            var rig = new PodRig();
            rig.Store.FailWrites = true;
            rig.Controller.Target.SetBaselineSpm(160);
            rig.Accel.CadenceSpm = 168f;
            rig.Press(ButtonBits.Up, 0.2f);
            rig.Run(5f);
            rig.Press(ButtonBits.Up, 1.3f);
            rig.Run(10f);
            rig.Press(ButtonBits.Up, 1.3f);
            Assert.IsTrue(rig.Events.Count[(int)PodEvent.StorageError] >= 1);
            Assert.AreEqual((int)PodState.Idle, (int)rig.Controller.State);
        }
    }
}
