namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// Progression across runs: +5 % → +7.5 % → +10 %, moving on after <see cref="Tunables.PlanRunsToAdvance"/>
    /// runs held in the zone; never above +10 %; can be switched off.
    /// </summary>
    public sealed class ProgressionPlan
    {
        public static readonly int[] StageTenths = { 50, 75, 100 };

        public bool Enabled = true;
        public int Stage;
        public int SuccessfulRuns;
        /// <summary>All counted runs (drives the faded-feedback schedule).</summary>
        public int CompletedRuns;

        public int CurrentPercentTenths { get { return StageTenths[Stage]; } }

        /// <summary>Counts a finished run; true when it moved the plan to the next stage.</summary>
        public bool OnRunCompleted(RunSummary run)
        {
            if (run.RunningS < Tunables.PlanMinRunS) return false;
            CompletedRuns++;
            if (!Enabled) return false;
            if (run.InZonePercent >= Tunables.PlanInZoneSharePercent) SuccessfulRuns++;
            if (SuccessfulRuns < Tunables.PlanRunsToAdvance || Stage >= StageTenths.Length - 1) return false;
            Stage++;
            SuccessfulRuns = 0;
            return true;
        }
    }
}
