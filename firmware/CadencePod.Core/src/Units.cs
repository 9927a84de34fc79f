namespace CadencePod.Core
{
    /// <summary>Unit conversions that are not about time (those are in <see cref="Time"/>).</summary>
    public static class Units
    {
        /// <summary>A whole in tenths of a percent (‰): the unit of every …Tenths setting and tunable.</summary>
        public const int PermillePerWhole = 1000;

        /// <summary>A whole in percent.</summary>
        public const int PercentPerWhole = 100;
    }
}
