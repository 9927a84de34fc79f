namespace CadencePod.Core
{
    /// <summary>Wrap-safe arithmetic on the 32-bit microsecond clock.</summary>
    public static class Time
    {
        public const int SecondsPerMinute = 60;
        public const int UsPerSecond = 1000000;
        public const long UsPerMinute = 60000000L;

        /// <summary>a − b in µs, correct across the 2^32 wrap as long as |a − b| &lt; 35 min.</summary>
        public static int DiffUs(uint a, uint b)
        {
            return (int)(a - b);
        }

        /// <summary>True when a is at or after b (wrap-safe).</summary>
        public static bool IsAtOrAfter(uint a, uint b)
        {
            return (int)(a - b) >= 0;
        }

        /// <summary>Beat period in µs for a tempo in steps per minute (rounded to the nearest µs).</summary>
        public static int PeriodUsFromSpm(int cadenceSpm)
        {
            if (cadenceSpm <= 0) return 0;
            return (int)((UsPerMinute + cadenceSpm / 2) / cadenceSpm);
        }
    }
}
