using System;
using System.Collections.Generic;

namespace CadencePod.Traces;

/// <summary>What one streaming pass over a recording found: it is well formed, and how long, how fast, in what unit.</summary>
public sealed class TraceInfo
{
    public required string Path { get; init; }
    public required string Name { get; init; }
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);
    public long Samples { get; init; }
    public double StartMs { get; init; }
    public double EndMs { get; init; }
    public double DurationMs => EndMs - StartMs;
    public double ImpliedRateHz => DurationMs > 0 ? (Samples - 1) * 1000.0 / DurationMs : double.PositiveInfinity;
    /// <summary>Mean |(ax, ay, az)| in the file's own unit.</summary>
    public double MeanMagnitude { get; init; }
    /// <summary>Multiplies the file's values into g (1, or 1 / 9.80665 for m/s²).</summary>
    public double ScaleToG { get; init; } = 1.0;
    public double[]? TrueStepsMs { get; set; }
}
