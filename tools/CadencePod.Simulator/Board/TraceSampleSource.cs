using System;
using CadencePod.Doubles;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>The double's samples from an emulated recording; after its end, a pod lying still (1 g on z).</summary>
public sealed class TraceSampleSource(SensorSamples samples, int samplesCountsPerG = SensorEmulator.CountsPerGAt8G) : ISampleSource
{
    public void Sample(long k, int countsPerG, out short x, out short y, out short z)
    {
        if (k >= samples.Count || k < 0)
        {
            x = 0;
            y = 0;
            z = (short)countsPerG;
            return;
        }

        samples.Get(k, out x, out y, out z);
        if (countsPerG == samplesCountsPerG) return;
        x = (short)Math.Clamp(x * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
        y = (short)Math.Clamp(y * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
        z = (short)Math.Clamp(z * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
    }
}
