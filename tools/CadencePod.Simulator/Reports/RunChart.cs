using System;
using System.Collections.Generic;
using System.Linq;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Simulator.Board;
using ScottPlot;

namespace CadencePod.Simulator.Reports;

/// <summary>
/// The run chart, for a runner: the cadence the pod heard, the true cadence when the recording has one, the baseline,
/// the target, and the metronome's tempo only where beats sounded; behind them what the pod was doing, in calm colours
/// for the pacing states and a strong red for faults. The legend lists only what happened in this run.
/// </summary>
public static class RunChart
{
    public const int Width = 1200, Height = 560;

    /// <summary>The charts' font (DejaVu Sans is on the Linux machines here; elsewhere Skia falls back to a system font).</summary>
    public const string FontName = "DejaVu Sans";

    /// <summary>A band: what the pod was doing, in plain words, and its colour.</summary>
    public sealed record Band(string Words, string Hex, bool IsFault = false);

    public static readonly Band NotPacing = new("not pacing", "#ffffff");
    public static readonly Band Baseline = new("measuring your baseline", "#fff2cc");
    public static readonly Band Paused = new("paused: standing still", "#e6e6e6");
    public static readonly Band Asleep = new("asleep", "#cccccc");
    public static readonly Band Fault = new("FAULT: sensor not answering", "#e8202a", IsFault: true);

    static readonly Dictionary<CueMode, Band> Pacing = new()
    {
        [CueMode.EveryStep] = new("metronome on every step", "#c9e7c0"),
        [CueMode.EverySecondStep] = new("metronome on every second step", "#c6dcf2"),
        [CueMode.OffTargetOnly] = new("metronome only when off target", "#d5ecea"),
        [CueMode.Faded] = new("metronome fading out", "#ddd5ee"),
        [CueMode.SilentProbe] = new("silent check of your cadence", "#fbe3c8"),
    };

    public static Band BandOf(SecondRecord s) => s.State switch
    {
        PodState.Pacing => Pacing.TryGetValue(s.Mode, out var b) ? b : Pacing[CueMode.EveryStep],
        PodState.CapturingBaseline => Baseline,
        PodState.Paused => Paused,
        PodState.Fault => Fault,
        PodState.Sleep => Asleep,
        _ => NotPacing,
    };

    /// <summary>The bands in the order they occur, merged over consecutive seconds (start and end in minutes).</summary>
    public static List<(Band Band, double From, double To)> Bands(SimulationResult r)
    {
        var list = new List<(Band, double, double)>();
        int start = 0;
        for (int i = 1; i <= r.Seconds.Count; i++)
        {
            if (i < r.Seconds.Count && BandOf(r.Seconds[i]) == BandOf(r.Seconds[start])) continue;
            list.Add((BandOf(r.Seconds[start]), Minutes(r.Seconds[start].Second - 1), Minutes(r.Seconds[i - 1].Second)));
            start = i;
        }

        return list;
    }

    /// <summary>The legend's words for this run only: lines that have a point, bands that occur.</summary>
    public static List<string> LegendWords(SimulationResult r) => Build(r).Legend;

    static double Minutes(double second) => second / 60.0;

    public static void Save(SimulationResult r, string pngPath, string? svgPath)
    {
        var (plot, _) = Build(r);
        plot.SavePng(pngPath, Width, Height);
        if (svgPath != null) plot.SaveSvg(svgPath, Width, Height);
    }

