using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Simulator.Board;

namespace CadencePod.Simulator.Reports;

/// <summary>Writes a run's report folder: chart (SVG), what the piezo played (WAV), events (CSV), per-second data (CSV).</summary>
public static class ReportWriter
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static readonly string[] PatternNames = CadencePod.Core.Ui.SoundPatterns.AllNames();

    public static void WriteAll(SimulationResult r, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "chart.svg"), Chart(r));
        WriteWav(r, Path.Combine(folder, "piezo.wav"));
        File.WriteAllText(Path.Combine(folder, "events.csv"), EventsCsv(r));
        File.WriteAllText(Path.Combine(folder, "seconds.csv"), SecondsCsv(r));
    }

    /// <summary>Steps file of the trace format: header step_ms, one row per detected step.</summary>
    public static void WriteSteps(SimulationResult r, string path)
    {
        var sb = new StringBuilder("step_ms\n");
        foreach (var s in r.StepsMs) sb.Append(s.ToString("0.###", Inv)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    /// <summary>Cadence file of the trace format: t_ms,cadence_spm at every whole second, 0 while still.</summary>
    public static void WriteCadence(SimulationResult r, string path)
    {
        var sb = new StringBuilder("t_ms,cadence_spm\n");
        foreach (var s in r.Seconds) sb.Append(s.Second * 1000).Append(',').Append(s.CadenceSpm.ToString("0.##", Inv)).Append('\n');
        File.WriteAllText(path, sb.ToString());
    }

    public static string EventsCsv(SimulationResult r)
    {
        var sb = new StringBuilder("t_s,event,value,state\n");
        foreach (var e in r.Events)
        {
            if (e.Kind == CadencePod.Core.Seams.PodEvent.Step) continue; // steps have their own file
            sb.Append((e.TimeUs / 1e6).ToString("0.000", Inv)).Append(',').Append(e.Kind).Append(',').Append(Describe(e)).Append(',').Append(e.State).Append('\n');
        }

        return sb.ToString();
    }

    static string Describe(EventRecord e) => e.Kind switch
    {
        CadencePod.Core.Seams.PodEvent.StateChanged => ((PodState)e.Value).ToString(),
        CadencePod.Core.Seams.PodEvent.Button => ((CadencePod.Core.Ui.ButtonEvent)e.Value).ToString(),
        CadencePod.Core.Seams.PodEvent.CueModeChanged => ((CueMode)e.Value).ToString(),
        CadencePod.Core.Seams.PodEvent.Beat => e.Value == 1 ? "sounded" : "silent",
        CadencePod.Core.Seams.PodEvent.Pattern => e.Value >= 0 && e.Value < PatternNames.Length ? PatternNames[e.Value] : e.Value.ToString(Inv),
        CadencePod.Core.Seams.PodEvent.Wake => ((CadencePod.Core.Seams.WakeReason)e.Value).ToString(),
        CadencePod.Core.Seams.PodEvent.RateCalibrated => (e.Value / 1000.0).ToString("0.000", Inv) + " Hz",
        _ => e.Value.ToString(Inv),
    };

    public static string SecondsCsv(SimulationResult r)
    {
        var sb = new StringBuilder("t_s,cadence_spm,reference_spm,motion,state,target_spm,baseline_spm,tempo_spm,cue_mode,in_zone,steps\n");
        foreach (var s in r.Seconds)
        {
            sb.Append(s.Second).Append(',').Append(s.CadenceSpm.ToString("0.##", Inv)).Append(',')
              .Append(double.IsNaN(s.ReferenceSpm) ? "" : s.ReferenceSpm.ToString("0.##", Inv)).Append(',')
              .Append(s.Motion).Append(',').Append(s.State).Append(',').Append(s.TargetSpm).Append(',').Append(s.BaselineSpm).Append(',')
              .Append(s.TempoSpm.ToString("0.#", Inv)).Append(',').Append(s.Mode).Append(',').Append(s.InZone ? 1 : 0).Append(',').Append(s.Steps).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>8-bit mono PCM at 11025 Hz: square waves at each tone's real time, pitch and duty (loudness).</summary>
    public static void WriteWav(SimulationResult r, string path)
    {
        const int rate = 11025;
        double seconds = r.Trace.DurationMs / 1000.0 + 1.0;
        int n = (int)(seconds * rate);
        var pcm = new byte[n];
        Array.Fill(pcm, (byte)128);
        foreach (var t in r.Tones)
        {
            long from = t.StartUs * rate / 1_000_000, to = Math.Min(n, t.EndUs * rate / 1_000_000);
            double amplitude = 20 + 100 * Math.Min(1.0, t.DutyPermille / 500.0);
            for (long i = Math.Max(0, from); i < to; i++)
            {
                double phase = (i - from) * (double)t.FrequencyHz / rate;
                pcm[i] = (byte)(128 + ((phase - Math.Floor(phase)) < 0.5 ? amplitude : -amplitude));
            }
        }

        using var f = new BinaryWriter(File.Create(path));
        f.Write("RIFF"u8); f.Write(36 + n); f.Write("WAVE"u8);
        f.Write("fmt "u8); f.Write(16); f.Write((short)1); f.Write((short)1); f.Write(rate); f.Write(rate); f.Write((short)1); f.Write((short)8);
        f.Write("data"u8); f.Write(n); f.Write(pcm);
    }

    /// <summary>Cadence over time: detected, reference, baseline, target, metronome tempo, with the pod's state as bands.</summary>
    public static string Chart(SimulationResult r)
    {
        const int W = 1200, H = 520, left = 60, right = 20, top = 40, bottom = 70;
        int plotW = W - left - right, plotH = H - top - bottom;
        double duration = Math.Max(1, r.Seconds.Count);
        double yMin = 60, yMax = 210;
        double X(double s) => left + s / duration * plotW;
        double Y(double spm) => top + (1 - (Math.Clamp(spm, yMin, yMax) - yMin) / (yMax - yMin)) * plotH;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{W}\" height=\"{H}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        sb.Append($"<rect width=\"{W}\" height=\"{H}\" fill=\"white\"/>\n");
        sb.Append($"<text x=\"{left}\" y=\"22\" font-size=\"16\">CadencePod — {Esc(r.Trace.Name)}: cadence over time</text>\n");

        // State / cue-mode bands.
        var colors = new Dictionary<string, string>
        {
            ["Idle"] = "#eeeeee", ["CapturingBaseline"] = "#fff2cc", ["Pacing:EveryStep"] = "#d9ead3", ["Pacing:EverySecondStep"] = "#cfe2f3",
            ["Pacing:OffTargetOnly"] = "#f4cccc", ["Pacing:Faded"] = "#d9d2e9", ["Pacing:SilentProbe"] = "#fce5cd", ["Paused"] = "#e6e6e6", ["Fault"] = "#ea9999", ["Sleep"] = "#cccccc",
        };
        string Band(SecondRecord s) => s.State == PodState.Pacing ? $"Pacing:{s.Mode}" : s.State.ToString();
        int start = 0;
        for (int i = 1; i <= r.Seconds.Count; i++)
        {
            if (i < r.Seconds.Count && Band(r.Seconds[i]) == Band(r.Seconds[start])) continue;
            string key = Band(r.Seconds[start]);
            string fill = colors.TryGetValue(key, out var c) ? c : "#f0f0f0";
            sb.Append($"<rect x=\"{X(start):0.#}\" y=\"{top}\" width=\"{Math.Max(0.5, X(i) - X(start)):0.#}\" height=\"{plotH}\" fill=\"{fill}\"><title>{key}</title></rect>\n");
            start = i;
        }

        // Grid.
        for (int spm = 60; spm <= 210; spm += 30)
            sb.Append($"<line x1=\"{left}\" x2=\"{left + plotW}\" y1=\"{Y(spm):0.#}\" y2=\"{Y(spm):0.#}\" stroke=\"#bbb\" stroke-dasharray=\"3,3\"/><text x=\"{left - 8}\" y=\"{Y(spm) + 4:0.#}\" text-anchor=\"end\">{spm}</text>\n");
        for (int m = 0; m <= duration / 60; m += Math.Max(1, (int)(duration / 60 / 10)))
            sb.Append($"<text x=\"{X(m * 60):0.#}\" y=\"{top + plotH + 16}\" text-anchor=\"middle\">{m} min</text>\n");
        sb.Append($"<text x=\"16\" y=\"{top + plotH / 2}\" transform=\"rotate(-90 16 {top + plotH / 2})\" text-anchor=\"middle\">steps per minute</text>\n");

        void Series(Func<SecondRecord, double> value, string color, double width, string dash = "")
        {
            var pts = new StringBuilder();
            bool open = false;
            foreach (var s in r.Seconds)
            {
                double v = value(s);
                if (double.IsNaN(v) || v <= 0)
                {
                    if (open) { sb.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\" {dash} points=\"{pts}\"/>\n"); pts.Clear(); open = false; }
                    continue;
                }

                pts.Append($"{X(s.Second):0.#},{Y(v):0.#} ");
                open = true;
            }

            if (open) sb.Append($"<polyline fill=\"none\" stroke=\"{color}\" stroke-width=\"{width}\" {dash} points=\"{pts}\"/>\n");
        }

        Series(s => s.ReferenceSpm, "#999999", 3);
        Series(s => s.BaselineSpm, "#7f6000", 1.5, "stroke-dasharray=\"6,4\"");
        Series(s => s.State is PodState.Pacing or PodState.Paused ? s.TargetSpm : double.NaN, "#cc0000", 1.5, "stroke-dasharray=\"2,3\"");
        Series(s => s.TempoSpm, "#e69138", 1.5);
        Series(s => s.CadenceSpm, "#1155cc", 1.5);

        // Legend.
        var legend = new (string Name, string Color)[] { ("detected cadence", "#1155cc"), ("reference (ground truth)", "#999999"), ("baseline", "#7f6000"), ("target", "#cc0000"), ("metronome tempo", "#e69138") };
        double lx = left;
        foreach (var (name, color) in legend)
        {
            sb.Append($"<line x1=\"{lx}\" x2=\"{lx + 24}\" y1=\"{H - 30}\" y2=\"{H - 30}\" stroke=\"{color}\" stroke-width=\"3\"/><text x=\"{lx + 30}\" y=\"{H - 26}\">{name}</text>\n");
            lx += 60 + name.Length * 6.5;
        }

        lx = left;
        foreach (var band in new[] { "CapturingBaseline", "Pacing:EveryStep", "Pacing:OffTargetOnly", "Paused", "Fault" })
        {
            sb.Append($"<rect x=\"{lx}\" y=\"{H - 16}\" width=\"14\" height=\"10\" fill=\"{colors[band]}\" stroke=\"#999\"/><text x=\"{lx + 18}\" y=\"{H - 7}\">{band}</text>\n");
            lx += 40 + band.Length * 6.5;
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    static string Esc(string s) => s.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");
}
