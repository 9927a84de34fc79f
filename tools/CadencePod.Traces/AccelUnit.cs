namespace CadencePod.Traces;

/// <summary>The unit of a recording's acceleration columns: the trace format's g, or m/s² converted on reading.</summary>
public enum AccelUnit
{
    G,
    MetresPerSecondSquared,
}
