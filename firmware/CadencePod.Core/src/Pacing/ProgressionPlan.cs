using CadencePod.Core.Storage;

namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// Progression across runs: +5 % → +7.5 % → +10 % (<see cref="Tunables.PlanStageTenths"/>), moving on after
    /// <see cref="Tunables.PlanRunsToAdvance"/> runs held in the zone; never above +10 %; can be switched off. The rules
    /// over the settings' plan fields (enabled, stage, runs): the plan keeps no copy of its own.
    /// </summary>
    public sealed class ProgressionPlan
    {
        readonly PodSettings _settings;

        public ProgressionPlan(PodSettings settings)
        {
            _settings = settings;
        }

        public int CurrentPercentTenths { get { return Tunables.PlanStageTenths[_settings.PlanStage]; } }

        /// <summary>Counts a finished run; true when it moved the plan to the next stage.</summary>
        public bool OnRunCompleted(RunSummary run)
        {
            PodSettings s = _settings;
            if (run.RunningS < Tunables.PlanMinRunS) return false;
            s.PlanCompletedRuns++;
            if (!s.PlanEnabled) return false;
            if (run.InZonePercent >= Tunables.PlanInZoneSharePercent) s.PlanSuccessfulRuns++;
            if (s.PlanSuccessfulRuns < Tunables.PlanRunsToAdvance || s.PlanStage >= Tunables.PlanStageTenths.Length - 1) return false;
            s.PlanStage++;
            s.PlanSuccessfulRuns = 0;
            return true;
        }
    }
}
