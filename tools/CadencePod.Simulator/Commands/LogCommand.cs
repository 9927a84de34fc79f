using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CadencePod.Simulator.Reports;
using ScottPlot;

namespace CadencePod.Simulator.Commands;

/// <summary>
/// Turns a serial-console capture holding a run-log dump (RunLog.Dump, printed when the pod powers up with Mode held)
/// into a table and a chart. Everything before the dump's header line ("kind,seq,…") — the ESP32's boot messages, the
/// head's banner, event lines — and everything after its end marker ("# end, N runs") is skipped.
/// </summary>
public static class LogCommand
{
    public sealed record Run(int Seq, int DurationS, int RunningS, int Steps, int MeanSpm, int BaselineSpm, int TargetSpm, int InZonePct, int ProbeSpm, List<int> Minutes);

    /// <summary>RunLog.Dump's header line starts with this …</summary>
    public const string HeaderStart = "kind,seq,";
    /// <summary>… and its last line with this ("# end, 3 runs").</summary>
    public const string EndMarker = "# end";
    /// <summary>A capture larger than this is not a run-log capture (the whole log is a few hundred kB).</summary>
    public const long MaxCaptureBytes = 16 << 20;

    public sealed record Capture(List<Run> Runs, List<string> Notes);

    public static Capture Read(string path)
    {
        if (Directory.Exists(path)) throw new UsageException($"{path}: is a folder, not a capture");
        if (!File.Exists(path)) throw new UsageException($"{path}: file not found");
        if (new FileInfo(path).Length > MaxCaptureBytes) throw new UsageException($"{path}: {new FileInfo(path).Length >> 20} MB, too large for a run-log capture (at most {MaxCaptureBytes >> 20} MB)");
        List<Run>? done = null;        // the last complete dump
        List<Run>? current = null;     // the dump being read
        int headerLine = 0, endCount = -1, dumps = 0;
        var bySeq = new Dictionary<int, Run>();
        int lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.StartsWith(HeaderStart, StringComparison.Ordinal))
            {
                current = new List<Run>();
                bySeq.Clear();
                headerLine = lineNo;
                dumps++;
                continue;
            }

