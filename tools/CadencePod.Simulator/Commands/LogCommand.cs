using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CadencePod.Simulator.Commands;

/// <summary>Turns a run-log dump from a pod's serial console (RunLog.Dump) into a table and a chart.</summary>
public static class LogCommand
{
    public sealed record Run(int Seq, int DurationS, int RunningS, int Steps, int MeanSpm, int BaselineSpm, int TargetSpm, int InZonePct, int ProbeSpm, List<int> Minutes);

    public static List<Run> Parse(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"{path}: file not found");
        var runs = new List<Run>();
        var bySeq = new Dictionary<int, Run>();
        int lineNo = 0;
        bool header = false;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith("kind,", StringComparison.Ordinal)) { header = true; continue; }
            if (line.StartsWith("event,", StringComparison.Ordinal)) continue; // serial event lines interleave with the dump
            if (!header) throw new UsageException($"{path}:{lineNo}: expected the run-log header 'kind,seq,…' first");
            var c = line.Split(',');
            int I(int i)
            {
                if (i >= c.Length || !int.TryParse(c[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int v))
                    throw new UsageException($"{path}:{lineNo}: column {i + 1} is not a whole number: '{(i < c.Length ? c[i] : "")}'");
                return v;
            }

            switch (c[0])
            {
                case "run":
                    var r = new Run(I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), new List<int>());
                    runs.Add(r);
                    bySeq[r.Seq] = r;
                    break;
                case "minute":
                    if (!bySeq.TryGetValue(I(1), out var owner)) throw new UsageException($"{path}:{lineNo}: minute row for unknown run {c[1]}");
                    owner.Minutes.Add(I(3));
                    break;
                default:
                    throw new UsageException($"{path}:{lineNo}: unknown row kind '{c[0]}' (run, minute)");
            }
        }

        if (!header) throw new UsageException($"{path}: no run-log header found (is this a RunLog dump?)");
        return runs;
    }

    public static int Execute(string path, string? chartOut)
    {
        var runs = Parse(path);
        Console.WriteLine($"{"run",4} {"duration",9} {"running",8} {"steps",6} {"mean spm",8} {"baseline",8} {"target",6} {"in zone",7} {"probe",5}");
        foreach (var r in runs)
            Console.WriteLine($"{r.Seq,4} {r.DurationS / 60.0,7:0.0} m {r.RunningS / 60.0,6:0.0} m {r.Steps,6} {r.MeanSpm,8} {r.BaselineSpm,8} {r.TargetSpm,6} {r.InZonePct,6}% {(r.ProbeSpm > 0 ? r.ProbeSpm.ToString() : "-"),5}");
        Console.WriteLine($"{runs.Count} runs");
        if (chartOut != null)
        {
            File.WriteAllText(chartOut, Chart(runs));
            Console.WriteLine($"chart: {Path.GetFullPath(chartOut)}");
        }

        return 0;
    }

    /// <summary>Mean cadence, target and time in zone per run (SVG).</summary>
    static string Chart(List<Run> runs)
    {
        const int W = 900, H = 380, left = 60, top = 40, bottom = 50;
        int plotW = W - left - 20, plotH = H - top - bottom;
        double X(int i) => left + (runs.Count <= 1 ? plotW / 2.0 : i * plotW / (double)(runs.Count - 1));
        double Y(double spm) => top + (1 - (Math.Clamp(spm, 120, 200) - 120) / 80.0) * plotH;
        var sb = new StringBuilder($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\"><rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n");
        sb.Append($"<text x=\"{left}\" y=\"22\" font-size=\"16\">CadencePod run log: mean cadence (blue), target (red), baseline (brown) per run</text>\n");
        for (int spm = 120; spm <= 200; spm += 20)
            sb.Append($"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Y(spm):0}\" y2=\"{Y(spm):0}\" stroke=\"#ccc\"/><text x=\"{left - 6}\" y=\"{Y(spm) + 4:0}\" text-anchor=\"end\">{spm}</text>\n");
        void Line(Func<Run, int> f, string color)
        {
            var pts = string.Join(" ", runs.Select((r, i) => f(r) > 0 ? $"{X(i):0.#},{Y(f(r)):0.#}" : null).Where(p => p != null));
            sb.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"2\" points=\"{pts}\"/>\n");
        }

        Line(r => r.MeanSpm, "#1155cc");
        Line(r => r.TargetSpm, "#cc0000");
        Line(r => r.BaselineSpm, "#7f6000");
        for (int i = 0; i < runs.Count; i++)
            sb.Append($"<text x=\"{X(i):0}\" y=\"{top + plotH + 18}\" text-anchor=\"middle\">#{runs[i].Seq} ({runs[i].InZonePct}%)</text>\n");
        sb.Append("</svg>\n");
        return sb.ToString();
    }
}
