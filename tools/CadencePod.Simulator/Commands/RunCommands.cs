using System;
using System.IO;
using System.Linq;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Reports;
using CadencePod.Traces;
using Spectre.Console;

namespace CadencePod.Simulator.Commands;

/// <summary>The demo (no arguments) and replay: the pod's own loop on the virtual board.</summary>
public static class RunCommands
{
    public static int Demo(double minutes, int seed, string outDir, bool quiet)
    {
        if (minutes < 1 || minutes > 120) throw new UsageException($"bad --minutes {minutes}: 1 … 120");
        var scenario = SyntheticGenerator.DemoRun(minutes, seed);
        var trace = SyntheticGenerator.Generate(scenario, SyntheticGenerator.DefaultRateHz);
        double f = minutes / 20.0;
        var options = new SimulationOptions();
        // The runner's button presses: start pacing once the baseline is in, switch to off-target cues for the
        // tiring stretch, stop at the end of the cool-down.
        options.Presses.Add(CliArgs.ParsePress($"up-long@{440 * f:0.#}s") with { Label = "start pacing" });
        options.Presses.Add(CliArgs.ParsePress($"both@{880 * f:0.#}s") with { Label = "cue mode → every second step" });
        options.Presses.Add(CliArgs.ParsePress($"both@{883 * f:0.#}s") with { Label = "cue mode → off-target only" });
        options.Presses.Add(CliArgs.ParsePress($"up-long@{1160 * f:0.#}s") with { Label = "stop pacing" });
        if (!quiet)
        {
            AnsiConsole.MarkupLine($"[bold]CadencePod demo[/]: a generated {minutes:0.#}-minute run (seed {seed}) through the pod's own loop on a virtual board.");
            AnsiConsole.MarkupLine("Warm-up walk → easy running (baseline captured) → pacing at +5 % with a hidden ramp → a stop at a crossing → off-target stretch → cool-down walk.");
        }

        var result = RunWithProgress(trace, options, quiet);
        string folder = Path.GetFullPath(outDir);
        ReportWriter.WriteAll(result, folder);
        ReportWriter.WriteSteps(result, Path.Combine(folder, "steps.csv"));
        ReportWriter.WriteCadence(result, Path.Combine(folder, "cadence.csv"));
        PrintSummary(result, quiet);
        Console.WriteLine($"report: {folder}");
        return 0;
    }

    public static int Replay(string tracePath, ReplayArgs a)
    {
        var trace = Trace.Load(tracePath);
        if (a.OdrErrorPercent < -Tunables.RateCalibrationMaxErrorPercent || a.OdrErrorPercent > Tunables.RateCalibrationMaxErrorPercent)
            throw new UsageException($"bad --odr-error {a.OdrErrorPercent}: -{Tunables.RateCalibrationMaxErrorPercent} … {Tunables.RateCalibrationMaxErrorPercent} %");
        var options = new SimulationOptions { SampleRateHz = a.RateHz, OdrErrorPercent = a.OdrErrorPercent };
        foreach (var p in a.Presses) options.Presses.Add(CliArgs.ParsePress(p));
        Action<CadencePod.Core.Storage.PodSettings>? configure = null;
        if (a.Target != null) configure += CliArgs.ParseTarget(a.Target);
        if (a.Mode != null)
        {
            var mode = CliArgs.ParseMode(a.Mode);
            configure += s => s.CueMode = mode;
        }

        if (a.BaselineSpm > 0)
        {
            CliArgs.CheckBaseline(a.BaselineSpm);
            configure += s => s.BaselineSpm = a.BaselineSpm;
        }

        if (a.PhaseLock) configure += s => s.PhaseLock = true;
        options.ConfigureSettings = configure;
        if (a.RateHz < 50 || a.RateHz > 1000) throw new UsageException($"bad --rate {a.RateHz}: 50 … 1000 Hz");
        var result = RunWithProgress(trace, options, quiet: a.Quiet);
        if (a.StepsOut != null) ReportWriter.WriteSteps(result, a.StepsOut);
        if (a.CadenceOut != null) ReportWriter.WriteCadence(result, a.CadenceOut);
        if (a.ReportDir != null)
        {
            ReportWriter.WriteAll(result, a.ReportDir);
            Console.WriteLine($"report: {Path.GetFullPath(a.ReportDir)}");
        }

        PrintSummary(result, a.Quiet);
        return 0;
    }

    public sealed class ReplayArgs
    {
        public string[] Presses { get; set; } = Array.Empty<string>();
        public string? Target { get; set; }
        public string? Mode { get; set; }
        public int BaselineSpm { get; set; }
        public bool PhaseLock { get; set; }
        public int RateHz { get; set; } = 100;
        public double OdrErrorPercent { get; set; }
        public string? StepsOut { get; set; }
        public string? CadenceOut { get; set; }
        public string? ReportDir { get; set; }
        public bool Quiet { get; set; }
    }

    static SimulationResult RunWithProgress(Trace trace, SimulationOptions options, bool quiet)
    {
        if (quiet || Console.IsOutputRedirected) return Simulation.Run(trace, options);
        SimulationResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"simulating {trace.DurationMs / 60000.0:0.#} min", maxValue: 1.0);
                result = Simulation.Run(trace, options, p => task.Value = p);
                task.Value = 1.0;
            });
        return result!;
    }

    static void PrintSummary(SimulationResult r, bool quiet)
    {
        var run = r.LastRun;
        int trueSteps = r.Trace.TrueStepsMs?.Length ?? 0;
        double pacedZone = run?.InZonePercent ?? 0;
        int faults = r.Events.Count(e => e.Kind is CadencePod.Core.Seams.PodEvent.SensorFault or CadencePod.Core.Seams.PodEvent.StorageError);
        double meanCadence = r.Seconds.Where(s => s.Motion == 2).Select(s => s.CadenceSpm).DefaultIfEmpty(0).Average();
        var rows = new (string, string)[]
        {
            ("baseline", r.Seconds.Count > 0 && r.Seconds[^1].BaselineSpm > 0 ? $"{r.Seconds[^1].BaselineSpm} spm" : "not captured"),
            ("target", r.Seconds.Count > 0 && r.Seconds[^1].TargetSpm > 0 ? $"{r.Seconds[^1].TargetSpm} spm" : "-"),
            ("time in zone (paced running)", run != null ? $"{pacedZone:0} %" : "-"),
            ("steps detected / true", trueSteps > 0 ? $"{r.StepsMs.Count} / {trueSteps} ({100.0 * (r.StepsMs.Count - trueSteps) / trueSteps:+0.00;-0.00;0.00} %)" : $"{r.StepsMs.Count}"),
            ("mean cadence while running", $"{meanCadence:0.0} spm"),
            ("beats played (skipped under UI sounds)", $"{r.BeatsPlayed} ({r.BeatsSkipped})"),
            ("samples lost", $"{r.LostSamples}"),
            ("faults", $"{faults}"),
            ("simulated / wall time", $"{r.Trace.DurationMs / 1000:0} s / {r.WallSeconds:0.00} s ({r.Trace.DurationMs / 1000 / Math.Max(1e-6, r.WallSeconds):0}× real time)"),
        };
        if (quiet || Console.IsOutputRedirected)
        {
            foreach (var (k, v) in rows) Console.WriteLine($"{k}: {v}");
            return;
        }

        var table = new Table().Title("[bold]run summary[/]").AddColumn("").AddColumn("");
        foreach (var (k, v) in rows) table.AddRow(Markup.Escape(k), Markup.Escape(v));
        AnsiConsole.Write(table);
    }
}
