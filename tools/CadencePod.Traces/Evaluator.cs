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
            ev.Recordings.Add(Score.Compute(trace.Name, group, trace.TrueStepsMs!, replay));
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

    public string ToText(bool perRecording = true)
    {
        var sb = new StringBuilder();
        if (perRecording)
        {
            sb.AppendLine($"{"recording",-44} {"group",-21} {"true",6} {"found",6} {"err%",7} {"cad.mean",8} {"cad.p95",8} {"steady",7} {"lock s",6}");
            foreach (var r in Recordings)
            {
                double mean = r.CadenceErrors.Count == 0 ? double.NaN : r.CadenceErrors.Average();
                double steady = r.SteadyCadenceErrors.Count == 0 ? double.NaN : r.SteadyCadenceErrors.Average();
                sb.AppendLine($"{Trunc(r.Name, 44),-44} {Trunc(r.Group, 21),-21} {r.TrueSteps,6} {r.DetectedSteps,6} {F(r.StepErrorPercent),7} {F(mean),8} {F(Score.Percentile(r.CadenceErrors, 95)),8} {F(steady),7} {F(Score.Percentile(r.LockTimesS, 50)),6}");
            }

            sb.AppendLine();
        }

        sb.AppendLine($"{"group",-21} {"n",3} {"true",7} {"found",7} {"Σ|err|%",8} {"cad.mean",8} {"cad.p95",8} {"cad.floor",9} {"own.ref",7} {"stdy.mean",9} {"stdy.p95",8} {"lock.med",8} {"lock.max",8}  peers Σ|err|% (Espruino / Oxford)");
        foreach (var g in Groups.Append(Total))
        {
            string peers = OxfordPeers.TryGetValue(g.Group, out var p) ? $"{p.Espruino:0.0} % / {p.Oxford:0.0} %" : "";
            sb.AppendLine($"{Trunc(g.Group, 21),-21} {g.Recordings,3} {g.TrueSteps,7} {g.DetectedSteps,7} {F(g.StepErrorPercent),8} {F(g.CadenceMeanError),8} {F(g.CadenceP95Error),8} {F(g.CadenceFloorMean),9} {F(g.OwnStepsMeanError),7} {F(g.SteadyMeanError),9} {F(g.SteadyP95Error),8} {F(g.LockMedianS),8} {F(g.LockMaxS),8}  {peers}");
        }

        sb.AppendLine();
        sb.AppendLine("Σ|err|%: summed |detected − true| / true steps. cad.*: |estimate − reference| (spm) at every scored second (trace-format.md);");
        sb.AppendLine("cad.floor: the cad.mean of an ideal pod that is exact while stepping and still 2 s after the last step (the responsiveness goal);");
        sb.AppendLine("the 10-s reference keeps showing a cadence for up to ~9 s after a stop, so no pod meeting that goal scores below it.");
        sb.AppendLine("own.ref: where the pod says a cadence, |the reference formula over the pod's own steps − the reference|: what step");
        sb.AppendLine("detection and the ground truth's glitches leave before the cadence estimator adds its part.");
        sb.AppendLine("stdy.*: only seconds inside a bout that has run ≥ 10 s and has not stopped. lock: s from a bout's first step to ±2 spm.");
        return sb.ToString();
    }

    public string ToCsv()
    {
        var sb = new StringBuilder("kind,name,group,true_steps,detected_steps,step_error_percent,cadence_mean_error_spm,cadence_p95_error_spm,cadence_floor_mean_spm,own_steps_reference_error_spm,steady_mean_error_spm,lock_median_s\n");
        string C(double v) => double.IsNaN(v) || double.IsInfinity(v) ? "" : v.ToString("0.###", CultureInfo.InvariantCulture);
        foreach (var r in Recordings)
            sb.AppendLine($"recording,{r.Name},{r.Group},{r.TrueSteps},{r.DetectedSteps},{C(r.StepErrorPercent)},{C(r.CadenceErrors.Count == 0 ? double.NaN : r.CadenceErrors.Average())},{C(Score.Percentile(r.CadenceErrors, 95))},{C(r.FloorCadenceErrors.Count == 0 ? double.NaN : r.FloorCadenceErrors.Average())},{C(r.OwnStepsCadenceErrors.Count == 0 ? double.NaN : r.OwnStepsCadenceErrors.Average())},{C(r.SteadyCadenceErrors.Count == 0 ? double.NaN : r.SteadyCadenceErrors.Average())},{C(Score.Percentile(r.LockTimesS, 50))}");
        foreach (var g in Groups.Append(Total))
            sb.AppendLine($"group,{g.Group},{g.Group},{g.TrueSteps},{g.DetectedSteps},{C(g.StepErrorPercent)},{C(g.CadenceMeanError)},{C(g.CadenceP95Error)},{C(g.CadenceFloorMean)},{C(g.OwnStepsMeanError)},{C(g.SteadyMeanError)},{C(g.LockMedianS)}");
        return sb.ToString();
    }

    public string ToJson()
    {
        double? N(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : Math.Round(v, 3);
        var doc = new
        {
            sample_rate_hz = SampleRateHz,
            recordings = Recordings.Select(r => new
            {
                name = r.Name, group = r.Group, true_steps = r.TrueSteps, detected_steps = r.DetectedSteps,
                step_error_percent = N(r.StepErrorPercent),
                cadence_mean_error_spm = N(r.CadenceErrors.Count == 0 ? double.NaN : r.CadenceErrors.Average()),
                cadence_p95_error_spm = N(Score.Percentile(r.CadenceErrors, 95)),
                cadence_floor_mean_spm = N(r.FloorCadenceErrors.Count == 0 ? double.NaN : r.FloorCadenceErrors.Average()),
                own_steps_reference_error_spm = N(r.OwnStepsCadenceErrors.Count == 0 ? double.NaN : r.OwnStepsCadenceErrors.Average()),
                steady_mean_error_spm = N(r.SteadyCadenceErrors.Count == 0 ? double.NaN : r.SteadyCadenceErrors.Average()),
            }),
            groups = Groups.Append(Total).Select(g => new
            {
                group = g.Group, recordings = g.Recordings, true_steps = g.TrueSteps, detected_steps = g.DetectedSteps,
                step_error_percent = N(g.StepErrorPercent), cadence_mean_error_spm = N(g.CadenceMeanError),
                cadence_p95_error_spm = N(g.CadenceP95Error), cadence_floor_mean_spm = N(g.CadenceFloorMean), own_steps_reference_error_spm = N(g.OwnStepsMeanError), steady_mean_error_spm = N(g.SteadyMeanError),
                steady_p95_error_spm = N(g.SteadyP95Error), lock_median_s = N(g.LockMedianS), lock_max_s = N(g.LockMaxS),
            }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true });
    }

    static string Trunc(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
