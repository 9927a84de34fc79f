using System;
using System.Collections.Generic;
using System.Linq;
using CadencePod.Core.Signal;

namespace CadencePod.Traces;

/// <summary>What the engine made of one recording.</summary>
public sealed class ReplayResult
{
    public List<double> StepsMs { get; } = new();
    /// <summary>Cadence at t = 1000, 2000, … ms (index 0 is t = 1 s).</summary>
    public List<double> CadenceSpm { get; } = new();
    public int SampleCount { get; set; }
    public int SampleRateHz { get; set; }
}

/// <summary>Runs the firmware's <see cref="CadenceEngine"/> over an emulated recording.</summary>
public static class EngineReplay
{
    public static ReplayResult Run(Trace trace, int sampleRateHz = SensorEmulator.DefaultSampleRateHz, int countsPerG = SensorEmulator.CountsPerGAt8G)
    {
        var xyz = SensorEmulator.Emulate(trace, sampleRateHz, countsPerG, out int n);
        var engine = new CadenceEngine(sampleRateHz, countsPerG);
        var result = new ReplayResult { SampleCount = n, SampleRateHz = sampleRateHz };
        double t0 = trace.TimeMs[0];
        double periodMs = 1000.0 / sampleRateHz;
        int nextSecond = 1;
        for (int k = 0; k < n; k++)
        {
            int released = engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            for (int i = 0; i < released; i++) result.StepsMs.Add(t0 + engine.NewStepSample(i) * periodMs);
            // The estimate "at" whole second s is the state after the last sample at or before s.
            double nextSampleMs = (k + 1) * periodMs;
            while (nextSecond * 1000.0 < nextSampleMs - 1e-9 && nextSecond * 1000.0 <= trace.DurationMs)
            {
                result.CadenceSpm.Add(engine.CadenceSpm);
                nextSecond++;
            }
        }

        while (nextSecond * 1000.0 <= trace.DurationMs)
        {
            result.CadenceSpm.Add(engine.CadenceSpm);
            nextSecond++;
        }

        return result;
    }
}

/// <summary>Accuracy figures of one recording, scored as trace-format.md says.</summary>
public sealed class Score
{
    public string Name { get; init; } = "";
    public string Group { get; init; } = "";
    public int TrueSteps { get; init; }
    public int DetectedSteps { get; init; }
    public int AbsStepError => Math.Abs(DetectedSteps - TrueSteps);
    public double StepErrorPercent => TrueSteps == 0 ? (DetectedSteps == 0 ? 0 : 100) : 100.0 * (DetectedSteps - TrueSteps) / TrueSteps;
    /// <summary>|estimate − reference| at every scored second.</summary>
    public List<double> CadenceErrors { get; } = new();
    /// <summary>The same, only at seconds inside a bout (a true step in the last 2 s and 10 s of stepping behind).</summary>
    public List<double> SteadyCadenceErrors { get; } = new();
    /// <summary>
    /// At every scored second, the error of an ideal pod that is exact while the wearer steps and says still (0)
    /// 2 s after the last true step, as the responsiveness goal asks: the part of the official figure that the
    /// 10-s reference makes unavoidable (it still shows a cadence up to ~9 s after a stop).
    /// </summary>
    public List<double> FloorCadenceErrors { get; } = new();
    /// <summary>
    /// At every scored second where the pod says a cadence: |the reference formula over the pod's own detected steps −
    /// the reference|. What step detection (and the ground truth's own glitches) leave, before the estimator adds its part.
    /// </summary>
    public List<double> OwnStepsCadenceErrors { get; } = new();
    public List<double> LockTimesS { get; } = new();

    public static Score Compute(string name, string group, double[] trueStepsMs, ReplayResult replay)
    {
        var s = new Score { Name = name, Group = group, TrueSteps = trueStepsMs.Length, DetectedSteps = replay.StepsMs.Count };
        double[] detected = replay.StepsMs.ToArray();
        // Cadence error at each whole second with ≥ 4 true steps in (t − 10 s, t].
        var references = new double?[replay.CadenceSpm.Count];
        for (int i = 0; i < replay.CadenceSpm.Count; i++)
        {
            double t = (i + 1) * 1000.0;
            if (ReferenceAt(trueStepsMs, t, out int first, out int last) is not double reference) continue;
            references[i] = reference;
            double error = Math.Abs(replay.CadenceSpm[i] - reference);
            s.CadenceErrors.Add(error);
            s.FloorCadenceErrors.Add(t - trueStepsMs[last] > StillWithinMs ? reference : 0.0);
            if (replay.CadenceSpm[i] > 0 && ReferenceAt(detected, t) is double own) s.OwnStepsCadenceErrors.Add(Math.Abs(own - reference));
            bool moving = t - trueStepsMs[last] <= 2000.0;
            bool settled = trueStepsMs[first] <= t - 9000.0 && BoutStart(trueStepsMs, last) <= t - 10000.0;
            if (moving && settled) s.SteadyCadenceErrors.Add(error);
        }

        // Lock time per bout of continuous stepping (a gap of more than 2 s ends a bout).
        for (int b = 0; b < trueStepsMs.Length;)
        {
            int e = b;
            while (e + 1 < trueStepsMs.Length && trueStepsMs[e + 1] - trueStepsMs[e] <= 2000.0) e++;
            if (e - b >= 7)
            {
                double start = trueStepsMs[b];
                for (int i = Math.Max(0, (int)Math.Ceiling(start / 1000.0) - 1); i < references.Length && (i + 1) * 1000.0 <= trueStepsMs[e]; i++)
                {
                    if (references[i] is not double r) continue;
                    if (Math.Abs(replay.CadenceSpm[i] - r) <= 2.0)
                    {
                        s.LockTimesS.Add(((i + 1) * 1000.0 - start) / 1000.0);
                        break;
                    }
                }
            }

            b = e + 1;
        }

        return s;
    }

