using System;
using System.IO;
using System.Linq;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// The scorer itself, on hand-made ground truth: one test per rule of trace-format.md ("How accuracy is scored") —
/// bouts, the reference, steady seconds, lock time, stop latency, the all-seconds figure and the step count.
/// </summary>
[TestClass]
public class ScoringTests
{
    // 120 spm from 0.5 s to 20 s (40 steps), then still until 30 s.
    static readonly double[] Truth = Enumerable.Range(1, 40).Select(i => i * 500.0).ToArray();

    static ReplayResult Replay(double[] steps, int seconds, Func<double, double> cadenceAt, double endMs = 0)
    {
        var r = new ReplayResult { SampleRateHz = 100, EndMs = endMs };
        r.StepsMs.AddRange(steps);
        for (int s = 1; s <= seconds; s++) r.CadenceSpm.Add(cadenceAt(s * 1000.0));
        return r;
    }

    /// <summary>n steps at a cadence from a start time (ms).</summary>
    static double[] Steps(double startMs, int n, double spm) => Enumerable.Range(0, n).Select(i => startMs + i * 60000.0 / spm).ToArray();

    [TestMethod]
    public void ReferenceIsTheFormulaOverTheStepsOfTheLastTenSeconds()
    {
        // Steps at 0.5, 1.0, … s: at 10 s the window (0, 10] holds 20 steps; 60000 · 19 / 9500 = 120.
        Assert.AreEqual(120.0, Score.ReferenceAt(Truth, 10000.0)!.Value, 1e-9);
        // Fewer than 4 steps: no reference. 3 steps by 1.5 s, 4 by 2 s.
        Assert.IsNull(Score.ReferenceAt(Truth, 1999.0));
        Assert.AreEqual(120.0, Score.ReferenceAt(Truth, 2000.0)!.Value, 1e-9);
        // The window is (t − 10 s, t]: a step exactly 10 s back is out. Uneven steps: 0, 1, 2, 2.5, 3 s → at 10.5 s the
        // window (0.5, 10.5] holds 1, 2, 2.5, 3: 60000 · 3 / 2000 = 90.
        double[] uneven = { 0, 1000, 2000, 2500, 3000 };
        Assert.AreEqual(90.0, Score.ReferenceAt(uneven, 10500.0)!.Value, 1e-9);
        Assert.AreEqual(60000.0 * 4 / 3000, Score.ReferenceAt(uneven, 9999.0)!.Value, 1e-9);
    }

    [TestMethod]
    public void BoutsSplitWhereTwoStepsAreMoreThanTwoSecondsApart()
    {
        double[] steps = { 0, 500, 2500, 4500.001, 5000, 8000 };
        var bouts = Score.SplitBouts(steps);
        // 500 → 2500 is exactly 2 s: the same bout; 2500 → 4500.001 is more: a new one; 5000 → 8000 too.
        CollectionAssert.AreEqual(new[] { (0, 2), (3, 4), (5, 5) }, bouts.ToArray());
        Assert.AreEqual(0, Score.SplitBouts(Array.Empty<double>()).Count);
    }

    [TestMethod]
    public void SteadySecondsRunFromFiveSecondsAfterTheFirstStepToTheLastAgainstTheBoutsOwnSteps()
    {
        // Bout 1: 120 spm, 0.5 … 20 s. Bout 2 after a 3-s pause: 180 spm from 23 s, 60 steps (to 22.667 s later = 42.667 s).
        var bout2 = Steps(23000, 61, 180);
        var truth = Truth.Concat(bout2).ToArray();
        // The pod reads the true cadence of whichever bout is on, 0 in the pause.
        var score = Score.Compute("t", "g", truth, Replay(truth, 50, t => t <= 20000 ? 120 : t < 23000 ? 0 : 180));
        Assert.AreEqual(2, score.Bouts);
        // Bout 1: 6, 7, … 20 s = 15 seconds; bout 2: 28 … 43 s (the last step is at 43 s) = 16 seconds.
        Assert.AreEqual(15 + 16, score.SteadyCadenceErrors.Count);
        // Over the bout's own steps the reference is exactly 120 and 180 (the whole-truth reference would mix them at 28 s).
        Assert.IsTrue(score.SteadyCadenceErrors.All(e => e < 1e-9), string.Join(",", score.SteadyCadenceErrors));
        Assert.IsNotNull(Score.ReferenceAt(truth, 28000.0));
        Assert.AreNotEqual(180.0, Score.ReferenceAt(truth, 28000.0)!.Value, 1.0);

        // A pod 2 spm high everywhere scores a steady mean and p95 of 2; seconds after a bout's last step are not steady.
        var high = Score.Compute("t", "g", truth, Replay(truth, 50, t => t <= 20000 ? 122 : t < 23000 ? 99 : 182));
        Assert.AreEqual(31, high.SteadyCadenceErrors.Count);
        Assert.AreEqual(2.0, Score.Mean(high.SteadyCadenceErrors), 1e-9);
        var group = GroupScore.Of("g", new[] { high });
        Assert.AreEqual(2.0, group.SteadyP95Error, 1e-9);
        Assert.AreEqual(31, group.SteadySeconds);
    }

