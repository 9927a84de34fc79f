namespace CadencePod.Core.Pacing
{
    /// <summary>What happened to a requested value.</summary>
    public enum ClampResult
    {
        Ok = 0,
        ClampedLow = 1,
        ClampedHigh = 2,
    }
}