    /// <summary>trace-format.md's reference cadence at t over the given steps: ≥ 4 steps in (t − 10 s, t], else null.</summary>
    public static double? ReferenceAt(double[] steps, double t) => ReferenceAt(steps, t, out _, out _);

    /// <summary>The same, with the window's first and last step (indices into steps).</summary>
    static double? ReferenceAt(double[] steps, double t, out int first, out int last)
    {
        first = UpperBound(steps, t - 10000.0);
        last = UpperBound(steps, t) - 1;
        int count = last - first + 1;
        if (count < 4 || steps[last] <= steps[first]) return null;
        return 60000.0 * (count - 1) / (steps[last] - steps[first]);
    }

    /// <summary>The responsiveness goal: back to still within 2 s of stopping.</summary>
    public const double StillWithinMs = 2000.0;

    static double BoutStart(double[] steps, int index)
    {
        while (index > 0 && steps[index] - steps[index - 1] <= 2000.0) index--;
        return steps[index];
    }

    /// <summary>First index whose value is greater than x.</summary>
    static int UpperBound(double[] a, double x)
    {
        int lo = 0, hi = a.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (a[mid] <= x) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.OrderBy(v => v).ToArray();
        double rank = p / 100.0 * (sorted.Length - 1);
        int lo = (int)Math.Floor(rank);
        int hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
    }
}

/// <summary>Figures of a set of recordings: Σ|detected − true| / Σ true, cadence mean and p95.</summary>
public sealed class GroupScore
{
    public string Group { get; init; } = "";
    public int Recordings { get; init; }
    public int TrueSteps { get; init; }
    public int DetectedSteps { get; init; }
    public int AbsStepError { get; init; }
    public double StepErrorPercent => TrueSteps == 0 ? (AbsStepError == 0 ? 0 : double.PositiveInfinity) : 100.0 * AbsStepError / TrueSteps;
    public double CadenceMeanError { get; init; }
    public double CadenceP95Error { get; init; }
    /// <summary>Mean of <see cref="Score.FloorCadenceErrors"/>: the lowest official mean a pod that obeys the 2-s still rule can reach.</summary>
    public double CadenceFloorMean { get; init; }
    /// <summary>Mean of <see cref="Score.OwnStepsCadenceErrors"/>.</summary>
    public double OwnStepsMeanError { get; init; }
    public double SteadyMeanError { get; init; }
    public double SteadyP95Error { get; init; }
    public double LockMedianS { get; init; }
    public double LockMaxS { get; init; }

    public static GroupScore Of(string group, IReadOnlyList<Score> scores)
    {
        var errors = scores.SelectMany(s => s.CadenceErrors).ToList();
        var steady = scores.SelectMany(s => s.SteadyCadenceErrors).ToList();
        var floor = scores.SelectMany(s => s.FloorCadenceErrors).ToList();
        var own = scores.SelectMany(s => s.OwnStepsCadenceErrors).ToList();
        var locks = scores.SelectMany(s => s.LockTimesS).ToList();
        return new GroupScore
        {
            Group = group,
            Recordings = scores.Count,
            TrueSteps = scores.Sum(s => s.TrueSteps),
            DetectedSteps = scores.Sum(s => s.DetectedSteps),
            AbsStepError = scores.Sum(s => s.AbsStepError),
            CadenceMeanError = errors.Count == 0 ? double.NaN : errors.Average(),
            CadenceP95Error = Score.Percentile(errors, 95),
            CadenceFloorMean = floor.Count == 0 ? double.NaN : floor.Average(),
            OwnStepsMeanError = own.Count == 0 ? double.NaN : own.Average(),
            SteadyMeanError = steady.Count == 0 ? double.NaN : steady.Average(),
            SteadyP95Error = Score.Percentile(steady, 95),
            LockMedianS = Score.Percentile(locks, 50),
            LockMaxS = locks.Count == 0 ? double.NaN : locks.Max(),
        };
    }
}
