using CadencePod.Core.Pacing;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;

namespace CadencePod.Doubles
{
    /// <summary>The pacing engine on its own: the settings it reads, the target over them and the runner snapshot a test fills.</summary>
    public sealed class PacingRig
    {
        public readonly PodSettings Settings = new PodSettings();
        public readonly RunnerSnapshot Runner = new RunnerSnapshot();
        public readonly PaceTarget Target;
        public readonly PacingEngine Engine;

        /// <summary>A relative target over the given baseline (0: none yet).</summary>
        public PacingRig(int baselineSpm)
        {
            Target = new PaceTarget(Settings);
            if (baselineSpm > 0) Target.SetBaselineSpm(baselineSpm);
            Engine = new PacingEngine(Settings, Target, Runner);
        }

        /// <summary>The runner as the loop would report it after a batch.</summary>
        public void Report(float cadenceSpm, MotionState motion, int confidencePercent, int stepPeriodUs, bool hasFootfall, uint nextFootfallUs)
        {
            Runner.CadenceSpm = cadenceSpm;
            Runner.Motion = motion;
            Runner.ConfidencePercent = confidencePercent;
            Runner.StepPeriodUs = stepPeriodUs;
            Runner.HasFootfall = hasFootfall;
            Runner.NextFootfallUs = nextFootfallUs;
        }
    }
}