    [TestMethod]
    public void OwnStepsColumnIsTheFormulaOverThePodsStepsOfTheBout()
    {
        // The pod finds every step but places every 4th one 100 ms late.
        var detected = Truth.Select((t, i) => i % 4 == 3 ? t + 100 : t).ToArray();
        var r = new ReplayResult { SampleRateHz = 100 };
        r.StepsMs.AddRange(detected);
        for (int s = 1; s <= 30; s++) r.CadenceSpm.Add(120);
        var score = Score.Compute("t", "g", Truth, r);
        Assert.AreEqual(score.SteadyCadenceErrors.Count, score.OwnStepsCadenceErrors.Count);
        // At 12 s the pod's window (2, 12] runs from the late 2.1-s step to 11.5 s (12.0 s is late, not yet in):
        // 60000 · 19 / 9400 = 121.28, off the true 120 although the estimate is exact.
        Assert.AreEqual(60000.0 * 19 / 9400 - 120, score.OwnStepsCadenceErrors[12 - 6], 1e-9);
        Assert.IsTrue(score.OwnStepsCadenceErrors.Max() > 0.5, "some windows end on a late step");
        Assert.AreEqual(0.0, score.SteadyCadenceErrors.Max(), 1e-9);
    }

    [TestMethod]
    public void LockTimeIsTheFirstSecondWithinThreePercentOfTheBoutsReference()
    {
        // Truth: first step at 0.5 s. The pod reads 0 until 3 s, 4 % high at 3 s, 2.9 % high from 4 s: locked at 4 s → 3.5 s.
        var score = Score.Compute("t", "g", Truth, Replay(Truth, 30, t => t < 3000 ? 0 : t < 4000 ? 124.8 : 123.48));
        CollectionAssert.AreEqual(new[] { 3.5 }, score.LockTimesS);
        // Never within 3 %: the bout's length (19.5 s).
        var never = Score.Compute("t", "g", Truth, Replay(Truth, 30, _ => 124));
        CollectionAssert.AreEqual(new[] { 19.5 }, never.LockTimesS);
        // A bout shorter than 15 s is not scored for lock time (nor stop latency), though its steady seconds are.
        var shortBout = Truth.Take(20).ToArray(); // 0.5 … 10 s
        var s2 = Score.Compute("t", "g", shortBout, Replay(shortBout, 30, _ => 120));
        Assert.AreEqual(0, s2.LockTimesS.Count);
        Assert.AreEqual(0, s2.StopLatenciesS.Count);
        Assert.AreEqual(5, s2.SteadyCadenceErrors.Count); // 6 … 10 s
        var group = GroupScore.Of("g", new[] { score, never });
        Assert.AreEqual(2, group.LockBouts);
        Assert.AreEqual((3.5 + 19.5) / 2, group.LockMedianS, 1e-9);
    }

    [TestMethod]
    public void StopLatencyIsTheFirstSecondReadingZeroAfterABoutsLastStep()
    {
        // Last step at 20 s; the pod reads 120 until 21 s and 0 from 22 s: latency 2 s.
        var score = Score.Compute("t", "g", Truth, Replay(Truth, 30, t => t <= 21000 ? 120 : 0));
        CollectionAssert.AreEqual(new[] { 2.0 }, score.StopLatenciesS);
        // A pause shorter than 5 s before the next bout is not scored: the same bout followed by steps from 24.9 s.
        var truth = Truth.Concat(Steps(24900, 40, 120)).ToArray();
        var s2 = Score.Compute("t", "g", truth, Replay(truth, 50, t => t <= 21000 || t >= 26000 ? 120 : 0));
        Assert.AreEqual(2, s2.LockTimesS.Count);
        // Only the second bout, which the end of the recording (50 s, ≥ 5 s after its last step at 44.4 s) follows.
        Assert.AreEqual(1, s2.StopLatenciesS.Count);
        // The recording ends 4.5 s after the last step: not scored. The pod that never reads 0 gets the whole pause.
        Assert.AreEqual(0, Score.Compute("t", "g", Truth, Replay(Truth, 24, _ => 120, endMs: 24500)).StopLatenciesS.Count);
        CollectionAssert.AreEqual(new[] { 10.0 }, Score.Compute("t", "g", Truth, Replay(Truth, 30, _ => 120)).StopLatenciesS);
    }

