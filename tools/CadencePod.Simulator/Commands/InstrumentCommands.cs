using System;
using System.Globalization;
using System.IO;
using System.Linq;
using CadencePod.Traces;

namespace CadencePod.Simulator.Commands;

/// <summary>cost and bench: the figures of the algorithm scoreboard.</summary>
public static class InstrumentCommands
{
    public static int Cost(string? tracePath, int rateHz, double minutes)
    {
        if (rateHz < 50 || rateHz > 1000) throw new UsageException($"bad --rate {rateHz}: 50 … 1000 Hz");
        Trace trace = tracePath != null ? Trace.Load(tracePath) : TenMinuteRun(minutes);
        var r = CostMeter.Measure(trace, rateHz);
        Console.WriteLine($"cost meter: {r.TraceName}, {r.Samples} samples at {rateHz} Hz (IL instructions executed, counted per basic block)");
        Console.WriteLine($"  per sample: mean {r.MeanPerSample:0.0}, p99 {r.P99PerSample:0}, max {r.MaxPerSample} IL instructions;  budget mean ≤ 300, max ≤ 1500");
        Console.WriteLine($"  per sample: {r.BytesPerSample:0.###} managed bytes allocated after warm-up (host CLR);  budget 0");
        Console.WriteLine($"  per beat:   mean {r.MeanPerBeat:0.0}, max {r.MaxPerBeat} IL instructions in PacingEngine.TakeBeat (phase lock on), {r.BytesPerBeat:0.###} bytes allocated");
        Console.WriteLine(r.StructLocals.Count == 0
            ? "  struct-typed locals in per-sample / per-beat code: none (each would be a heap allocation per call on nanoFramework)"
            : "  struct-typed locals in per-sample / per-beat code (each allocates per call on nanoFramework): " + string.Join("; ", r.StructLocals));
        double usPerIl = 1.5;
        Console.WriteLine($"  at {usPerIl} µs per IL instruction (device-limits.md estimate): {r.MeanPerSample * usPerIl:0} µs per sample on average, {r.MaxPerSample * usPerIl / 1000:0.00} ms at worst");
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

    /// <summary>Replays a 1-hour, 100 Hz recording through the whole pod and reports the speed (× real time).</summary>
    public static int Bench(double minutes, int repeats)
    {
        if (minutes <= 0 || minutes > 600) throw new UsageException($"bad --minutes {minutes}: 0 … 600");
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

        var engineTimes = new double[repeats];
        for (int i = 0; i < repeats; i++)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            EngineReplay.Run(trace, 100);
            engineTimes[i] = sw.Elapsed.TotalSeconds;
        }

        double samples = trace.DurationMs / 10.0;
        Console.WriteLine($"  cadence engine alone (with sensor emulation): {samples / engineTimes.OrderBy(t => t).ElementAt(repeats / 2) / 1e6:0.00} M samples/s");
        return 0;
    }
}
