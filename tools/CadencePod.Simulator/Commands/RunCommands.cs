using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadencePod.Core.Pod;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Reports;
using CadencePod.Traces;
using Spectre.Console;

namespace CadencePod.Simulator.Commands;

/// <summary>The demo (no arguments) and replay: the pod's own loop on the virtual board.</summary>
public static class RunCommands
{
    /// <summary>Colour, progress bar and table only on a terminal; plain lines (no escape codes) into files and pipes.</summary>
    static bool Fancy(bool quiet) => !quiet && !Console.IsOutputRedirected;

    public static int Demo(double minutes, int seed, string outDir, bool quiet, string? podDir = null)
    {
        Ranges.DemoMinutes.Check(minutes);
        OutputPaths.CheckFolder("--out", outDir);
        OutputPaths.CheckFolder("--pod", podDir);
        var scenario = SyntheticGenerator.DemoRun(minutes, seed);
        var trace = SyntheticGenerator.Generate(scenario, SyntheticGenerator.DefaultRateHz);
        double f = minutes / 20.0;
        var options = new SimulationOptions { SerialCapture = true, StoreFolder = podDir };
        // The runner's button presses: start pacing once the baseline is in, switch to off-target cues for the
        // tiring stretch, stop at the end of the cool-down.
        options.Presses.Add(CliArgs.ParsePress($"up-long@{440 * f:0.#}s") with { Label = "start pacing" });
        options.Presses.Add(CliArgs.ParsePress($"both@{880 * f:0.#}s") with { Label = "cue mode → every second step" });
        options.Presses.Add(CliArgs.ParsePress($"both@{883 * f:0.#}s") with { Label = "cue mode → off-target only" });
        options.Presses.Add(CliArgs.ParsePress($"up-long@{1160 * f:0.#}s") with { Label = "stop pacing" });
        string title = $"CadencePod demo: a generated {trace.DurationMs / 60000:0.#}-minute run (seed {seed}) through the pod's own loop on a virtual board.";
        string plan = "The runner: " + DescribeSegments(scenario) + ".";
        string presses = "Button presses: " + string.Join(", ", options.Presses.Select(p => $"{p.Label} ({ButtonWords(p)} at {Clock(p.AtUs / 1e6)})")) + ".";
        if (Fancy(quiet))
        {
            AnsiConsole.MarkupLine("[bold]" + Markup.Escape(title) + "[/]");
            AnsiConsole.WriteLine(plan);
            AnsiConsole.WriteLine(presses);
        }
        else if (!quiet)
        {
            Console.WriteLine(title);
            Console.WriteLine(plan);
            Console.WriteLine(presses);
        }

        WarnIfDebugBuild(quiet);
        var result = RunWithProgress(Recording.Of(trace), o => Simulation.Run(trace, options, o), quiet);
        string folder = Path.GetFullPath(outDir);
        var notes = ReportWriter.WriteAll(result, folder);
        ReportWriter.WriteSteps(result, Path.Combine(folder, "steps.csv"));
        ReportWriter.WriteCadence(result, Path.Combine(folder, "cadence.csv"));
        PrintSummary(result, quiet);
        foreach (var n in notes) Console.WriteLine(n);
        Console.WriteLine($"report: {folder}");
        return 0;
    }

    /// <summary>"walk 1.5 min at 105–115 spm → run 5.5 min at 158–162 spm → …" from the scenario itself.</summary>
    static string DescribeSegments(Scenario sc) => string.Join(" → ", sc.Segments.Select(s =>
    {
        string what = s.Kind switch
        {
            ActivityKind.Still => "standing",
            ActivityKind.Walk => "walking",
            ActivityKind.Run => "running",
            var k => k.ToString().ToLowerInvariant(),
        };
        string len = s.DurationS < 120 ? $"{s.DurationS:0} s" : $"{s.DurationS / 60:0.#} min";
        string pace = s.StartSpm <= 0 ? "" : Math.Abs(s.StartSpm - s.EndSpm) < 0.5 ? $" at {s.StartSpm:0} spm" : $" at {s.StartSpm:0}→{s.EndSpm:0} spm";
        return $"{what} {len}{pace}";
    }));

    static string ButtonWords(ScriptedPress p)
    {
        string button = p.Mask switch { 1 => "Up", 2 => "Down", 3 => "Up+Down", 4 => "Mode", _ => "buttons" };
        return p.HoldUs >= CliArgs.LongHoldUs ? $"hold {button}" : $"press {button}";
    }

