using System;
using System.Linq;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>The scorer itself, on hand-made ground truth: trace-format.md's reference and the floor beside it.</summary>
[TestClass]
public class ScoringTests
{
    // 120 spm from 0.5 s to 20 s (40 steps), then still until 30 s.
    static readonly double[] Truth = Enumerable.Range(1, 40).Select(i => i * 500.0).ToArray();

    static ReplayResult Replay(Func<double, double> cadenceAt)
    {
        var r = new ReplayResult { SampleRateHz = 100 };
        r.StepsMs.AddRange(Truth);
        for (int s = 1; s <= 30; s++) r.CadenceSpm.Add(cadenceAt(s * 1000.0));
        return r;
    }

    [TestMethod]
    public void ReferenceIsTheMeanOfTheLastTenSecondsOfSteps()
    {
        var score = Score.Compute("t", "g", Truth, Replay(_ => 120.0));
        // Scored from 2 s (4 steps) to 28.5 s (the last 4 steps leave the window): 2..28 → 27 seconds, all at 120 spm.
        Assert.AreEqual(27, score.CadenceErrors.Count);
        Assert.IsTrue(score.CadenceErrors.All(e => Math.Abs(e) < 1e-9));
        Assert.AreEqual(40, score.DetectedSteps);
        // The pod's steps are the true ones, so the reference over them is the reference.
        Assert.AreEqual(27, score.OwnStepsCadenceErrors.Count);
        Assert.IsTrue(score.OwnStepsCadenceErrors.All(e => e < 1e-9));
    }

    [TestMethod]
    public void AnIdealPodThatStopsWithinTwoSecondsScoresExactlyTheFloor()
    {
        var ideal = Replay(t => t - 20000.0 > Score.StillWithinMs ? 0.0 : 120.0);
        var score = Score.Compute("t", "g", Truth, ideal);
        CollectionAssert.AreEqual(score.FloorCadenceErrors, score.CadenceErrors);
        // 23 … 28 s: six seconds at 120 spm of "error" over 27 scored seconds.
        Assert.AreEqual(6 * 120.0 / 27, score.FloorCadenceErrors.Average(), 1e-9);
        var group = GroupScore.Of("g", new[] { score });
        Assert.AreEqual(group.CadenceFloorMean, group.CadenceMeanError, 1e-9);
    }
}
