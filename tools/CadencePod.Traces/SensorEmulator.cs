using System;

namespace CadencePod.Traces;

/// <summary>
/// Turns a recording into what the pod's MPU-6050 would deliver (trace-format.md, "Emulating the sensor"):
/// resampled to the output data rate on the recording's own time axis (linear interpolation), quantised
/// to counts at the full-scale range, clipped at full scale.
/// </summary>
public static class SensorEmulator
{
    public const int DefaultSampleRateHz = 100;
    public const int CountsPerGAt8G = 4096;

    /// <summary>Interleaved x, y, z counts at sampleRateHz; sample k is at t0 + k / rate.</summary>
    public static short[] Emulate(Trace trace, int sampleRateHz, int countsPerG, out int sampleCount) =>
        Emulate(trace, (double)sampleRateHz, countsPerG, out sampleCount);

    /// <summary>The same at a fractional rate: a sensor whose oscillator is off its nominal rate.</summary>
    public static short[] Emulate(Trace trace, double sampleRateHz, int countsPerG, out int sampleCount)
    {
        double t0 = trace.TimeMs[0];
        double durationMs = trace.TimeMs[^1] - t0;
        double count = Math.Floor(durationMs * sampleRateHz / 1000.0) + 1;
        if (!(count <= MaxArraySamples))
            throw new TraceFormatException(trace.Name, 0, $"{count:0} samples at {sampleRateHz:0.#} Hz do not fit in memory (at most {MaxArraySamples}); replay streams any length");
        sampleCount = (int)count;
        var xyz = new short[sampleCount * 3];
        int j = 0;
        for (int k = 0; k < sampleCount; k++)
        {
            double t = t0 + k * 1000.0 / sampleRateHz;
            while (j + 1 < trace.Count && trace.TimeMs[j + 1] <= t) j++;
            double ax, ay, az;
            if (j + 1 < trace.Count && trace.TimeMs[j + 1] > trace.TimeMs[j])
            {
                double f = (t - trace.TimeMs[j]) / (trace.TimeMs[j + 1] - trace.TimeMs[j]);
                if (f < 0) f = 0;
                ax = trace.Ax[j] + (trace.Ax[j + 1] - trace.Ax[j]) * f;
                ay = trace.Ay[j] + (trace.Ay[j + 1] - trace.Ay[j]) * f;
                az = trace.Az[j] + (trace.Az[j + 1] - trace.Az[j]) * f;
            }
            else
            {
                ax = trace.Ax[j];
                ay = trace.Ay[j];
                az = trace.Az[j];
            }

            xyz[3 * k] = ToCounts(ax, countsPerG);
            xyz[3 * k + 1] = ToCounts(ay, countsPerG);
            xyz[3 * k + 2] = ToCounts(az, countsPerG);
        }

        return xyz;
    }

    /// <summary>Most samples one in-memory emulation holds (three shorts each): 6 GB of counts would not be a useful answer.</summary>
    public const int MaxArraySamples = 300_000_000;

    public static short ToCounts(double g, int countsPerG)
    {
        double c = Math.Round(g * countsPerG);
        if (c > short.MaxValue) return short.MaxValue;
        if (c < short.MinValue) return short.MinValue;
        return (short)c;
    }
}
