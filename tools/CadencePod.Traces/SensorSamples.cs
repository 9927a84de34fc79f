namespace CadencePod.Traces;

/// <summary>The emulated sensor's samples, read in non-decreasing order of k (a FIFO drains forward, dropping some).</summary>
public abstract class SensorSamples
{
    /// <summary>Samples k = 0 … Count − 1; sample k is at the recording's first time + k / rate.</summary>
    public abstract long Count { get; }
    public abstract void Get(long k, out short x, out short y, out short z);
}