            if (current == null) continue; // before the dump: boot messages, banner, events
            if (line.StartsWith(EndMarker, StringComparison.Ordinal))
            {
                var m = System.Text.RegularExpressions.Regex.Match(line, @"(\d+) runs?");
                endCount = m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : -1;
                if (endCount >= 0 && endCount != current.Count)
                    throw new UsageException($"{path}:{lineNo}: the end marker says {endCount} runs, the dump from line {headerLine} holds {current.Count}: the capture lost lines");
                done = current;
                current = null;
                continue;
            }

            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("event,", StringComparison.Ordinal)) continue;
            var c = line.Split(',');
            int I(int i)
            {
                if (i >= c.Length || !int.TryParse(c[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out int v) || v < 0)
                    throw new UsageException($"{path}:{lineNo}: column {i + 1} is not a whole number: '{(i < c.Length ? Shorten(c[i]) : "")}'");
                return v;
            }

            switch (c[0])
            {
                case "run":
                    var r = new Run(I(1), I(2), I(3), I(4), I(5), I(6), I(7), I(8), I(9), new List<int>());
                    current.Add(r);
                    bySeq[r.Seq] = r;
                    break;
                case "minute":
                    if (!bySeq.TryGetValue(I(1), out var owner)) throw new UsageException($"{path}:{lineNo}: minute row for unknown run {Shorten(c[1])}");
                    owner.Minutes.Add(I(3));
                    break;
                default:
                    throw new UsageException($"{path}:{lineNo}: '{Shorten(line)}' inside the run-log dump (from line {headerLine}): expected run or minute rows until '{EndMarker}, N runs'");
            }
        }

        var notes = new List<string>();
        if (current != null)
        {
            // A dump without its end marker: the capture stopped early. Show what arrived, and say so.
            notes.Add($"note: the dump from line {headerLine} has no end marker ('{EndMarker}, N runs'): the capture stopped early, later runs may be missing");
            done = current;
        }

        if (done == null) throw new UsageException($"{path}: no run-log dump found (no line starting '{HeaderStart}'): capture the serial console while the pod powers up with Mode held");
        if (dumps > 1) notes.Add($"note: {dumps} dumps in the capture; showing the last");
        return new Capture(done, notes);
    }

    static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;

    public static int Execute(string path, string? chartOut)
    {
        OutputPaths.CheckFile("--chart", chartOut, path);
        var capture = Read(path);
        var runs = capture.Runs;
        Console.WriteLine($"{"run",4} {"duration",9} {"running",8} {"steps",6} {"mean spm",8} {"baseline",8} {"target",6} {"in zone",7} {"probe",5}");
        foreach (var r in runs)
            Console.WriteLine($"{r.Seq,4} {r.DurationS / 60.0,7:0.0} m {r.RunningS / 60.0,6:0.0} m {r.Steps,6} {r.MeanSpm,8} {r.BaselineSpm,8} {r.TargetSpm,6} {r.InZonePct,6}% {(r.ProbeSpm > 0 ? r.ProbeSpm.ToString(CultureInfo.InvariantCulture) : "-"),5}");
        Console.WriteLine($"{runs.Count} runs");
        foreach (var n in capture.Notes) Console.WriteLine(n);
        if (chartOut != null)
        {
            var clamped = SaveChart(runs, chartOut);
            if (clamped.Count > 0) Console.WriteLine($"note: the chart draws {string.Join("; ", clamped)} at its edge");
            Console.WriteLine($"chart: {Path.GetFullPath(chartOut)}");
        }

        return 0;
    }

    /// <summary>The chart's cadence axis: never below or above these (spm); values outside are drawn at the edge and named.</summary>
    public const double AxisFloorSpm = 40, AxisCeilingSpm = 260;

    /// <summary>
    /// Mean cadence, target and baseline per run (lines, left axis in spm) and time in zone (bars, right axis in %).
    /// PNG, or SVG when the name ends in .svg. Returns the values drawn clamped at the axis' edge, in words.
    /// </summary>
    public static List<string> SaveChart(List<Run> runs, string path)
    {
        var plt = new Plot();
        plt.Font.Set(RunChart.FontName);
        var clamped = new List<string>();
        double[] xs = runs.Select((_, i) => (double)i).ToArray();
        var all = runs.SelectMany(r => new[] { r.MeanSpm, r.TargetSpm, r.BaselineSpm }).Where(v => v > 0).Select(v => (double)v).ToList();
        double lo = all.Count > 0 ? Math.Max(AxisFloorSpm, Math.Floor(all.Min() / 10) * 10 - 10) : 120;
        double hi = all.Count > 0 ? Math.Min(AxisCeilingSpm, Math.Ceiling(all.Max() / 10) * 10 + 10) : 200;
        if (hi <= lo) hi = lo + 20;

        var zone = plt.Add.Bars(runs.Select(r => (double)r.InZonePct).ToArray());
        zone.Color = Color.FromHex("#b6d7a8");
        zone.Axes.YAxis = plt.Axes.Right;
        plt.Axes.Right.Label.Text = "time in zone (% of paced running)";
        plt.Axes.SetLimitsY(0, 100, plt.Axes.Right);

        void Line(string words, string hex, LinePattern pattern, Func<Run, int> value)
        {
            var pts = runs.Select((r, i) => (X: (double)i, R: r, V: value(r))).Where(p => p.V > 0).ToList();
            if (pts.Count == 0) return;
            foreach (var p in pts.Where(p => p.V < lo || p.V > hi)) clamped.Add($"run {p.R.Seq} {words} {p.V} spm");
            var sc = plt.Add.Scatter(pts.Select(p => p.X).ToArray(), pts.Select(p => Math.Clamp(p.V, lo, hi)).ToArray());
            sc.Color = Color.FromHex(hex);
            sc.LineWidth = 2;
            sc.LinePattern = pattern;
            sc.MarkerSize = 7;
            sc.LegendText = words;
        }

        Line("mean cadence", "#1155cc", LinePattern.Solid, r => r.MeanSpm);
        Line("target", "#c00000", LinePattern.Dashed, r => r.TargetSpm);
        Line("baseline", "#7f6000", LinePattern.Dotted, r => r.BaselineSpm);
        zone.LegendText = "time in zone (right axis)";

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        int every = Math.Max(1, (int)Math.Ceiling(runs.Count / 16.0));
        for (int i = 0; i < runs.Count; i += every) ticks.AddMajor(i, "#" + runs[i].Seq.ToString(CultureInfo.InvariantCulture));
        plt.Axes.Bottom.TickGenerator = ticks;
        plt.Axes.SetLimits(-0.6, Math.Max(0.6, runs.Count - 0.4), lo, hi);
        plt.Title("CadencePod run log: cadence and time in zone per run");
        plt.XLabel("run (oldest first)");
        plt.YLabel("steps per minute");
        plt.ShowLegend(Edge.Bottom);
        if (runs.Count == 0) plt.Add.Annotation("the log holds no runs");
        if (clamped.Count > 0) plt.Add.Annotation($"{clamped.Count} value(s) outside {lo:0}–{hi:0} spm drawn at the edge", Alignment.UpperRight);
        if (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase)) plt.SaveSvg(path, 900, 460);
        else plt.SavePng(path, 900, 460);
        return clamped;
    }
}
