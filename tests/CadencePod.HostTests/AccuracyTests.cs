using System;
using System.IO;
using System.Linq;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Accuracy guards (not timed): the synthetic set's goals that the engine meets today, and the real Oxford recordings
/// against the peers' published figures. docs/algorithm.md keeps the full scoreboard.
/// </summary>
[TestClass]
public class AccuracyTests
{
    static Evaluation? _synthetic;

    static Evaluation Synthetic()
    {
        if (_synthetic != null) return _synthetic;
        string dir = Cli.TempDir();
        foreach (var sc in SyntheticGenerator.StandardSet())
        {
            var t = SyntheticGenerator.Generate(sc, 100, out var feet);
            t.Save(Path.Combine(dir, sc.Name + ".csv"), feet);
        }

        return _synthetic = Evaluation.Run(dir);
    }

    [TestMethod]
    public void SyntheticStepsWithinTwoTenthsOfAPercentAndNoneOnNonStepMotion()
    {
        var ev = Synthetic();
        var steps = ev.Recordings.Where(r => r.Group != "non-step").ToList();
        double summed = 100.0 * steps.Sum(r => r.AbsStepError) / steps.Sum(r => r.TrueSteps);
        Assert.IsTrue(summed <= 0.2, $"summed step error {summed:0.00} %");
        foreach (var r in ev.Recordings.Where(r => r.Group == "non-step"))
            Assert.AreEqual(0, r.DetectedSteps, r.Name);
    }

    [TestMethod]
    public void NonStepMotionAcrossManySeedsCountsAlmostNothing()
    {
        // The standard set holds one seed of each non-step motion; here 40 seeds of each (3.3 h in all). Fidgeting,
        // bending and jumping must count nothing. A bumpy car ride can ring the seat at a walker's rhythm, vertically
        // only, which a few seeds carry through the bout confirmation: that rate is held at ≤ 20 steps per hour
        // (measured 2026-11-25: 15 steps in 1 h of car rides; docs/algorithm.md).
        var perKind = new System.Collections.Generic.Dictionary<ActivityKind, int>();
        double carHours = 0;
        foreach (var kind in new[] { ActivityKind.Fidget, ActivityKind.Bend, ActivityKind.CarRide, ActivityKind.JumpInPlace })
        {
            perKind[kind] = 0;
            for (int seed = 1000; seed < 1040; seed++)
            {
                var sc = new Scenario { Name = kind + "-" + seed, Group = "non-step", Seed = seed };
                if (kind == ActivityKind.JumpInPlace)
                {
                    double spm = 110 + seed % 50;
                    sc.Segments.Add(new Segment(ActivityKind.Still, 3));
                    sc.Segments.Add(new Segment(kind, 15, spm, spm));
                    sc.Segments.Add(new Segment(ActivityKind.Still, 3));
                }
                else
                {
                    sc.Segments.Add(new Segment(kind, 90));
                    if (kind == ActivityKind.CarRide) carHours += 90 / 3600.0;
                }

                perKind[kind] += EngineReplay.Run(SyntheticGenerator.Generate(sc, 100)).StepsMs.Count;
            }
        }

        string summary = string.Join(", ", perKind.Select(p => $"{p.Key} {p.Value}"));
        Assert.AreEqual(0, perKind[ActivityKind.Fidget] + perKind[ActivityKind.Bend] + perKind[ActivityKind.JumpInPlace], summary);
        Assert.IsTrue(perKind[ActivityKind.CarRide] / carHours <= 20, $"{perKind[ActivityKind.CarRide] / carHours:0.0} steps per hour of car ride ({summary})");
    }

    [TestMethod]
    public void EveryRunnerOfARandomPopulationIsCountedWithinThreePercent()
    {
        // 120 seeded runners and walkers with every generator parameter at random (fast, heavy heel strikers, realistic
        // timing …). Before the square root was reseeded on impacts, fast heavy heel strikers lost every other step
        // (−45 %; summed error 0.72 % on the earlier, regular population); the realistic population: 0.05 % (docs/algorithm.md).
        int trueSteps = 0, absError = 0;
        var bad = new System.Collections.Generic.List<string>();
        foreach (var sc in SyntheticGenerator.Population())
        {
            var trace = SyntheticGenerator.Generate(sc, 100);
            int t = trace.TrueStepsMs!.Length, d = EngineReplay.Run(trace).StepsMs.Count;
            trueSteps += t;
            absError += Math.Abs(d - t);
            if (Math.Abs(d - t) > 0.03 * t) bad.Add($"{sc.Name}: {t} → {d}");
        }

        Assert.AreEqual(0, bad.Count, string.Join("; ", bad));
        Assert.IsTrue(100.0 * absError / trueSteps <= 0.2, $"summed {100.0 * absError / trueSteps:0.00} %");
    }

