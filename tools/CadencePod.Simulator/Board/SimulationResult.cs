using System.Collections.Generic;
using CadencePod.Core.Storage;

namespace CadencePod.Simulator.Board;

/// <summary>What a simulated run produced.</summary>
public sealed class SimulationResult
{
    public required Recording Recording { get; init; }
    public List<SecondRecord> Seconds { get; } = new();
    public List<double> StepsMs { get; } = new();
    public List<ToneRecord> Tones { get; init; } = new();
    public List<EventRecord> Events { get; init; } = new();
    public int BeatsPlayed { get; set; }
    public int BeatsSkipped { get; set; }
    public int LostSamples { get; set; }
    public PodSettings Settings { get; init; } = new();
    public double WallSeconds { get; set; }
    public int SampleRateHz { get; init; }
    /// <summary>The serial console, when <see cref="SimulationOptions.SerialCapture"/> asked for it.</summary>
    public List<string>? Serial { get; set; }
}
