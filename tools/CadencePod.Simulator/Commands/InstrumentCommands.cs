using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CadencePod.Core;
using CadencePod.Traces;

namespace CadencePod.Simulator.Commands;

/// <summary>cost and bench: the figures of the algorithm scoreboard.</summary>
public static class InstrumentCommands
{
    public static int Cost(string? tracePath, int rateHz, double minutes, string? units = "g")
    {
        Ranges.RateHz.Check(rateHz);
        Ranges.CostMinutes.Check(minutes);
        var unit = CliArgs.ParseUnits(units);
        Trace trace;
        if (tracePath != null)
        {
            var info = TraceReader.Check(tracePath, unit);
            if (info.DurationMs > Ranges.CostMinutes.Max * 60_000)
                throw new UsageException($"{tracePath}: {TraceReader.Span(info.DurationMs)} long; cost measures at most {Ranges.CostMinutes.Max:0} minutes (cut the recording)");
            trace = Trace.Load(tracePath);
            if (info.ScaleToG != 1.0) trace = Scaled(trace, info.ScaleToG);
        }
        else
        {
            trace = TenMinuteRun(minutes);
        }

        var r = CostMeter.Measure(trace, rateHz);
        foreach (var line in CostLines(r, rateHz)) Console.WriteLine(line);
        return 0;
    }

    /// <summary>The cost report; a figure over its budget is marked OVER.</summary>
    public static List<string> CostLines(CostMeter.Result r, int rateHz)
    {
        string Over(double value, double budget) => value > budget ? $" — OVER the {budget:0} budget" : "";
        var lines = new List<string>
        {
            $"cost meter: {r.TraceName}, {r.Samples} samples at {rateHz} Hz (IL instructions executed, counted per basic block)",
            $"  per sample: mean {r.MeanPerSample:0.0}{Over(r.MeanPerSample, Ranges.CostMeanBudgetIl)}, p99 {r.P99PerSample:0}, max {r.MaxPerSample}{Over(r.MaxPerSample, Ranges.CostMaxBudgetIl)} IL instructions;  budget mean ≤ {Ranges.CostMeanBudgetIl:0}, max ≤ {Ranges.CostMaxBudgetIl:0}",
            $"  per sample: {r.BytesPerSample:0.###} managed bytes allocated after warm-up (host CLR){Over(r.BytesPerSample, Ranges.CostBytesBudget)};  budget {Ranges.CostBytesBudget:0}",
            $"  per beat:   mean {r.MeanPerBeat:0.0}, max {r.MaxPerBeat} IL instructions in PacingEngine.TakeBeat (phase lock on), {r.BytesPerBeat:0.###} bytes allocated",
            r.StructLocals.Count == 0
                ? "  struct-typed locals in per-sample / per-beat / per-notification code: none (each would be a heap allocation per call on nanoFramework)"
                : "  struct-typed locals in per-sample / per-beat / per-notification code (each allocates per call on nanoFramework): " + string.Join("; ", r.StructLocals),
        };
        if (r.Ble is { } b)
        {
            lines.Add($"  per notification (Bluetooth, a central listening, the runner moving, a calibrated stride): mean {b.MeanPerNotification:0.0}, max {b.MaxPerNotification} IL instructions in BleService.OnSecond, {b.BytesPerNotification:0.###} bytes allocated; one a second");
            int polls = CadencePod.Core.Time.UsPerSecond / CadencePod.Core.Tunables.BlePollUs;
            lines.Add($"  idle request poll (BleService.Service, nothing waiting): {b.IlPerIdlePoll:0.0} IL instructions per call, {polls} calls a second");
            lines.Add($"  Bluetooth per second: {b.MeanPerNotification + polls * b.IlPerIdlePoll:0} IL instructions (one notification + {polls} idle polls), against {r.MeanPerSample * rateHz:0} for the {rateHz} samples of that second");
        }

        double usPerIl = JitterModel.PlanningUsPerIl;
        lines.Add($"  at {usPerIl} µs per IL instruction (docs/device-limits.md, a planning figure): {r.MeanPerSample * usPerIl:0} µs per sample on average, {r.MaxPerSample * usPerIl / 1000:0.00} ms at worst");
        if (r.MeanPerSample > Ranges.CostMeanBudgetIl || r.MaxPerSample > Ranges.CostMaxBudgetIl || r.BytesPerSample > Ranges.CostBytesBudget)
            lines.Add("  over budget: see the figures marked OVER");
        return lines;
    }

    static Trace Scaled(Trace t, double k)
    {
        var s = new Trace { Name = t.Name, TimeMs = t.TimeMs, Ax = t.Ax.Select(v => v * k).ToArray(), Ay = t.Ay.Select(v => v * k).ToArray(), Az = t.Az.Select(v => v * k).ToArray(), TrueStepsMs = t.TrueStepsMs };
        return s;
    }

