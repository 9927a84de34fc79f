namespace CadencePod.Simulator.Board;

/// <summary>An injected sensor fault over a time window, from the start of the run (reliability tests use these).</summary>
public sealed record SensorFault(long FromUs, long ToUs, SensorFaultKind Kind, double Rate = 1.0);
