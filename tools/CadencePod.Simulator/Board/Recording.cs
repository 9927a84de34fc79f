using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>The recording a simulation ran over: its name, time base and ground truth (held, never its samples).</summary>
public sealed class Recording
{
    public required string Name { get; init; }
    /// <summary>Time of the first sample (ms, the recording's own time base).</summary>
    public double StartMs { get; init; }
    public double DurationMs { get; init; }
    public double[]? TrueStepsMs { get; init; }

    public static Recording Of(Trace t) => new() { Name = t.Name, StartMs = t.TimeMs[0], DurationMs = t.DurationMs, TrueStepsMs = t.TrueStepsMs };
    public static Recording Of(TraceInfo t) => new() { Name = t.Name, StartMs = t.StartMs, DurationMs = t.DurationMs, TrueStepsMs = t.TrueStepsMs };
}
