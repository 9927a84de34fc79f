namespace CadencePod.Traces;

/// <summary>
/// How a real runner's or walker's step timing varies (docs/algorithm.md, "Realistic synthetic runners", gives the
/// published figures behind each range). On top of the segment's cadence and the left/right asymmetry:
/// <list type="bullet">
/// <item>step-to-step white noise (<see cref="StepCv"/>);</item>
/// <item>a slow, persistent wander of the cadence (the long-range correlations of stride intervals): a sum of three
/// Ornstein–Uhlenbeck processes with time constants of 5, 12 and 30 s, of total standard deviation <see cref="WanderCv"/>,
/// so it drifts ±2 σ over 5–30 s;</item>
/// <item>surges and easing-offs: a change of speed whose cadence change is 1–4 % (either way; runners change speed mostly
/// by stride length), reached over 2–4 s, held 10–40 s, then undone;</item>
/// <item>terrain: stretches of 20–90 s with their own cadence offset (σ 1.5 %, at most ±3 %), vigour (0.75–1.25×) and heel
/// strike (0.5–1.5×), blended over 4 s;</item>
/// <item>setting off from a stand: the first steps are slower (80–95 % of the cadence) and softer (60 % of the vigour),
/// approaching the pace with a time constant of 0.5–2 s; stopping: the last second slows by up to 8 %.</item>
/// </list>
/// </summary>
public sealed class GaitVariability
{
    /// <summary>Step-to-step white noise of the interval (coefficient of variation).</summary>
    public double StepCv { get; init; } = 0.02;
    /// <summary>Standard deviation of the slow wander of the cadence (fraction).</summary>
    public double WanderCv { get; init; } = 0.015;
    /// <summary>Mean number of surges or easing-offs per minute.</summary>
    public double SurgesPerMinute { get; init; }
    /// <summary>Mean number of terrain changes per minute (0: treadmill or track).</summary>
    public double TerrainChangesPerMinute { get; init; }
    /// <summary>Whether bouts that start from a stand speed up over their first steps and slow down at the end.</summary>
    public bool SetsOff { get; init; } = true;

    internal static readonly double[] WanderTimeConstantsS = { 5, 12, 30 };
}