    static string Clock(double seconds) => $"{(int)(seconds / 60)}:{(int)(seconds % 60):00}";

    /// <summary>The simulator's speed comes from Core: an unoptimised build of it runs about 15× slower.</summary>
    static void WarnIfDebugBuild(bool quiet)
    {
        var asm = typeof(PodLoop).Assembly;
        var dbg = (System.Diagnostics.DebuggableAttribute?)Attribute.GetCustomAttribute(asm, typeof(System.Diagnostics.DebuggableAttribute));
        if (!quiet && dbg != null && dbg.IsJITOptimizerDisabled)
            Console.WriteLine("note: this is a Debug build (slow); `dotnet run --project tools/CadencePod.Simulator -c Release` runs the same at full speed.");
    }

    /// <summary>Record mode on the virtual board: the serial capture a maker would save, streamed to a file.</summary>
    public static int Record(string tracePath, string outPath, string units)
    {
        var unit = CliArgs.ParseUnits(units);
        OutputPaths.CheckFile("--out", outPath, tracePath);
        var info = TraceReader.Check(tracePath, unit);
        using var reader = TraceReader.Open(info);
        long samples;
        using (var writer = new StreamWriter(outPath))
        {
            samples = Simulation.Record(Recording.Of(info),
                rateHz => new StreamedSamples(reader, info.StartMs, info.DurationMs, rateHz, SensorEmulator.CountsPerGAt8G), new SimulationOptions(), writer);
        }

        Console.WriteLine($"wrote {outPath}: the pod's serial console in record mode, {samples} samples at {SensorEmulator.DefaultSampleRateHz} Hz ({TraceReader.Span(samples * 1000.0 / SensorEmulator.DefaultSampleRateHz)}) after its boot lines");
        Console.WriteLine($"replay it as it is: replay {outPath}");
        return 0;
    }

    public static int Replay(string tracePath, ReplayArgs a)
    {
        // Everything is checked before the recording is read twice and the simulation starts.
        Ranges.RateHz.Check(a.RateHz);
        Ranges.OdrErrorPercent.Check(a.OdrErrorPercent);
        var unit = CliArgs.ParseUnits(a.Units);
        var options = new SimulationOptions { SampleRateHz = a.RateHz, OdrErrorPercent = a.OdrErrorPercent };
        foreach (var p in a.Presses) options.Presses.Add(CliArgs.ParsePress(p));
        Action<CadencePod.Core.Storage.PodSettings>? configure = null;
        if (a.Target != null) configure += CliArgs.ParseTarget(a.Target);
        if (a.Mode != null)
        {
            var mode = CliArgs.ParseMode(a.Mode);
            // A boot never resumes a silent probe: the runner starts one at the beginning, as the buttons or the phone do.
            if (mode == CadencePod.Core.Pacing.CueMode.SilentProbe)
                options.AfterBoot = (c, nowUs) => c.TrySetSetting((int)CadencePod.Core.Pod.PodSettingId.CueMode, (int)mode, nowUs);
            else configure += s => s.CueMode = mode;
        }

        if (a.BaselineSpm is int baseline)
        {
            CliArgs.CheckBaseline(baseline);
            configure += s => s.BaselineSpm = baseline;
        }

        if (a.PhaseLock) configure += s => s.PhaseLock = true;
        options.ConfigureSettings = configure;
        OutputPaths.CheckFile("--steps-out", a.StepsOut, tracePath);
        OutputPaths.CheckFile("--cadence-out", a.CadenceOut, tracePath);
        OutputPaths.CheckFolder("--report", a.ReportDir);
        OutputPaths.CheckFolder("--pod", a.PodDir);
        options.StoreFolder = a.PodDir;
        options.SerialCapture = a.ReportDir != null;

        var info = TraceReader.Check(tracePath, unit);
        foreach (var p in options.Presses)
            if (p.AtUs > info.DurationMs * 1000)
                throw new UsageException($"bad --press '{p.Label}': at {p.AtUs / 1e6:0.#} s, after the recording ends ({info.DurationMs / 1000:0.#} s)");
        if (info.ScaleToG != 1.0) Console.WriteLine($"note: {info.Name}: acceleration read as m/s² and converted to g (÷ {TraceLimits.StandardGravity})");

        var result = RunWithProgress(Recording.Of(info), o => Simulation.Run(info, options, o), a.Quiet);
        if (a.StepsOut != null) ReportWriter.WriteSteps(result, a.StepsOut);
        if (a.CadenceOut != null) ReportWriter.WriteCadence(result, a.CadenceOut);
        var notes = new List<string>();
        if (a.ReportDir != null) notes = ReportWriter.WriteAll(result, a.ReportDir);
        PrintSummary(result, a.Quiet);
        foreach (var n in notes) Console.WriteLine(n);
        if (a.ReportDir != null) Console.WriteLine($"report: {Path.GetFullPath(a.ReportDir)}");
        return 0;
    }

