namespace CadencePod.Core.Pacing
{
    /// <summary>What one run looked like, for the run log and the progression plan.</summary>
    public sealed class RunSummary
    {
        public int DurationS;
        public int RunningS;
        public int Steps;
        /// <summary>Mean cadence while running (spm).</summary>
        public int MeanCadenceSpm;
        public int BaselineSpm;
        public int TargetSpm;
        /// <summary>Share of paced running time within the tolerance zone (percent).</summary>
        public int InZonePercent;
        /// <summary>Mean unaided cadence of the last silent probe (spm), 0 when none ran.</summary>
        public int ProbeCadenceSpm;

        public void Clear()
        {
            DurationS = 0;
            RunningS = 0;
            Steps = 0;
            MeanCadenceSpm = 0;
            BaselineSpm = 0;
            TargetSpm = 0;
            InZonePercent = 0;
            ProbeCadenceSpm = 0;
        }
    }
}
