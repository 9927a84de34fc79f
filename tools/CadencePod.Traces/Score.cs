using System;
using System.Collections.Generic;
using System.Linq;

namespace CadencePod.Traces;

/// <summary>
/// Accuracy figures of one recording, scored exactly as trace-format.md ("How accuracy is scored") says: step count
/// error, steady cadence error per bout, lock time, stop latency and the all-seconds cadence error.
/// </summary>
public sealed class Score
{
    /// <summary>Two consecutive true steps further apart than this (ms) end a bout.</summary>
    public const double BoutGapMs = 2000.0;
    /// <summary>Steady seconds start this long (ms) after a bout's first step.</summary>
    public const double SteadyFromMs = 5000.0;
    /// <summary>Lock time and stop latency are scored on bouts at least this long (ms) …</summary>
    public const double ScoredBoutMs = 15000.0;
    /// <summary>… and stop latency only where at least this long (ms) without steps follows.</summary>
    public const double StopGapMs = 5000.0;
    /// <summary>Locked: non-zero and within this share of the bout's reference.</summary>
    public const double LockTolerance = 0.03;
    /// <summary>The reference window (ms) and the fewest steps it needs.</summary>
    public const double ReferenceWindowMs = 10000.0;
    public const int ReferenceMinSteps = 4;

    public string Name { get; init; } = "";
    public string Group { get; init; } = "";
    public int TrueSteps { get; init; }
    public int DetectedSteps { get; init; }
    public int AbsStepError => Math.Abs(DetectedSteps - TrueSteps);
    public double StepErrorPercent => TrueSteps == 0 ? (DetectedSteps == 0 ? 0 : 100) : 100.0 * (DetectedSteps - TrueSteps) / TrueSteps;
    /// <summary>Bouts of the ground truth (steps split where two are more than 2 s apart).</summary>
    public int Bouts { get; private set; }
    /// <summary>Steady cadence error: |estimate − reference over the bout's own steps| at each whole second from 5 s after
    /// a bout's first step up to its last step (the headline figure).</summary>
    public List<double> SteadyCadenceErrors { get; } = new();
    /// <summary>
    /// At the same seconds: |the reference formula over the pod's own detected steps of that bout − the reference|. What step
    /// detection (and the ground truth's own glitches) leave before the cadence estimator adds its part.
    /// </summary>
    public List<double> OwnStepsCadenceErrors { get; } = new();
    /// <summary>Per bout of ≥ 15 s: s from its first step to the first whole second the estimate is non-zero and within ±3 %
    /// of the bout's reference (the bout's length if never).</summary>
    public List<double> LockTimesS { get; } = new();
    /// <summary>Per bout of ≥ 15 s followed by ≥ 5 s without steps: s from its last step to the first whole second the pod
    /// reads 0 (the length of the pause if it never does).</summary>
    public List<double> StopLatenciesS { get; } = new();
    /// <summary>All-seconds cadence error (the older figure): every whole second with ≥ 4 true steps in the last 10 s.</summary>
    public List<double> CadenceErrors { get; } = new();

    /// <summary>
    /// Ground-truth audit, not a score: contacts labelled with the same foot (L or R) as the contact before them. Feet
    /// alternate while walking or running, so each is a pad that re-triggered or missed the other foot's contact, and
    /// the truth itself is a step off there.
    /// </summary>
    public int SameFootPairs { get; init; }