    public sealed class ReplayArgs
    {
        public string[] Presses { get; set; } = Array.Empty<string>();
        public string? Target { get; set; }
        public string? Mode { get; set; }
        public int? BaselineSpm { get; set; }
        public bool PhaseLock { get; set; }
        public int RateHz { get; set; } = 100;
        public double OdrErrorPercent { get; set; }
        public string? Units { get; set; }
        public string? StepsOut { get; set; }
        public string? CadenceOut { get; set; }
        public string? ReportDir { get; set; }
        public string? PodDir { get; set; }
        public bool Quiet { get; set; }
    }

    static SimulationResult RunWithProgress(Recording rec, Func<Action<double>?, SimulationResult> run, bool quiet)
    {
        if (!Fancy(quiet)) return run(null);
        SimulationResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask($"simulating {rec.DurationMs / 60000.0:0.#} min", maxValue: 1.0);
                result = run(p => task.Value = p);
                task.Value = 1.0;
            });
        return result!;
    }

    /// <summary>The summary's rows: plain words, "no ground truth" where the recording has none.</summary>
    public static List<(string Key, string Value)> SummaryRows(SimulationResult r)
    {
        // Time in zone over the seconds the metronome paced a running runner, read from the seconds themselves: the pod
        // closes its own run summary only when a run ends, and a recording may end mid-run.
        var paced = r.Seconds.Where(s => s.TempoSpm > 0 && s.Motion == (int)CadencePod.Core.Signal.MotionState.Running).ToList();
        int? trueSteps = r.Recording.TrueStepsMs?.Length;
        int faults = r.Events.Count(e => e.Kind is CadencePod.Core.Seams.PodEvent.SensorFault or CadencePod.Core.Seams.PodEvent.StorageError);
        var running = r.Seconds.Where(s => s.Motion == (int)CadencePod.Core.Signal.MotionState.Running).ToList();
        double simulatedS = r.Recording.DurationMs / 1000;
        string steps = trueSteps is int t
            ? t > 0 ? $"{r.StepsMs.Count} / {t} ({100.0 * (r.StepsMs.Count - t) / t:+0.00;-0.00;0.00} %)" : $"{r.StepsMs.Count} / 0 (the ground truth has no steps)"
            : $"{r.StepsMs.Count} / no ground truth";
        return new()
        {
            ("baseline", r.Seconds.Count > 0 && r.Seconds[^1].BaselineSpm > 0 ? $"{r.Seconds[^1].BaselineSpm} spm" : "not captured"),
            ("target", r.Seconds.Count > 0 && r.Seconds[^1].TargetSpm > 0 ? $"{r.Seconds[^1].TargetSpm} spm" : "none"),
            ("time in zone (paced running)", paced.Count > 0 ? $"{100.0 * paced.Count(s => s.InZone) / paced.Count:0} % of {paced.Count} s" : "no paced run"),
            ("steps detected / true", steps),
            ("mean cadence while running", running.Count > 0 ? $"{running.Average(s => s.CadenceSpm):0.0} spm ({running.Count} s running)" : "never running"),
            ("beats played (skipped under UI sounds)", $"{r.BeatsPlayed} ({r.BeatsSkipped})"),
            ("samples lost", $"{r.LostSamples}"),
            ("faults", $"{faults}"),
            ("simulated / wall time", $"{simulatedS:0} s / {r.WallSeconds:0.00} s ({simulatedS / Math.Max(1e-6, r.WallSeconds):0}× real time)"),
        };
    }

    static void PrintSummary(SimulationResult r, bool quiet)
    {
        var rows = SummaryRows(r);
        if (!Fancy(quiet))
        {
            foreach (var (k, v) in rows) Console.WriteLine($"{k}: {v}");
            return;
        }

        var table = new Table().Title("[bold]run summary[/]").AddColumn("").AddColumn("");
        foreach (var (k, v) in rows) table.AddRow(Markup.Escape(k), Markup.Escape(v));
        AnsiConsole.Write(table);
    }
}
