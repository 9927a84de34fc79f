namespace CadencePod.Traces;

/// <summary>
/// What every recording is checked against before any work starts (trace-format.md plus the simulator's limits):
/// one place for the numbers, named in the error messages and in docs/simulator.md.
/// </summary>
public static class TraceLimits
{
    /// <summary>Implied sample rate ((samples − 1) / duration) the tools accept (Hz): below, the recording is too coarse
    /// for steps; above, the time column is almost certainly in seconds (or the rows are duplicated).</summary>
    public const double MinRateHz = 20, MaxRateHz = 2000;

    /// <summary>A gap between two samples longer than this (ms) is refused: the replay would interpolate a flat line across it.</summary>
    public const double MaxGapMs = 5000;

    /// <summary>A line longer than this (characters) is not a trace row (binary data, or no line breaks).</summary>
    public const int MaxLineChars = 4096;

    /// <summary>Mean acceleration magnitude (in the file's unit) that means m/s² (gravity is 9.81 m/s²) …</summary>
    public const double MetresPerSecondSquaredMin = 6.5, MetresPerSecondSquaredMax = 13.5;

    /// <summary>… and above which the values are raw sensor counts (4096 or 16384 per g on an MPU-6050).</summary>
    public const double CountsMin = 200;

    /// <summary>Standard gravity: 1 g in m/s².</summary>
    public const double StandardGravity = 9.80665;
}
