namespace CadencePod.Traces;

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