    [TestMethod]
    public void TenSpmChangesAreFollowedWithinFiveSecondsAcrossTheCadenceRange()
    {
        // 100 step changes of ±10 spm from 100 to 200 spm (walking below 140), each runner with 2 % step-to-step
        // variability and 10 % left/right asymmetry: the time until the estimate first comes within ±2 spm of the new
        // cadence and until it stays there. Measured 2026-12-01: median 3.6 s, 97 of 100 within 5 s, the slowest 8.2 s
        // (a change the detector missed, followed at the 10-s window's pace); staying there from median 3.7 s. The window
        // restarts only for a change this large and this sustained, so a runner's natural swings are not reported.
        var reach = new System.Collections.Generic.List<double>();
        var settle = new System.Collections.Generic.List<double>();
        for (int c = 100; c <= 200; c += 10)
        foreach (int d in new[] { 10, -10 })
        for (int seed = 0; seed < 5; seed++)
        {
            var kind = c < 140 ? ActivityKind.Walk : ActivityKind.Run;
            if ((c + d < 140 ? ActivityKind.Walk : ActivityKind.Run) != kind) continue;
            var sc = new Scenario
            {
                Name = "change", Group = "mixed", Seed = 7000 + c * 10 + seed + (d > 0 ? 0 : 5000), Asymmetry = 0.1,
                Segments = { new Segment(ActivityKind.Still, 3), new Segment(kind, 30, c, c), new Segment(kind, 15, c + d, c + d) },
            };
            var trace = SyntheticGenerator.Generate(sc, 100);
            var xyz = SensorEmulator.Emulate(trace, 100, SensorEmulator.CountsPerGAt8G, out int n);
            var engine = new CadencePod.Core.Signal.CadenceEngine(100, SensorEmulator.CountsPerGAt8G);
            double reached = double.NaN, settled = double.NaN;
            for (int k = 0; k < n; k++)
            {
                engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
                double sinceChangeS = k / 100.0 - 33;
                if (sinceChangeS < 0 || k % 10 != 0) continue;
                bool within = Math.Abs(engine.CadenceSpm - (c + d)) <= 2;
                if (within && double.IsNaN(reached)) reached = sinceChangeS;
                if (within && double.IsNaN(settled)) settled = sinceChangeS;
                if (!within) settled = double.NaN;
            }

            reach.Add(double.IsNaN(reached) ? 99 : reached);
            settle.Add(double.IsNaN(settled) ? 99 : settled);
        }

        reach.Sort();
        settle.Sort();
        int late = reach.Count(r => r > 5);
        Assert.IsTrue(late <= reach.Count / 20, $"{late} of {reach.Count} changes not reached within 5 s (slowest {reach[^1]:0.0} s)");
        Assert.IsTrue(reach[^1] <= 10, $"slowest {reach[^1]:0.0} s");
        Assert.IsTrue(Score.Percentile(reach, 50) <= 4.0, $"median {Score.Percentile(reach, 50):0.0} s");
        Assert.IsTrue(Score.Percentile(settle, 50) <= 4.5, $"median time to stay within ±2 spm {Score.Percentile(settle, 50):0.0} s");
    }

    [TestMethod]
    public void SyntheticCadenceWhileMovingStaysWithinTwoSpmAtTheNinetyFifthPercentile()
    {
        var ev = Synthetic();
        var steady = ev.Recordings.SelectMany(r => r.SteadyCadenceErrors).ToList();
        double p95 = Score.Percentile(steady, 95);
        Assert.IsTrue(p95 <= 2.0, $"steady p95 {p95:0.00} spm");
        double lockMax = ev.Recordings.SelectMany(r => r.LockTimesS).Max();
        Assert.IsTrue(lockMax <= 8, $"slowest lock {lockMax:0.0} s");
    }

    static Evaluation? _population;

    static Evaluation RealisticPopulation()
    {
        if (_population != null) return _population;
        string dir = Cli.TempDir();
        foreach (var sc in SyntheticGenerator.Population())
        {
            var t = SyntheticGenerator.Generate(sc, 100, out var feet);
            t.Save(Path.Combine(dir, sc.Name + ".csv"), feet);
        }

        return _population = Evaluation.Run(dir);
    }

    [TestMethod]
    public void RealisticRunnersNaturalSwingsAreNotReported()
    {
        // The population's runners swing ±4 % over 3 s and wander over 5–30 s like real ones (PopulationTests). The steady
        // error (trace-format.md) against the 10-s reference over each bout's own steps: measured 2026-12-01 p95 0.94 spm
        // overall, 1.30 outdoor, 1.61 treadmill, 0.42 walking (before: 4.45 overall, 4.96 and 5.17, when a CUSUM of strides
        // restarted the window on the swings). Goals: p95 ≤ 1.5 overall, ≤ 2.2 in every running group.
        var ev = RealisticPopulation();
        Assert.IsTrue(ev.Total.SteadyP95Error <= 1.5, $"steady p95 {ev.Total.SteadyP95Error:0.00} spm");
        foreach (var g in ev.Groups.Where(g => g.Group.EndsWith("-run")))
            Assert.IsTrue(g.SteadyP95Error <= 2.2, $"{g.Group}: steady p95 {g.SteadyP95Error:0.00} spm");
        Assert.IsTrue(ev.Total.SteadyMeanError <= 0.5, $"steady mean {ev.Total.SteadyMeanError:0.00} spm");
    }

