namespace CadencePod.Traces;

/// <summary>One stretch of a scenario; cadence moves linearly from StartSpm to EndSpm.</summary>
public sealed record Segment(ActivityKind Kind, double DurationS, double StartSpm = 0, double EndSpm = 0);