    static (Plot Plot, List<string> Legend) Build(SimulationResult r)
    {
        var plt = new Plot();
        plt.Font.Set(RunChart.FontName);
        var legend = new List<string>();
        var bandsSeen = new List<Band>();
        foreach (var (band, from, to) in Bands(r))
        {
            if (band == NotPacing) continue;
            var span = plt.Add.HorizontalSpan(from, Math.Max(to, from + 1 / 120.0));
            span.FillStyle.Color = band.IsFault ? Color.FromHex(band.Hex).WithAlpha(0.55) : Color.FromHex(band.Hex);
            span.LineStyle.Width = 0;
            if (!bandsSeen.Contains(band)) bandsSeen.Add(band);
        }

        var lost = r.Events.Where(e => e.Kind == PodEvent.SamplesLost).ToList();
        foreach (var (e, i) in lost.Select((e, i) => (e, i)))
        {
            var line = plt.Add.VerticalLine(Minutes(r.Recording.StartMs / 1000 + e.TimeUs / 1e6 - (r.Seconds.Count > 0 ? r.Seconds[0].Second - 1 : 0)));
            line.Color = Color.FromHex("#e8202a");
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dotted;
        }

        var lines = new List<(string Words, string Hex, float Width, LinePattern Pattern)>();
        void Series(string words, string hex, float width, LinePattern pattern, Func<SecondRecord, double> value)
        {
            bool any = false;
            var xs = new List<double>();
            var ys = new List<double>();
            void Flush()
            {
                if (xs.Count == 0) return;
                var sc = plt.Add.ScatterLine(xs.ToArray(), ys.ToArray());
                sc.Color = Color.FromHex(hex);
                sc.LineWidth = width;
                sc.LinePattern = pattern;
                any = true;
                xs.Clear();
                ys.Clear();
            }

            foreach (var s in r.Seconds)
            {
                double v = value(s);
                if (double.IsNaN(v) || v <= 0)
                {
                    Flush();
                    continue;
                }

                xs.Add(Minutes(s.Second));
                ys.Add(v);
            }

            Flush();
            if (any) lines.Add((words, hex, width, pattern));
        }

        Series("true cadence (from the recording's steps)", "#9e9e9e", 4, LinePattern.Solid, s => s.ReferenceSpm);
        Series("your baseline", "#7f6000", 1.5f, LinePattern.Dashed, s => s.BaselineSpm);
        Series("metronome beat (only while beats sound)", "#f39c12", 2, LinePattern.Solid, s => s.Beats > 0 ? s.TempoSpm : double.NaN);
        Series("cadence the pod measured", "#1155cc", 1.5f, LinePattern.Solid, s => s.CadenceSpm);
        // The target last, so the tempo never hides it.
        Series("target", "#c00000", 2.5f, LinePattern.Dashed, s => s.State is PodState.Pacing or PodState.Paused ? s.TargetSpm : double.NaN);

        foreach (var (words, hex, width, pattern) in lines)
        {
            plt.Legend.ManualItems.Add(new LegendItem { LabelText = words, LineColor = Color.FromHex(hex), LineWidth = width, LinePattern = pattern });
            legend.Add(words);
        }

        if (lost.Count > 0)
        {
            string words = $"sensor samples lost ({lost.Count}×)";
            plt.Legend.ManualItems.Add(new LegendItem { LabelText = words, LineColor = Color.FromHex("#e8202a"), LineWidth = 1.5f, LinePattern = LinePattern.Dotted });
            legend.Add(words);
        }

        foreach (var band in bandsSeen)
        {
            plt.Legend.ManualItems.Add(new LegendItem { LabelText = band.Words, FillColor = band.IsFault ? Color.FromHex(band.Hex).WithAlpha(0.55) : Color.FromHex(band.Hex), LineColor = Colors.Gray, LineWidth = 0.5f });
            legend.Add(band.Words);
        }

        plt.ShowLegend(Edge.Bottom);
        plt.Legend.FontSize = 13;
        plt.Title($"CadencePod — {r.Recording.Name}: your cadence over the run");
        plt.XLabel("minutes from the start of the recording");
        plt.YLabel("steps per minute");

        // The y axis fits every line (nothing is clamped): from below the lowest value to above the highest.
        var values = r.Seconds.SelectMany(s => new[] { s.CadenceSpm, s.ReferenceSpm, s.BaselineSpm, s.Beats > 0 ? s.TempoSpm : 0, s.State is PodState.Pacing or PodState.Paused ? s.TargetSpm : 0 })
            .Where(v => !double.IsNaN(v) && v > 0).ToList();
        double lo = values.Count > 0 ? Math.Min(60, Math.Floor(values.Min() / 10) * 10 - 10) : 60;
        double hi = values.Count > 0 ? Math.Max(200, Math.Ceiling(values.Max() / 10) * 10 + 10) : 200;
        double first = r.Seconds.Count > 0 ? Minutes(r.Seconds[0].Second - 1) : 0;
        double last = r.Seconds.Count > 0 ? Minutes(r.Seconds[^1].Second) : 1;
        plt.Axes.SetLimits(first, Math.Max(last, first + 1 / 60.0), Math.Max(0, lo), hi);
        if (r.Seconds.Count == 0) plt.Add.Annotation("the recording is shorter than one second: nothing to draw");
        return (plt, legend);
    }
}
