namespace CadencePod.Core.Pacing
{
    public enum TargetMode
    {
        /// <summary>Baseline × (1 + p), p from +5 % to +10 %.</summary>
        Relative = 0,
        /// <summary>A fixed tempo, 120–220 spm.</summary>
        Absolute = 1,
    }
}
