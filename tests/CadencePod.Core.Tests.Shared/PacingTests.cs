#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Signal;

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
            Assert.IsFalse(m.IsDue(4294967000u)); // just before the wrap: beat still ahead
            Assert.IsTrue(m.IsDue(10u));
            Assert.IsTrue(m.IsDue(20u));
        }
    }

    [TestClass]
    public class PaceTargetTests
    {
        [TestMethod]
        public void RelativeTargetIsRoundedToOneSpm()
        {
            var t = new PaceTarget();
            t.SetBaselineSpm(163);
            Assert.AreEqual(171, t.TargetSpm); // 163 × 1.05 = 171.15
            t.SetPercentTenths(75);
            Assert.AreEqual(175, t.TargetSpm); // 175.2
            t.SetPercentTenths(100);
            Assert.AreEqual(179, t.TargetSpm); // 179.3
        }

        [TestMethod]
        public void OutOfRangeRequestsAreClampedAndReported()
        {
            var t = new PaceTarget();
            Assert.AreEqual((int)ClampResult.ClampedHigh, (int)t.SetPercentTenths(150));
            Assert.AreEqual(100, t.PercentTenths);
            Assert.AreEqual((int)ClampResult.ClampedLow, (int)t.SetPercentTenths(20));
            Assert.AreEqual(50, t.PercentTenths);
            Assert.AreEqual((int)ClampResult.Ok, (int)t.SetPercentTenths(77));
            Assert.AreEqual(75, t.PercentTenths); // snapped to the 0.5 % grid
            t.Mode = TargetMode.Absolute;
            Assert.AreEqual((int)ClampResult.ClampedHigh, (int)t.SetAbsoluteSpm(230));
            Assert.AreEqual(220, t.TargetSpm);
            Assert.AreEqual((int)ClampResult.ClampedLow, (int)t.Step(-1, 200));
            Assert.AreEqual(120, t.TargetSpm);
        }

        [TestMethod]
        public void NoBaselineMeansNoRelativeTarget()
        {
            var t = new PaceTarget();
            Assert.AreEqual(0, t.TargetSpm);
            t.Mode = TargetMode.Absolute;
            Assert.AreEqual(Tunables.TargetAbsoluteDefaultSpm, t.TargetSpm);
        }
    }

    [TestClass]
    public class BaselineCaptureTests
    {
        [TestMethod]
        public void CapturesTheMedianAfterWarmUpAndWindow()
        {
            var b = new BaselineCapture();
            b.Begin();
            int seconds = 0;
            bool captured = false;
            while (!captured && seconds < 1000)
            {
                float spm = 160f + (seconds % 3) - 1; // 159, 160, 161
                captured = b.OnSecond(spm, MotionState.Running);
                seconds++;
            }

            Assert.IsTrue(captured);
            Assert.AreEqual(Tunables.BaselineWarmupS + Tunables.BaselineWindowS, seconds);
            Assert.AreEqual(160, b.BaselineSpm);
        }

        [TestMethod]
        public void StoppingRestartsTheCaptureIncludingWarmUp()
        {
            var b = new BaselineCapture();
            b.Begin();
            for (int i = 0; i < 100; i++) b.OnSecond(165f, MotionState.Running);
            Assert.AreEqual((int)BaselineState.Collecting, (int)b.State);
            b.OnSecond(0f, MotionState.Still);
            Assert.AreEqual((int)BaselineState.Idle, (int)b.State);
            b.OnSecond(165f, MotionState.Running);
            Assert.AreEqual((int)BaselineState.WarmingUp, (int)b.State);
        }

        [TestMethod]
        public void UnsteadyCadenceRestartsTheWindow()
        {
            var b = new BaselineCapture();
            b.Begin();
            for (int i = 0; i < Tunables.BaselineWarmupS + 50; i++) b.OnSecond(160f, MotionState.Running);
            Assert.AreEqual(50, b.WindowSeconds);
            b.OnSecond(170f, MotionState.Running); // +6 %: not steady
            Assert.AreEqual(1, b.WindowSeconds);
        }

        [TestMethod]
        public void OnDemandCaptureUsesTheWindowOrTheLiveCadence()
        {
            var b = new BaselineCapture();
            b.Begin();
            Assert.AreEqual(0, b.CaptureNow(0f, MotionState.Still));
            Assert.AreEqual(158, b.CaptureNow(157.6f, MotionState.Running));
            b.Begin();
            for (int i = 0; i < Tunables.BaselineWarmupS + 30; i++) b.OnSecond(162f, MotionState.Running);
            Assert.AreEqual(162, b.CaptureNow(150f, MotionState.Running));
        }
    }

    [TestClass]
    public class PacingEngineTests
    {
        static PacingEngine Make(int baselineSpm, out PaceTarget target)
        {
            target = new PaceTarget();
            target.SetBaselineSpm(baselineSpm);
            return new PacingEngine(target);
        }

        [TestMethod]
        public void HiddenRampClimbsInStepsOfAtMostOnePercentHeldForTheConfiguredBeats()
        {
            var p = Make(160, out PaceTarget target); // target 168
            p.OnRunner(160f, MotionState.Running, 90, 375000, false, 0);
            Assert.IsTrue(p.Start(1000000u));
            Assert.AreEqual(1600, p.TempoDeciSpm);
            var beep = new Beep();
            int lastTempo = p.TempoDeciSpm;
            int beatsAtTempo = 0;
            int steps = 0;
            for (int i = 0; i < 400; i++)
            {
                p.OnRunner(p.TempoDeciSpm / 10f, MotionState.Running, 90, 350000, false, 0); // runner follows
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
            var p = Make(160, out PaceTarget _);
            p.OnRunner(160f, MotionState.Running, 90, 375000, false, 0);
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
            var p = Make(165, out PaceTarget _);
            p.PhaseLock = true;
            var rng = new System.Random(42);
            p.OnRunner(170f, MotionState.Running, 90, 352941, true, 500000u);
            p.Start(1000000u);
            var beep = new Beep();
            uint lastOnset = 0;
            for (int i = 0; i < 3000; i++)
            {
                // Wild predictions: anywhere within ±1 s of the next beat.
                uint predicted = p.NextBeatUs + (uint)(rng.Next(2000000) - 1000000);
                p.OnRunner(160f + rng.Next(30), MotionState.Running, 90, 300000 + rng.Next(100000), true, predicted);
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
            var target = new PaceTarget();
            target.Mode = TargetMode.Absolute;
            target.SetAbsoluteSpm(170);
            var p = new PacingEngine(target);
            p.PhaseLock = true;
            int period = Time.PeriodUsFromSpm(170);
            uint contact0 = 2100000u; // the runner's footfalls: contact0 + k·period, 100 ms off the first beat
            p.OnRunner(170f, MotionState.Running, 95, period, true, contact0);
            p.Start(2000000u);
            var beep = new Beep();
            int worst = 0;
            for (int i = 0; i < 200; i++)
            {
                // The engine predicts the next contact, for the footfall after this beat.
                uint beat = p.NextBeatUs;
                long k = (Time.DiffUs(beat, contact0) + period / 2) / period + 1;
                uint nextContact = contact0 + (uint)(k * period);
                p.OnRunner(170f, MotionState.Running, 95, period, true, nextContact);
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
            var p = Make(160, out PaceTarget target); // 168
            p.OnRunner(168f * 1.02f - 0.01f, MotionState.Running, 90, 0, false, 0);
            Assert.IsTrue(p.InZone);
            p.OnRunner(168f * 0.98f + 0.01f, MotionState.Running, 90, 0, false, 0);
            Assert.IsTrue(p.InZone);
            p.OnRunner(168f * 1.021f, MotionState.Running, 90, 0, false, 0);
            Assert.IsFalse(p.InZone);
            p.OnRunner(168f * 0.979f, MotionState.Running, 90, 0, false, 0);
            Assert.IsFalse(p.InZone);
        }

        [TestMethod]
        public void EverySecondStepSoundsAlternateBeatsWithAccent()
        {
            var p = Make(160, out PaceTarget _);
            p.SetMode(CueMode.EverySecondStep, 0);
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
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
            var p = Make(160, out PaceTarget _);
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            var beep = new Beep();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
            p.OnRunner(110f, MotionState.Walking, 90, 0, false, 0);
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
            p.OnRunner(166f, MotionState.Running, 90, 0, false, 0);
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
        }

        [TestMethod]
        public void OffTargetModeIsSilentInTheZoneAndCuesOutsideWithARepeatLimit()
        {
            var p = Make(160, out PaceTarget _); // target 168
            p.SetMode(CueMode.OffTargetOnly, 0);
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            var beep = new Beep();
            for (int s = 0; s < 30; s++) p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsFalse(beep.Audible);

            p.OnRunner(160f, MotionState.Running, 90, 0, false, 0); // too slow
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
            p.OnRunner(176f, MotionState.Running, 90, 0, false, 0); // too fast
            p.OnSecond();
            p.OnSecond();
            p.TakeBeat(beep);
            Assert.IsTrue(beep.Audible);
            Assert.AreEqual((int)BeepKind.FastCue, (int)beep.Kind);
        }

        [TestMethod]
        public void FadedModeAlternatesOnAndOffAfterTheFirstRuns()
        {
            var p = Make(160, out PaceTarget _);
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
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
            var p = Make(160, out PaceTarget _);
            p.OnRunner(167f, MotionState.Running, 90, 0, false, 0);
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
            var p = Make(160, out PaceTarget _);
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
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
            var p = Make(160, out PaceTarget _);
            p.BeginRun();
            p.OnRunner(168f, MotionState.Running, 90, 0, false, 0);
            p.Start(0u);
            for (int s = 0; s < 60; s++) p.OnSecond();
            p.OnRunner(150f, MotionState.Running, 90, 0, false, 0);
            for (int s = 0; s < 40; s++) p.OnSecond();
            RunSummary r = p.FinishRun(290);
            Assert.AreEqual(60, r.InZonePercent);
            Assert.AreEqual(100, r.RunningS);
            Assert.AreEqual(161, r.MeanCadenceSpm);
            Assert.AreEqual(168, r.TargetSpm);
        }
    }

    [TestClass]
    public class ProgressionPlanTests
    {
        [TestMethod]
        public void AdvancesAfterHeldRunsAndNeverPassesTenPercent()
        {
            var plan = new ProgressionPlan();
            var run = new RunSummary();
            run.RunningS = 1800;
            run.InZonePercent = 75;
            Assert.AreEqual(50, plan.CurrentPercentTenths);
            Assert.IsFalse(plan.OnRunCompleted(run));
            Assert.IsFalse(plan.OnRunCompleted(run));
            Assert.IsTrue(plan.OnRunCompleted(run));
            Assert.AreEqual(75, plan.CurrentPercentTenths);
            for (int i = 0; i < 20; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(100, plan.CurrentPercentTenths);
        }

        [TestMethod]
        public void ShortOrOffTargetRunsDoNotCountAndTheTogglesWorks()
        {
            var plan = new ProgressionPlan();
            var run = new RunSummary();
            run.RunningS = 300;
            run.InZonePercent = 90;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, plan.Stage);
            run.RunningS = 1800;
            run.InZonePercent = 30;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, plan.Stage);
            plan.Enabled = false;
            run.InZonePercent = 90;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, plan.Stage);
        }
    }
}
