#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Signal;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class PacingEngineTests
    {
        [TestMethod]
        public void HiddenRampClimbsInStepsOfAtMostOnePercentHeldForTheConfiguredBeats()
        {
            var rig = new PacingRig(160); // target 168
            PacingEngine p = rig.Engine;
            PaceTarget target = rig.Target;
            rig.Report(160f, MotionState.Running, 90, 375000, false, 0);
            Assert.IsTrue(p.Start(1000000u));
            Assert.AreEqual(1600, p.TempoDeciSpm);
            var beep = new Beep();
            int lastTempo = p.TempoDeciSpm;
            int beatsAtTempo = 0;
            int steps = 0;
            for (int i = 0; i < 400; i++)
            {
                rig.Report(p.TempoDeciSpm / 10f, MotionState.Running, 90, 350000, false, 0); // runner follows
                p.TakeBeat(beep);
                beatsAtTempo++;
                if (p.TempoDeciSpm != lastTempo)
                {
                    int change = p.TempoDeciSpm - lastTempo;
                    Assert.IsTrue(change > 0 && change * 1000 <= lastTempo * Tunables.RampStepTenths + 1000, "step " + change.ToString());
                    Assert.AreEqual(Tunables.RampHoldBeats, beatsAtTempo);
                    lastTempo = p.TempoDeciSpm;
                    beatsAtTempo = 0;
                    steps++;
                }
            }

            Assert.AreEqual(target.TargetSpm * 10, p.TempoDeciSpm);
            Assert.IsTrue(steps >= 5, "steps " + steps.ToString());
        }

        [TestMethod]
        public void RampWaitsForARunnerWhoDoesNotFollow()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            rig.Report(160f, MotionState.Running, 90, 375000, false, 0);
            p.Start(0u);
            var beep = new Beep();
            for (int i = 0; i < 300; i++) p.TakeBeat(beep); // runner stays at 160
            // The tempo may lead a lagging runner by the follow tolerance plus one step, never more.
            int limit = 1600 * (1000 + Tunables.RampFollowToleranceTenths + Tunables.RampStepTenths) / 1000;
            Assert.IsTrue(p.TempoDeciSpm <= limit, "tempo " + p.TempoDeciSpm.ToString());
            Assert.IsTrue(p.TempoDeciSpm < 1680, "tempo " + p.TempoDeciSpm.ToString());
        }

        [TestMethod]
        public void PhaseLockNeverMovesABeatIntervalMoreThanTheBound()
        {
            var rig = new PacingRig(165);
            PacingEngine p = rig.Engine;
            rig.Settings.PhaseLock = true;
            var rng = new System.Random(42);
            rig.Report(170f, MotionState.Running, 90, 352941, true, 500000u);
            p.Start(1000000u);
            var beep = new Beep();
            uint lastOnset = 0;
            for (int i = 0; i < 3000; i++)
            {
                // Wild predictions: anywhere within ±1 s of the next beat.
                uint predicted = p.NextBeatUs + (uint)(rng.Next(2000000) - 1000000);
                rig.Report(160f + rng.Next(30), MotionState.Running, 90, 300000 + rng.Next(100000), true, predicted);
                int nominal = p.PeriodUs;
                p.TakeBeat(beep);
                if (i > 0)
                {
                    int interval = Time.DiffUs(beep.OnsetUs, lastOnset);
                    int deviation = interval - nominal;
                    if (deviation < 0) deviation = -deviation;
                    // ±2.5 % of the nominal period (ramp steps add at most 1 % at a boundary, so compare with the larger).
                    Assert.IsTrue(deviation * 1000 <= nominal * 25 + nominal * Tunables.RampStepTenths, "interval " + interval.ToString() + " nominal " + nominal.ToString());
                }

                lastOnset = beep.OnsetUs;
            }
        }

        [TestMethod]
        public void PhaseLockedBeatsLandWithinTwentyMillisecondsOfAnInStepRunner()
        {
            var rig = new PacingRig(0);
            rig.Target.Mode = TargetMode.Absolute;
            rig.Target.SetAbsoluteSpm(170);
            PacingEngine p = rig.Engine;
            rig.Settings.PhaseLock = true;
            int period = Time.PeriodUsFromSpm(170);
            uint contact0 = 2100000u; // the runner's footfalls: contact0 + k·period, 100 ms off the first beat
            rig.Report(170f, MotionState.Running, 95, period, true, contact0);
            p.Start(2000000u);
            var beep = new Beep();
            int worst = 0;
            for (int i = 0; i < 200; i++)
            {
                // The engine predicts the next contact, for the footfall after this beat.
                uint beat = p.NextBeatUs;
                long k = (Time.DiffUs(beat, contact0) + period / 2) / period + 1;
                uint nextContact = contact0 + (uint)(k * period);
                rig.Report(170f, MotionState.Running, 95, period, true, nextContact);
                p.TakeBeat(beep);
                if (i >= 40)
                {
                    long nearest = (Time.DiffUs(beep.OnsetUs, contact0) + period / 2) / period;
                    int error = Time.DiffUs(beep.OnsetUs, contact0 + (uint)(nearest * period));
                    if (error < 0) error = -error;
                    if (error > worst) worst = error;
                }
            }

            Assert.IsTrue(worst <= 20000, "worst " + worst.ToString() + " µs");
        }

        [TestMethod]
        public void ZoneEdgesAreInclusiveAtTwoPercent()
        {
            var rig = new PacingRig(160); // 168
            PacingEngine p = rig.Engine;
            PaceTarget target = rig.Target;
            rig.Report(168f * 1.02f - 0.01f, MotionState.Running, 90, 0, false, 0);
            Assert.IsTrue(p.InZone);
            rig.Report(168f * 0.98f + 0.01f, MotionState.Running, 90, 0, false, 0);
            Assert.IsTrue(p.InZone);
            rig.Report(168f * 1.021f, MotionState.Running, 90, 0, false, 0);
            Assert.IsFalse(p.InZone);
            rig.Report(168f * 0.979f, MotionState.Running, 90, 0, false, 0);
            Assert.IsFalse(p.InZone);
        }

        [TestMethod]
        public void EverySecondStepSoundsAlternateBeatsWithAccent()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            p.SetMode(CueMode.EverySecondStep, 0);
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            var beep = new Beep();
            int audible = 0;
            for (int i = 0; i < 10; i++)
            {
                p.TakeBeat(beep);
                if (beep.Audible)
                {
                    audible++;
                    Assert.IsTrue(beep.Accent);
                }
            }

            Assert.AreEqual(5, audible);
        }

        [TestMethod]
        public void WalkingOrStandingMutesTheBeatsWhichKeepTime()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            var beep = new Beep();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
            rig.Report(110f, MotionState.Walking, 90, 0, false, 0);
            // A brief dropout does not silence the runner: the first few walking beats still sound …
            for (int i = 1; i < Tunables.AutoMuteAfterBeats; i++)
            {
                p.TakeBeat(beep);
                Assert.IsTrue(beep.Audible);
            }

            // … then the beats are muted and keep time.
            uint expectedNext = p.NextBeatUs;
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible);
            Assert.AreEqual(expectedNext, beep.OnsetUs);
            rig.Report(166f, MotionState.Running, 90, 0, false, 0);
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
        }

        [TestMethod]
        public void OffTargetModeIsSilentInTheZoneAndCuesOutsideWithARepeatLimit()
        {
            var rig = new PacingRig(160); // target 168
            PacingEngine p = rig.Engine;
            p.SetMode(CueMode.OffTargetOnly, 0);
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            var beep = new Beep();
            for (int s = 0; s < 30; s++) p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible);

            rig.Report(160f, MotionState.Running, 90, 0, false, 0); // too slow
            p.OnSecond();
            int cues = 0;
            for (int i = 0; i < 10; i++)
            {
                p.TakeBeat(beep);
                if (beep.Audible)
                {
                    cues++;
                    Assert.AreEqual((int)BeepKind.SlowCue, (int)beep.Kind);
                }
            }

            Assert.AreEqual(Tunables.CueBurstBeats, cues);
            for (int s = 0; s < Tunables.CueRepeatMinS - 2; s++) p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible); // not again so soon
            rig.Report(176f, MotionState.Running, 90, 0, false, 0); // too fast
            p.OnSecond();
            p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
            Assert.AreEqual((int)BeepKind.FastCue, (int)beep.Kind);
        }

        [TestMethod]
        public void FadedModeAlternatesOnAndOffAfterTheFirstRuns()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            p.SetMode(CueMode.Faded, 6); // 60 s on, 60 s off
            var beep = new Beep();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
            for (int s = 0; s < Tunables.FadeOnS; s++) p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible);
            for (int s = 0; s < 60; s++) p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
        }

        [TestMethod]
        public void SilentProbeMeasuresUnaidedCadenceThenRestoresTheMode()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            rig.Report(167f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            p.SetMode(CueMode.EverySecondStep, 0);
            p.SetMode(CueMode.SilentProbe, 0);
            var beep = new Beep();
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible);
            for (int s = 0; s < Tunables.ProbeDurationS; s++) p.OnSecond();
            Assert.IsTrue(p.TakeProbeEnded());
            Assert.AreEqual(167, p.Summary.ProbeCadenceSpm);
            Assert.AreEqual((int)CueMode.EverySecondStep, (int)p.Mode);
        }

        [TestMethod]
        public void ModeSwitchMidRunKeepsTheBeatGrid()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(5000u);
            var beep = new Beep();
            for (int i = 0; i < 7; i++) p.TakeBeat(beep);
            uint next = p.NextBeatUs;
            p.SetMode(CueMode.OffTargetOnly, 0);
            p.SetMode(CueMode.EveryStep, 0);
            Assert.AreEqual(next, p.NextBeatUs);
        }

        [TestMethod]
        public void RunSummaryCountsTimeInZone()
        {
            var rig = new PacingRig(160);
            PacingEngine p = rig.Engine;
            p.BeginRun();
            rig.Report(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            for (int s = 0; s < 60; s++) p.OnSecond();
            rig.Report(150f, MotionState.Running, 90, 0, false, 0);
            for (int s = 0; s < 40; s++) p.OnSecond();
            RunSummary r = p.FinishRun(290);
            Assert.AreEqual(60, r.InZonePercent);
            Assert.AreEqual(100, r.RunningS);
            Assert.AreEqual(161, r.MeanCadenceSpm);
            Assert.AreEqual(168, r.TargetSpm);
        }
    }
}
