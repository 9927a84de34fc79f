using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace CadencePod.Traces;

/// <summary>Scores the cadence engine over a folder of recordings (name.csv + name.steps.csv).</summary>
public sealed class Evaluation
{
    public List<Score> Recordings { get; } = new();
    public List<GroupScore> Groups { get; } = new();
    public GroupScore Total { get; private set; } = new();
    public int SampleRateHz { get; private set; }

    /// <summary>Peers' summed step error on the Oxford set (its README): Espruino, Oxford windowed peaks.</summary>
    public static readonly Dictionary<string, (double Espruino, double Oxford)> OxfordPeers = new(StringComparer.OrdinalIgnoreCase)
    {
        ["all"] = (9.3, 6.4),
        ["front_trouser_pocket"] = (11.4, 3.2),
        ["back_trouser_pocket"] = (37.8, 8.6),
    };

    public static Evaluation Run(string folder, int sampleRateHz = SensorEmulator.DefaultSampleRateHz, Action<string>? progress = null)
    {
        if (!Directory.Exists(folder)) throw new TraceFormatException(folder, 0, "folder not found");
        var groups = ReadManifest(folder);
        var files = Directory.GetFiles(folder, "*.csv")
            .Where(f => !f.EndsWith(".steps.csv", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).Equals("manifest.csv", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0) throw new TraceFormatException(folder, 0, "no recordings (*.csv with a *.steps.csv beside it)");
        var ev = new Evaluation { SampleRateHz = sampleRateHz };
        foreach (var file in files)
        {
            var trace = Trace.Load(file, requireSteps: true);
            progress?.Invoke(trace.Name);
            string group = groups.TryGetValue(trace.Name, out var g) ? g
                : trace.Metadata.TryGetValue("group", out var mg) ? mg
                : trace.Metadata.TryGetValue("placement", out var mp) ? mp : "all";
            var replay = EngineReplay.Run(trace, sampleRateHz);
            ev.Recordings.Add(Score.Compute(trace.Name, group, trace.TrueStepsMs!, replay, trace.TrueStepFeet));
        }

        foreach (var grp in ev.Recordings.GroupBy(r => r.Group).OrderBy(g => g.Key, StringComparer.Ordinal))
            ev.Groups.Add(GroupScore.Of(grp.Key, grp.ToList()));
        ev.Total = GroupScore.Of("all", ev.Recordings);
        return ev;
    }

    static Dictionary<string, string> ReadManifest(string folder)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var path = Path.Combine(folder, "manifest.csv");
        if (!File.Exists(path)) return map;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0) return map;
        var header = lines[0].Split(',');
        int col = Array.FindIndex(header, h => h.Trim() == "placement");
        if (col < 0) col = Array.FindIndex(header, h => h.Trim() == "group");
        if (col < 0) return map;
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            if (cells.Length > col) map[cells[0].Trim()] = cells[col].Trim();
        }

        return map;
    }

    static string F(double v) => double.IsNaN(v) ? "-" : double.IsInfinity(v) ? "inf" : v.ToString("0.00", CultureInfo.InvariantCulture);

    public string ToText(bool perRecording = true, bool showPeers = true)
    {
        var sb = new StringBuilder();
        if (perRecording)
        {
            sb.AppendLine($"{"recording",-44} {"group",-24} {"true",6} {"found",6} {"err%",7} {"stdy.mean",9} {"stdy.p95",8} {"lock s",6} {"stop s",6} {"all.mean",8}");
            foreach (var r in Recordings)
            {
                sb.AppendLine($"{Trunc(r.Name, 44),-44} {Trunc(r.Group, 24),-24} {r.TrueSteps,6} {r.DetectedSteps,6} {F(r.StepErrorPercent),7} {F(Score.Mean(r.SteadyCadenceErrors)),9} {F(Score.Percentile(r.SteadyCadenceErrors, 95)),8} {F(Score.Percentile(r.LockTimesS, 50)),6} {F(Score.Percentile(r.StopLatenciesS, 50)),6} {F(Score.Mean(r.CadenceErrors)),8}");
            }

            sb.AppendLine();
        }

        sb.AppendLine($"{"group",-24} {"n",3} {"true",7} {"found",7} {"Σ|err|%",8} {"stdy.mean",9} {"stdy.p95",8} {"own.p95",7} {"lock.med",8} {"lock.p95",8} {"stop.med",8} {"stop.p95",8} {"all.mean",8} {"all.p95",7}" + (showPeers ? "  peers Σ|err|% (Espruino / Oxford)" : ""));
        foreach (var g in Groups.Append(Total))
        {
            string peers = showPeers && OxfordPeers.TryGetValue(g.Group, out var p) ? $"  {p.Espruino:0.0} % / {p.Oxford:0.0} %" : "";
            sb.AppendLine($"{Trunc(g.Group, 24),-24} {g.Recordings,3} {g.TrueSteps,7} {g.DetectedSteps,7} {F(g.StepErrorPercent),8} {F(g.SteadyMeanError),9} {F(g.SteadyP95Error),8} {F(g.OwnStepsP95Error),7} {F(g.LockMedianS),8} {F(g.LockP95S),8} {F(g.StopMedianS),8} {F(g.StopP95S),8} {F(g.CadenceMeanError),8} {F(g.CadenceP95Error),7}{peers}");
        }

        sb.AppendLine();
        sb.AppendLine("Scored as trace-format.md says. Σ|err|%: summed |detected − true| / true steps. Bouts: true steps split at gaps > 2 s.");
        sb.AppendLine("stdy.*: |estimate − reference over the bout's own steps| (spm) at each whole second from 5 s after a bout's first step to");
        sb.AppendLine("its last step, mean and p95 (the headline figure). own.p95: the same reference formula over the pod's own steps, against it:");
        sb.AppendLine("what step detection leaves before the estimator adds its part. lock: s from the first step of each bout ≥ 15 s to the first");
        sb.AppendLine("second within ±3 %. stop: s from its last step to the first second reading 0 (bouts ≥ 15 s followed by ≥ 5 s without");
        sb.AppendLine("steps). all.*: every second with ≥ 4 true steps in the last 10 s (the older figure, kept for comparison).");
        if (TruthAudit(Recordings) is string audit) sb.AppendLine().AppendLine(audit);
        return sb.ToString();
    }

    /// <summary>
    /// The ground-truth audit line, or null when every recording's contacts alternate feet. Not a score: the rules score
    /// against the truth as it is; this says how much of the error the truth's own slips can explain.
    /// </summary>
    public static string? TruthAudit(IReadOnlyList<Score> recordings)
    {
        var slipped = recordings.Where(r => r.SameFootPairs > 0).ToList();
        if (slipped.Count == 0) return null;
        var clean = GroupScore.Of("alternating", recordings.Where(r => r.SameFootPairs == 0).ToList());
        string rest = clean.Recordings == 0 ? "no recording's contacts alternate throughout."
            : $"on the {clean.Recordings} whose contacts alternate throughout, steps Σ|err| {F(clean.StepErrorPercent)} %, stdy.mean {F(clean.SteadyMeanError)}, stdy.p95 {F(clean.SteadyP95Error)} spm.";
        int pairs = slipped.Sum(r => r.SameFootPairs);
        return $"Truth audit (not a score): {pairs} {(pairs == 1 ? "contact follows" : "contacts follow")} one by the same foot, in {slipped.Count} of {recordings.Count} recordings " +
               $"(a pad re-triggered or missed the other foot's contact: the truth is a step off there); {rest}";
    }

    const string CsvHeader = "kind,name,group,recordings,true_steps,detected_steps,step_error_percent,steady_seconds,steady_mean_error_spm,steady_p95_error_spm,own_steps_mean_error_spm,own_steps_p95_error_spm,lock_bouts,lock_median_s,lock_p95_s,stop_bouts,stop_median_s,stop_p95_s,all_seconds_mean_error_spm,all_seconds_p95_error_spm,same_foot_pairs";

    public string ToCsv()
    {
        var sb = new StringBuilder(CsvHeader + "\n");
        string C(double v) => double.IsNaN(v) || double.IsInfinity(v) ? "" : v.ToString("0.###", CultureInfo.InvariantCulture);
        foreach (var r in Recordings)
        {
            var g = GroupScore.Of(r.Group, new[] { r });
            sb.AppendLine($"recording,{r.Name},{r.Group},1,{r.TrueSteps},{r.DetectedSteps},{C(r.StepErrorPercent)},{Row(g)}");
        }

        foreach (var g in Groups.Append(Total))
            sb.AppendLine($"group,{g.Group},{g.Group},{g.Recordings},{g.TrueSteps},{g.DetectedSteps},{C(g.StepErrorPercent)},{Row(g)}");
        return sb.ToString();

        string Row(GroupScore g) =>
            $"{g.SteadySeconds},{C(g.SteadyMeanError)},{C(g.SteadyP95Error)},{C(g.OwnStepsMeanError)},{C(g.OwnStepsP95Error)},{g.LockBouts},{C(g.LockMedianS)},{C(g.LockP95S)},{g.StopBouts},{C(g.StopMedianS)},{C(g.StopP95S)},{C(g.CadenceMeanError)},{C(g.CadenceP95Error)},{g.SameFootPairs}";
    }

    public string ToJson()
    {
        double? N(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : Math.Round(v, 3);
        object Figures(GroupScore g, double stepErrorPercent) => new
        {
            group = g.Group, recordings = g.Recordings, true_steps = g.TrueSteps, detected_steps = g.DetectedSteps,
            step_error_percent = N(stepErrorPercent),
            steady_seconds = g.SteadySeconds, steady_mean_error_spm = N(g.SteadyMeanError), steady_p95_error_spm = N(g.SteadyP95Error),
            own_steps_mean_error_spm = N(g.OwnStepsMeanError), own_steps_p95_error_spm = N(g.OwnStepsP95Error),
            lock_bouts = g.LockBouts, lock_median_s = N(g.LockMedianS), lock_p95_s = N(g.LockP95S),
            stop_bouts = g.StopBouts, stop_median_s = N(g.StopMedianS), stop_p95_s = N(g.StopP95S),
            all_seconds_mean_error_spm = N(g.CadenceMeanError), all_seconds_p95_error_spm = N(g.CadenceP95Error),
            same_foot_pairs = g.SameFootPairs,
        };
        var doc = new
        {
            sample_rate_hz = SampleRateHz,
            recordings = Recordings.Select(r => new { name = r.Name, figures = Figures(GroupScore.Of(r.Group, new[] { r }), r.StepErrorPercent) }),
            groups = Groups.Append(Total).Select(g => Figures(g, g.StepErrorPercent)),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }

    static string Trunc(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
