namespace CadencePod.Traces;

/// <summary>A source of trace rows in time order: t_ms and the acceleration in g.</summary>
public interface ISampleRows
{
    bool Next(out double t, out double x, out double y, out double z);
}