    /// <param name="feet">The truth's foot column, one character per step (L, R or ?), for the audit; null when unknown.</param>
    public static Score Compute(string name, string group, double[] trueStepsMs, ReplayResult replay, string? feet = null)
    {
        var s = new Score { Name = name, Group = group, TrueSteps = trueStepsMs.Length, DetectedSteps = replay.StepsMs.Count, SameFootPairs = CountSameFootPairs(feet) };
        double[] detected = replay.StepsMs.ToArray();
        var cadence = replay.CadenceSpm;
        double endMs = replay.EndMs > 0 ? replay.EndMs : cadence.Count * 1000.0;

        // All seconds, against the whole ground truth.
        for (int i = 0; i < cadence.Count; i++)
        {
            if (ReferenceAt(trueStepsMs, (i + 1) * 1000.0) is double reference) s.CadenceErrors.Add(Math.Abs(cadence[i] - reference));
        }

        var bouts = SplitBouts(trueStepsMs);
        s.Bouts = bouts.Count;
        for (int b = 0; b < bouts.Count; b++)
        {
            var (firstIndex, lastIndex) = bouts[b];
            double first = trueStepsMs[firstIndex], last = trueStepsMs[lastIndex];
            var bout = trueStepsMs[firstIndex..(lastIndex + 1)];

            // Steady seconds: from 5 s after the first step up to the last step, reference over the bout's own steps.
            // The pod's own steps of the bout: those after the gap that began it (a little before its first true step).
            double ownFrom = Math.Max(first - 1000.0, b > 0 ? trueStepsMs[bouts[b - 1].Last] : double.NegativeInfinity);
            for (long t = FirstWholeSecondAtOrAfter(first + SteadyFromMs); t <= last; t += 1000)
            {
                int i = (int)(t / 1000) - 1;
                if (i >= cadence.Count) break;
                if (ReferenceAt(bout, t) is not double reference) continue;
                s.SteadyCadenceErrors.Add(Math.Abs(cadence[i] - reference));
                if (ReferenceAt(detected, t, ownFrom) is double own) s.OwnStepsCadenceErrors.Add(Math.Abs(own - reference));
            }

            if (last - first < ScoredBoutMs) continue;

            // Lock time: to the first second within ±3 % of the bout's reference (the bout's length if never).
            s.LockTimesS.Add(SecondsUntil(cadence, first, last,
                (t, spm) => spm > 0 && ReferenceAt(bout, t) is double reference && Math.Abs(spm - reference) <= LockTolerance * reference));

            // Stop latency: to the first second reading 0 (the pause's length if never).
            double pauseEnd = b + 1 < bouts.Count ? trueStepsMs[bouts[b + 1].First] : endMs;
            if (pauseEnd - last < StopGapMs) continue;
            s.StopLatenciesS.Add(SecondsUntil(cadence, last, pauseEnd, (_, spm) => spm == 0));
        }

        return s;
    }

    /// <summary>Consecutive contacts labelled with the same foot, L or R ('?' matches nothing).</summary>
    public static int CountSameFootPairs(string? feet)
    {
        if (feet == null) return 0;
        int pairs = 0;
        for (int i = 1; i < feet.Length; i++)
            if (feet[i] == feet[i - 1] && feet[i] is 'L' or 'R') pairs++;
        return pairs;
    }

    /// <summary>Bouts as (first, last) indices into the steps: split wherever two consecutive steps are more than 2 s apart.</summary>
    public static List<(int First, int Last)> SplitBouts(double[] steps)
    {
        var bouts = new List<(int, int)>();
        for (int b = 0; b < steps.Length;)
        {
            int e = b;
            while (e + 1 < steps.Length && steps[e + 1] - steps[e] <= BoutGapMs) e++;
            bouts.Add((b, e));
            b = e + 1;
        }

        return bouts;
    }

    static long FirstWholeSecondAtOrAfter(double ms) => Math.Max(1000L, (long)Math.Ceiling(ms / 1000.0) * 1000L);

    /// <summary>Seconds from <paramref name="fromMs"/> to the first whole second up to <paramref name="untilMs"/> whose
    /// cadence reading (ms, spm) satisfies <paramref name="reached"/>; the whole span when none does.</summary>
    static double SecondsUntil(List<double> cadence, double fromMs, double untilMs, Func<long, double, bool> reached)
    {
        for (long t = FirstWholeSecondAtOrAfter(fromMs); t <= untilMs; t += 1000)
        {
            int i = (int)(t / 1000) - 1;
            if (i < 0) continue;
            if (i >= cadence.Count) break;
            if (reached(t, cadence[i])) return (t - fromMs) / 1000.0;
        }

        return (untilMs - fromMs) / 1000.0;
    }

    /// <summary>docs/trace-format.md's reference cadence at t over the given steps: the n ≥ 4 steps in (t − 10 s, t] give
    /// 60000·(n − 1)/(last − first); null with fewer. Steps at or before notBeforeMs are left out.</summary>
    public static double? ReferenceAt(double[] steps, double t, double notBeforeMs = double.NegativeInfinity)
    {
        int first = UpperBound(steps, Math.Max(t - ReferenceWindowMs, notBeforeMs));
        int last = UpperBound(steps, t) - 1;
        int count = last - first + 1;
        if (count < ReferenceMinSteps || steps[last] <= steps[first]) return null;
        return 60000.0 * (count - 1) / (steps[last] - steps[first]);
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

    public static double Mean(IReadOnlyList<double> values) => values.Count == 0 ? double.NaN : values.Average();
}
