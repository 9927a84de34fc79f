using System.Collections.Generic;
using System.Linq;

namespace CadencePod.Traces;

/// <summary>A set of recordings: Σ|detected − true| / Σ true, and every rule's figures over the pooled seconds and bouts.</summary>
public sealed class GroupScore
{
    public string Group { get; init; } = "";
    public int Recordings { get; init; }
    public int TrueSteps { get; init; }
    public int DetectedSteps { get; init; }
    public int AbsStepError { get; init; }
    public double StepErrorPercent => TrueSteps == 0 ? (AbsStepError == 0 ? 0 : double.PositiveInfinity) : 100.0 * AbsStepError / TrueSteps;
    public int SteadySeconds { get; init; }
    public double SteadyMeanError { get; init; }
    public double SteadyP95Error { get; init; }
    /// <summary>Mean and p95 of <see cref="Score.OwnStepsCadenceErrors"/>.</summary>
    public double OwnStepsMeanError { get; init; }
    public double OwnStepsP95Error { get; init; }
    public int LockBouts { get; init; }
    public double LockMedianS { get; init; }
    public double LockP95S { get; init; }
    public int StopBouts { get; init; }
    public double StopMedianS { get; init; }
    public double StopP95S { get; init; }
    /// <summary>All-seconds cadence error (the older figure).</summary>
    public double CadenceMeanError { get; init; }
    public double CadenceP95Error { get; init; }
    /// <summary>Sum of <see cref="Score.SameFootPairs"/>: the truth audit.</summary>
    public int SameFootPairs { get; init; }

    public static GroupScore Of(string group, IReadOnlyList<Score> scores)
    {
        var steady = scores.SelectMany(s => s.SteadyCadenceErrors).ToList();
        var own = scores.SelectMany(s => s.OwnStepsCadenceErrors).ToList();
        var locks = scores.SelectMany(s => s.LockTimesS).ToList();
        var stops = scores.SelectMany(s => s.StopLatenciesS).ToList();
        var all = scores.SelectMany(s => s.CadenceErrors).ToList();
        return new GroupScore
        {
            Group = group,
            Recordings = scores.Count,
            TrueSteps = scores.Sum(s => s.TrueSteps),
            DetectedSteps = scores.Sum(s => s.DetectedSteps),
            AbsStepError = scores.Sum(s => s.AbsStepError),
            SteadySeconds = steady.Count,
            SteadyMeanError = Score.Mean(steady),
            SteadyP95Error = Score.Percentile(steady, 95),
            OwnStepsMeanError = Score.Mean(own),
            OwnStepsP95Error = Score.Percentile(own, 95),
            LockBouts = locks.Count,
            LockMedianS = Score.Percentile(locks, 50),
            LockP95S = Score.Percentile(locks, 95),
            StopBouts = stops.Count,
            StopMedianS = Score.Percentile(stops, 50),
            StopP95S = Score.Percentile(stops, 95),
            CadenceMeanError = Score.Mean(all),
            CadenceP95Error = Score.Percentile(all, 95),
            SameFootPairs = scores.Sum(s => s.SameFootPairs),
        };
    }
}