    [TestMethod]
    public void RealisticRunnersAreLockedOnWithinThreeSeconds()
    {
        // Lock time (trace-format.md): from a bout's first step to the first second within ±3 % of its reference. The
        // population's runners set off from a stand, speeding up over the first steps. Measured 2026-12-01: median 1.66 s
        // outdoor, 1.64 s treadmill, 2.64 s walking (before the early confirmations allowed for speeding up: 2.55, 2.55, 3.10).
        var ev = RealisticPopulation();
        foreach (var g in ev.Groups.Where(g => g.Group.EndsWith("-run")))
            Assert.IsTrue(g.LockMedianS <= 3.0, $"{g.Group}: lock median {g.LockMedianS:0.00} s");
        Assert.IsTrue(ev.Total.LockMedianS <= 3.0, $"lock median {ev.Total.LockMedianS:0.00} s");
        Assert.IsTrue(ev.Total.StepErrorPercent <= 0.12, $"steps {ev.Total.StepErrorPercent:0.00} %");
    }

    [TestMethod]
    public void StepsArePlacedAtTheFootfall()
    {
        // The synthetic ground truth is synchronised: each detected step against the nearest true contact
        // (measured 2026-11-25: median |error| 5 ms walking, 8 ms running; p90 12 / 20 ms).
        var errors = new System.Collections.Generic.List<double>();
        foreach (var sc in SyntheticGenerator.StandardSet().Where(s => s.Group != "non-step"))
        {
            var trace = SyntheticGenerator.Generate(sc, 100);
            var truth = trace.TrueStepsMs!;
            foreach (double step in EngineReplay.Run(trace).StepsMs)
            {
                int i = Array.BinarySearch(truth, step);
                if (i < 0) i = ~i;
                double best = double.MaxValue;
                for (int j = Math.Max(0, i - 1); j <= Math.Min(truth.Length - 1, i); j++) best = Math.Min(best, Math.Abs(step - truth[j]));
                errors.Add(best);
            }
        }

        Assert.IsTrue(Score.Percentile(errors, 50) <= 25, $"median {Score.Percentile(errors, 50):0} ms");
        Assert.IsTrue(Score.Percentile(errors, 90) <= 50, $"p90 {Score.Percentile(errors, 90):0} ms");
    }

    [TestMethod]
    public void NoFactorOfTwoOnRunningTraces()
    {
        // Against the local true cadence (the last 4 true steps, the newest within 1 s): never about half or double.
        foreach (var sc in SyntheticGenerator.StandardSet().Where(s => s.Group is "running" or "mixed"))
        {
            var trace = SyntheticGenerator.Generate(sc, 100);
            var replay = EngineReplay.Run(trace);
            var truth = trace.TrueStepsMs!;
            int checkedSeconds = 0;
            for (int i = 0; i < replay.CadenceSpm.Count; i++)
            {
                double t = (i + 1) * 1000.0, estimate = replay.CadenceSpm[i];
                int last = Array.FindLastIndex(truth, x => x <= t);
                if (last < 4 || t - truth[last] > 1000 || estimate == 0) continue;
                double local = 60000.0 * 4 / (truth[last] - truth[last - 4]);
                double ratio = estimate / local;
                Assert.IsFalse(ratio < 0.7 || ratio > 1.4, $"{sc.Name} at {t / 1000} s: {estimate:0.0} spm vs {local:0.0} spm");
                checkedSeconds++;
            }

            Assert.IsTrue(checkedSeconds > 100, sc.Name);
        }
    }

    static string? OxfordFolder()
    {
        string path = Path.GetFullPath(Path.Combine(Cli.RepoRoot, "..", "shared", "data", "oxford-steps"));
        return Directory.Exists(path) ? path : null;
    }

    [TestMethod]
    public void RealOxfordRecordingsBeatBothPeers()
    {
        string? folder = OxfordFolder();
        if (folder == null)
        {
            Assert.Inconclusive("../shared/data/oxford-steps is not here (a clone outside the workspace): skipped");
            return;
        }

        var ev = Evaluation.Run(folder);
        Assert.IsTrue(ev.Total.StepErrorPercent < 6.4, $"overall {ev.Total.StepErrorPercent:0.00} % (peers 9.3 % and 6.4 %)");
        var front = ev.Groups.Single(g => g.Group == "front_trouser_pocket");
        var back = ev.Groups.Single(g => g.Group == "back_trouser_pocket");
        Assert.IsTrue(front.StepErrorPercent < 3.2, $"front pocket {front.StepErrorPercent:0.00} % (peers 11.4 % and 3.2 %)");
        Assert.IsTrue(back.StepErrorPercent < 8.6, $"back pocket {back.StepErrorPercent:0.00} % (peers 37.8 % and 8.6 %)");
    }
}