    [TestMethod]
    public void AllSecondsErrorIsEverySecondWithFourTrueStepsInTheLastTenSeconds()
    {
        var score = Score.Compute("t", "g", Truth, Replay(Truth, 30, _ => 120.0));
        // Scored from 2 s (4 steps) to 28 s (the last 4 steps leave the window at 28.5 s): 27 seconds, all at 120 spm.
        Assert.AreEqual(27, score.CadenceErrors.Count);
        Assert.IsTrue(score.CadenceErrors.All(e => Math.Abs(e) < 1e-9));
        // A pod reading 0 after the stop is "wrong" there by the whole reference: 21 … 28 s, eight seconds of 120.
        var stopped = Score.Compute("t", "g", Truth, Replay(Truth, 30, t => t <= 20000 ? 120.0 : 0.0));
        Assert.AreEqual(8 * 120.0 / 27, Score.Mean(stopped.CadenceErrors), 1e-9);
        // … while its steady error is 0: those seconds are judged by stop latency (1 s).
        Assert.AreEqual(0.0, stopped.SteadyCadenceErrors.Max(), 1e-9);
        CollectionAssert.AreEqual(new[] { 1.0 }, stopped.StopLatenciesS);
    }

    [TestMethod]
    public void StepErrorOfASetIsTheSummedAbsoluteErrorOverTheTrueSteps()
    {
        var over = Score.Compute("a", "g", Truth, Replay(Truth.Concat(new[] { 25000.0, 25500 }).ToArray(), 30, _ => 120));
        var under = Score.Compute("b", "g", Truth, Replay(Truth.Skip(1).ToArray(), 30, _ => 120));
        Assert.AreEqual(5.0, over.StepErrorPercent, 1e-9);
        Assert.AreEqual(-2.5, under.StepErrorPercent, 1e-9);
        // Errors of opposite sign do not cancel: 3 of 80.
        Assert.AreEqual(100.0 * 3 / 80, GroupScore.Of("g", new[] { over, under }).StepErrorPercent, 1e-9);
    }

    [TestMethod]
    public void TheTruthAuditCountsContactsByTheSameFootTwiceInARow()
    {
        Assert.AreEqual(0, Score.CountSameFootPairs(null));
        Assert.AreEqual(0, Score.CountSameFootPairs("LRLR??"), "'?' is no foot");
        Assert.AreEqual(3, Score.CountSameFootPairs("LLRLRRRL"));
        string path = Path.Combine(Cli.TempDir(), "feet.steps.csv");
        File.WriteAllText(path, "step_ms,foot\n500,L\n1000,R\n1300,R\n1500,L\n2000\n");
        CollectionAssert.AreEqual(new[] { 500.0, 1000, 1300, 1500, 2000 }, Trace.LoadSteps(path, out string feet));
        Assert.AreEqual("LRRL?", feet);
    }

    [TestMethod]
    public void TheTruthAuditScoresOnlyTheRecordingsWhoseFeetAlternate()
    {
        var clean = Score.Compute("clean", "g", Truth, Replay(Truth, 30, _ => 120), string.Concat(Enumerable.Repeat("LR", 20)));
        var slipped = Score.Compute("slipped", "g", Truth, Replay(Truth.Skip(4).ToArray(), 30, _ => 120), "LL" + string.Concat(Enumerable.Repeat("RL", 19)));
        Assert.AreEqual(1, slipped.SameFootPairs);
        Assert.IsNull(Evaluation.TruthAudit(new[] { clean }), "nothing to say when the truth alternates");
        string audit = Evaluation.TruthAudit(new[] { clean, slipped })!;
        StringAssert.Contains(audit, "1 contact follows one by the same foot, in 1 of 2 recordings");
        // The set's steps are 5 % off (4 of 80); the one whose feet alternate is exact.
        StringAssert.Contains(audit, "on the 1 whose contacts alternate throughout, steps Σ|err| 0.00 %");
    }
}
