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

/// <summary>A source of trace rows in time order: t_ms and the acceleration in g.</summary>
public interface ISampleRows
{
    bool Next(out double t, out double x, out double y, out double z);
}

/// <summary>The emulated sensor's samples, read in non-decreasing order of k (a FIFO drains forward, dropping some).</summary>
public abstract class SensorSamples
{
    /// <summary>Samples k = 0 … Count − 1; sample k is at the recording's first time + k / rate.</summary>
    public abstract long Count { get; }
    public abstract void Get(long k, out short x, out short y, out short z);
}

/// <summary>Samples already emulated into memory (<see cref="SensorEmulator.Emulate(Trace, double, int, out int)"/>).</summary>
public sealed class ArraySamples(short[] xyz, int count) : SensorSamples
{
    public override long Count => count;

    public override void Get(long k, out short x, out short y, out short z)
    {
        x = xyz[3 * k];
        y = xyz[3 * k + 1];
        z = xyz[3 * k + 2];
    }
}

/// <summary>
/// The same emulation as <see cref="SensorEmulator.Emulate(Trace, double, int, out int)"/> — linear interpolation on the
/// recording's own time axis, quantised, clipped — computed as the samples are asked for, holding two rows: constant
/// memory for any length.
/// </summary>
public sealed class StreamedSamples : SensorSamples
{
    readonly ISampleRows _rows;
    readonly double _t0, _rateHz;
    readonly int _countsPerG;
    readonly long _count;
    double _ct, _cx, _cy, _cz; // the last row at or before the sample's time
    double _nt, _nx, _ny, _nz; // the row after it
    bool _hasNext;

    public StreamedSamples(ISampleRows rows, double startMs, double durationMs, double sampleRateHz, int countsPerG)
    {
        _rows = rows;
        _t0 = startMs;
        _rateHz = sampleRateHz;
        _countsPerG = countsPerG;
        _count = (long)Math.Floor(durationMs * sampleRateHz / 1000.0) + 1;
        if (!rows.Next(out _ct, out _cx, out _cy, out _cz)) throw new InvalidOperationException("no rows");
        _hasNext = rows.Next(out _nt, out _nx, out _ny, out _nz);
    }

    public override long Count => _count;

    public override void Get(long k, out short x, out short y, out short z)
    {
        double t = _t0 + k * 1000.0 / _rateHz;
        while (_hasNext && _nt <= t)
        {
            _ct = _nt; _cx = _nx; _cy = _ny; _cz = _nz;
            _hasNext = _rows.Next(out _nt, out _nx, out _ny, out _nz);
        }

        double ax, ay, az;
        if (_hasNext && _nt > _ct)
        {
            double f = (t - _ct) / (_nt - _ct);
            if (f < 0) f = 0;
            ax = _cx + (_nx - _cx) * f;
            ay = _cy + (_ny - _cy) * f;
            az = _cz + (_nz - _cz) * f;
        }
        else
        {
            ax = _cx;
            ay = _cy;
            az = _cz;
        }

        x = SensorEmulator.ToCounts(ax, _countsPerG);
        y = SensorEmulator.ToCounts(ay, _countsPerG);
        z = SensorEmulator.ToCounts(az, _countsPerG);
    }
}

/// <summary>A recording held in memory, as rows.</summary>
public sealed class TraceRows(Trace trace) : ISampleRows
{
    int _i;

    public bool Next(out double t, out double x, out double y, out double z)
    {
        if (_i >= trace.Count)
        {
            t = x = y = z = 0;
            return false;
        }

        t = trace.TimeMs[_i];
        x = trace.Ax[_i];
        y = trace.Ay[_i];
        z = trace.Az[_i];
        _i++;
        return true;
    }
}

