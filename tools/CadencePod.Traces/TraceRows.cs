namespace CadencePod.Traces;

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
