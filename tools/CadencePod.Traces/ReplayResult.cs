using System.Collections.Generic;

namespace CadencePod.Traces;

/// <summary>What the engine made of one recording.</summary>
public sealed class ReplayResult
{
    public List<double> StepsMs { get; } = new();
    /// <summary>Cadence at whole seconds of the recording's time base, t = 1000, 2000, … ms (index 0 is t = 1 s).</summary>
    public List<double> CadenceSpm { get; } = new();
    public int SampleCount { get; set; }
    public int SampleRateHz { get; set; }
    /// <summary>Time of the recording's last sample (ms); 0 means "the last scored second" (hand-made replays).</summary>
    public double EndMs { get; set; }
}