    /// <summary>The jitter model with the loop's cost per sample given, or measured now on `cost`'s default trace (no old
    /// measurement is a default).</summary>
    public static int Jitter(double usPerIl, double? ilPerSample, double? ilPerSampleMax, double fifoReadUs, double spinIterationUs,
        double gcPauseUs, string design, int seed, double minutes, int tempoSpm)
    {
        if (ilPerSample == null || ilPerSampleMax == null)
        {
            var cost = CostMeter.Measure(TenMinuteRun(), SensorEmulator.DefaultSampleRateHz);
            Console.WriteLine($"IL per sample measured now (cost, {cost.TraceName}): mean {cost.MeanPerSample:0.0}, max {cost.MaxPerSample}");
            ilPerSample ??= Math.Round(cost.MeanPerSample, 1);
            ilPerSampleMax ??= cost.MaxPerSample;
        }

        var o = new JitterModel.Options(usPerIl, ilPerSample.Value, ilPerSampleMax.Value, SensorEmulator.DefaultSampleRateHz, fifoReadUs, spinIterationUs,
            gcPauseUs, Tunables.GcEverySeconds, design, seed, minutes, tempoSpm);
        Ranges.UsPerIl.Check(o.UsPerIl);
        Ranges.IlPerSample.Check(o.IlPerSample);
        Ranges.IlPerSampleMax.Check(o.IlPerSampleMax);
        if (o.IlPerSampleMax < o.IlPerSample) throw new UsageException($"bad --il-per-sample-max {o.IlPerSampleMax}: below --il-per-sample {o.IlPerSample}");
        Ranges.FifoReadUs.Check(o.FifoReadUs);
        Ranges.SpinIterationUs.Check(o.SpinIterationUs);
        Ranges.GcPauseUs.Check(o.GcPauseUs);
        Ranges.TempoBpm.Check(o.TempoSpm);
        Ranges.JitterMinutes.Check(o.Minutes);
        if (o.Design is not ("spin" or "sleep")) throw new UsageException($"bad --design '{o.Design}': spin or sleep");
        var res = JitterModel.Run(o);
        Console.WriteLine($"jitter model, design '{o.Design}': {res.Beats} beats at {o.TempoSpm} bpm, {o.UsPerIl} µs/IL, {o.IlPerSample} IL/sample (max {o.IlPerSampleMax})");
        Console.WriteLine($"  onset error: mean {res.MeanUs / 1000:0.000} ms, mean |error| {res.MeanAbsUs / 1000:0.000} ms, p99 {res.P99Us / 1000:0.000} ms, max {res.MaxUs / 1000:0.000} ms; beats off by > 5 ms: {res.Late5ms}");
        return 0;
    }

    /// <summary>A seeded 10-minute running trace (the budget's reference).</summary>
    public static Trace TenMinuteRun(double minutes = 10)
    {
        var sc = new Scenario
        {
            Name = $"run-{minutes:0}min-seed21",
            Seed = 21,
            Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Run, minutes * 60 - 10, 160, 178), new Segment(ActivityKind.Still, 5) },
        };
        return SyntheticGenerator.Generate(sc, 100);
    }

    /// <summary>
    /// The host throughput benchmark (the only one): a 1-hour, 100 Hz recording through the whole pod on the virtual
    /// board (× real time), and the cadence engine alone on the same recording's counts (ns per sample).
    /// </summary>
    public static int Bench(double minutes, int repeats)
    {
        Ranges.BenchMinutes.Check(minutes);
        Ranges.BenchRepeats.Check(repeats);
        var trace = TenMinuteRun(minutes);
        var options = new Board.SimulationOptions();
        options.ConfigureSettings = s => { s.BaselineSpm = 160; };
        options.Presses.Add(CliArgs.ParsePress("up-long@30s"));
        Board.Simulation.Run(trace, options); // warm-up (JIT)
        var times = new double[repeats];
        for (int i = 0; i < repeats; i++) times[i] = Board.Simulation.Run(trace, options).WallSeconds;
        double best = times.Min(), median = times.OrderBy(t => t).ElementAt(repeats / 2);
        double simulated = trace.DurationMs / 1000.0;
        Console.WriteLine($"bench: {minutes:0} min of 100 Hz running through the pod's loop on the virtual board, {repeats} runs");
        Console.WriteLine($"  wall time: best {best:0.000} s, median {median:0.000} s → {simulated / median:0}× real time (median), {simulated / best:0}× (best)");

        // The engine alone on the sensor's counts (emulated once, outside the timing): a fresh CadenceEngine per run.
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int samples);
        var engineTimes = new double[repeats];
        for (int i = 0; i <= repeats; i++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var engine = new CadencePod.Core.Signal.CadenceEngine(100, 4096);
            for (int k = 0; k < samples; k++) engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            if (i > 0) engineTimes[i - 1] = sw.Elapsed.TotalSeconds; // run 0 warms up (JIT)
        }

        double engineMedian = engineTimes.OrderBy(t => t).ElementAt(repeats / 2);
        Console.WriteLine($"  cadence engine alone (CadenceEngine.Process on the counts): {engineMedian / samples * 1e9:0.0} ns per sample, {samples / engineMedian / 1e6:0} M samples/s (median)");
        return 0;
    }
}
