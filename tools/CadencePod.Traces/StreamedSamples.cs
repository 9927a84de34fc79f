using System;

namespace CadencePod.Traces;

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
