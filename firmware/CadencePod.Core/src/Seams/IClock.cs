namespace CadencePod.Core.Seams
{
    /// <summary>Microsecond clock. 32 bits wrap every 71.6 min: compare times only through <see cref="Time.DiffUs"/>.</summary>
    public interface IClock
    {
        uint NowUs();
    }
}
