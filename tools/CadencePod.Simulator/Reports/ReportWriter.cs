using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CadencePod.Core;
using CadencePod.Core.Ble;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Simulator.Board;

namespace CadencePod.Simulator.Reports;

/// <summary>
/// Writes a run's report folder: chart (PNG and SVG), what the piezo played (WAV), events (CSV), per-second data (CSV).
/// Every column is described in docs/simulator.md, with its unit.
/// </summary>
public static class ReportWriter
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static readonly string[] PatternNames = CadencePod.Core.Ui.SoundPatterns.AllNames();

    /// <summary>piezo.wav holds at most this much of a run (h): 8-bit 11025 Hz is 40 MB an hour.</summary>
    public const double MaxWavHours = 12;

    /// <summary>Writes the folder; returns notes for the user (e.g. a WAV cut short).</summary>
    public static List<string> WriteAll(SimulationResult r, string folder)
    {
        var notes = new List<string>();
        Directory.CreateDirectory(folder);
        RunChart.Save(r, Path.Combine(folder, "chart.png"), Path.Combine(folder, "chart.svg"));
        if (WriteWav(r, Path.Combine(folder, "piezo.wav")))
            notes.Add($"note: piezo.wav holds the first {MaxWavHours:0} h of the {r.Recording.DurationMs / 3_600_000:0.#}-hour run");
        File.WriteAllText(Path.Combine(folder, "events.csv"), EventsCsv(r));
        File.WriteAllText(Path.Combine(folder, "seconds.csv"), SecondsCsv(r));
        if (r.Serial != null) File.WriteAllLines(Path.Combine(folder, "serial.txt"), r.Serial);
        return notes;
    }

    /// <summary>Steps file of the trace format: header step_ms, one row per detected step.</summary>
    public static void WriteSteps(SimulationResult r, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("step_ms\n");
        foreach (var s in r.StepsMs) w.Write(s.ToString("0.###", Inv) + "\n");
    }

    /// <summary>Cadence file of the trace format: t_ms,cadence_spm at every whole second, 0 while still.</summary>
    public static void WriteCadence(SimulationResult r, string path)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("t_ms,cadence_spm\n");
        foreach (var s in r.Seconds) w.Write((s.Second * 1000L).ToString(Inv) + "," + s.CadenceSpm.ToString("0.##", Inv) + "\n");
    }

    /// <summary>
    /// t_s (recording time, s), event, value (in words or with its unit), state. A RateCalibrated that repeats the
    /// rate already reported is left out: the pod re-measures every 30 s and mostly finds the same.
    /// </summary>
    public static string EventsCsv(SimulationResult r)
    {
        var sb = new StringBuilder("t_s,event,value,state\n");
        int lastRate = int.MinValue;
        foreach (var e in r.Events)
        {
            if (e.Kind == PodEvent.Step) continue; // steps have their own file
            if (e.Kind == PodEvent.RateCalibrated)
            {
                if (e.Value == lastRate) continue;
                lastRate = e.Value;
            }

            double t = r.Recording.StartMs / 1000 + e.TimeUs / 1e6;
            sb.Append(t.ToString("0.000", Inv)).Append(',').Append(e.Kind).Append(',').Append(Describe(e)).Append(',').Append(e.State).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>An event's value in words or with its unit.</summary>
    public static string Describe(EventRecord e) => e.Kind switch
    {
        PodEvent.StateChanged => ((PodState)e.Value).ToString(),
        PodEvent.Button => ((CadencePod.Core.Ui.ButtonEvent)e.Value).ToString(),
        PodEvent.CueModeChanged => ((CueMode)e.Value).ToString(),
        PodEvent.Beat => e.Value == 1 ? "sounded" : "silent",
        PodEvent.Pattern => e.Value >= 0 && e.Value < PatternNames.Length ? PatternNames[e.Value] : e.Value.ToString(Inv),
        PodEvent.Wake => ((WakeReason)e.Value).ToString(),
        PodEvent.Boot => ((SettingsLoadResult)e.Value).ToString(),
        PodEvent.RateCalibrated => (e.Value / 1000.0).ToString("0.000", Inv) + " Hz",
        // A relative target is reported in tenths of a percent (at most 100), an absolute one in spm (at least 120).
        PodEvent.TargetChanged => e.Value <= Tunables.TargetPercentMaxTenths ? "+" + (e.Value / 10.0).ToString("0.0", Inv) + " %" : e.Value.ToString(Inv) + " spm",
        PodEvent.PlanAdvanced => "+" + (e.Value / 10.0).ToString("0.0", Inv) + " %",
        PodEvent.BaselineCaptured or PodEvent.ProbeEnded => e.Value.ToString(Inv) + " spm",
        PodEvent.RunEnded => e.Value.ToString(Inv) + " % in zone",
        PodEvent.SamplesLost => e.Value.ToString(Inv) + " samples",
        PodEvent.BatteryLow or PodEvent.Shutdown => e.Value.ToString(Inv) + " mV",
        PodEvent.SensorFault => ((SensorStatus)e.Value).ToString(),
        PodEvent.Locked => e.Value == 1 ? "locked" : "unlocked",
        PodEvent.VolumeChanged => "level " + e.Value.ToString(Inv),
        PodEvent.StorageError => e.Value == 1 ? "run log" : "settings",
        PodEvent.BaselineReset => "cleared",
        PodEvent.Pairing => (PairingChange)e.Value switch
        {
            PairingChange.WindowClosed => "window closed",
            PairingChange.WindowOpened => "window opened",
            PairingChange.Bonded => "bonded",
            PairingChange.BondsForgotten => "bonds forgotten",
            _ => e.Value.ToString(Inv),
        },
        PodEvent.Calibration => e.Value switch { -1 => "run started", 0 => "refused or cancelled", _ => "stride " + e.Value.ToString(Inv) + " mm" },
        PodEvent.SettingWritten => ((CadencePod.Core.Pod.PodSettingId)e.Value).ToString(),
        PodEvent.HardwareFault => Enum.IsDefined(typeof(HardwarePart), e.Value) ? ((HardwarePart)e.Value).ToString() : e.Value.ToString(Inv),
        _ => e.Value.ToString(Inv),
    };

    /// <summary>Motion as the engine reports it, in words.</summary>
    public static string MotionWord(int motion) => motion switch { 0 => "still", 1 => "walking", 2 => "running", _ => motion.ToString(Inv) };

    public static string SecondsCsv(SimulationResult r)
    {
        var sb = new StringBuilder("t_s,cadence_spm,reference_spm,motion,state,target_spm,baseline_spm,tempo_spm,cue_mode,in_zone,steps,beats\n");
        foreach (var s in r.Seconds)
        {
            sb.Append(s.Second).Append(',').Append(s.CadenceSpm.ToString("0.##", Inv)).Append(',')
              .Append(double.IsNaN(s.ReferenceSpm) ? "" : s.ReferenceSpm.ToString("0.##", Inv)).Append(',')
              .Append(MotionWord(s.Motion)).Append(',').Append(s.State).Append(',').Append(s.TargetSpm).Append(',').Append(s.BaselineSpm).Append(',')
              .Append(s.TempoSpm.ToString("0.#", Inv)).Append(',').Append(s.Mode).Append(',').Append(s.InZone ? 1 : 0).Append(',').Append(s.Steps)
              .Append(',').Append(s.Beats).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// 8-bit mono PCM at 11025 Hz: square waves at each tone's real time, pitch and duty (loudness). Written a second
    /// at a time; returns true when the run was longer than <see cref="MaxWavHours"/> and the file holds only its start.
    /// </summary>
    public static bool WriteWav(SimulationResult r, string path)
    {
        const int rate = 11025;
        double seconds = r.Recording.DurationMs / 1000.0 + 1.0;
        bool cut = seconds > MaxWavHours * 3600;
        if (cut) seconds = MaxWavHours * 3600;
        long n = (long)(seconds * rate);
        using var f = new BinaryWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16));
        f.Write("RIFF"u8); f.Write((int)(36 + n)); f.Write("WAVE"u8);
        f.Write("fmt "u8); f.Write(16); f.Write((short)1); f.Write((short)1); f.Write(rate); f.Write(rate); f.Write((short)1); f.Write((short)8);
        f.Write("data"u8); f.Write((int)n);
        var chunk = new byte[rate];
        int first = 0; // the first tone that may still reach into this chunk
        var tones = r.Tones;
        for (long c0 = 0; c0 < n; c0 += rate)
        {
            long c1 = Math.Min(n, c0 + rate);
            Array.Fill(chunk, (byte)128);
            while (first < tones.Count && tones[first].EndUs * rate / 1_000_000 <= c0) first++;
            for (int i = first; i < tones.Count; i++)
            {
                var t = tones[i];
                long from = t.StartUs * rate / 1_000_000, to = t.EndUs * rate / 1_000_000;
                if (from >= c1) break;
                double amplitude = 20 + 100 * Math.Min(1.0, t.DutyPermille / 500.0);
                for (long k = Math.Max(from, c0); k < Math.Min(to, c1); k++)
                {
                    double phase = (k - from) * (double)t.FrequencyHz / rate;
                    chunk[k - c0] = (byte)(128 + ((phase - Math.Floor(phase)) < 0.5 ? amplitude : -amplitude));
                }
            }

            f.Write(chunk, 0, (int)(c1 - c0));
        }

        return cut;
    }
}
