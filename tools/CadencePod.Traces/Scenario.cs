using System.Collections.Generic;

namespace CadencePod.Traces;

/// <summary>A seeded recipe for one synthetic waist trace.</summary>
public sealed class Scenario
{
    public string Name { get; init; } = "";
    public string Group { get; init; } = "";
    public int Seed { get; init; }
    public List<Segment> Segments { get; init; } = new();
    /// <summary>Left/right step-interval difference (0.15 = one foot's interval 15 % longer).</summary>
    public double Asymmetry { get; init; } = 0.04;
    /// <summary>Step-to-step interval variability (coefficient of variation).</summary>
    public double IntervalCv { get; init; } = 0.02;
    /// <summary>Heel-strike spike height (g) at foot contact while running.</summary>
    public double HeelStrikeG { get; init; } = 0.8;
    public double NoiseG { get; init; } = 0.015;
    /// <summary>Scale of the gait accelerations (a light, smooth runner &lt; 1; a heavy one &gt; 1).</summary>
    public double Vigour { get; init; } = 1.0;
    public string Placement { get; init; } = "waist";
    /// <summary>
    /// Realistic timing (slow wander, surges, terrain, setting off): see <see cref="GaitVariability"/>. Null: every step
    /// interval is the segment's cadence with white noise of <see cref="IntervalCv"/> only (the standard set).
    /// </summary>
    public GaitVariability? Variability { get; init; }
}
