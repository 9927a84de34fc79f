namespace CadencePod.Core
{
    /// <summary>
    /// Every tunable of the firmware, in one place. Signal-processing values are in seconds, hertz or g and
    /// are turned into samples at the engine's sample rate, so the same values hold from 50 to 200 Hz.
    /// docs/algorithm.md and docs/pacing.md give the reason for each.
    /// </summary>
    public static class Tunables
    {
        // ---- Step detection (docs/algorithm.md) ----

        /// <summary>Time constant of the gravity / DC estimate of the magnitude (s).</summary>
        public const float DcTimeConstantS = 0.8f;

        /// <summary>Cut-off of each of the two cascaded one-pole low-pass stages (Hz); removes heel-strike spikes.</summary>
        public const float LowPassHz = 3.2f;

        /// <summary>Half-life of the amplitude envelope that scales the thresholds (s).</summary>
        public const float EnvelopeHalfLifeS = 1.5f;

        /// <summary>A peak must rise above this share of the envelope …</summary>
        public const float PeakRiseFraction = 0.35f;

        /// <summary>… and the signal must fall below minus this share before the next peak can start.</summary>
        public const float PeakFallFraction = 0.10f;

        /// <summary>Smallest filtered peak that can be a step (g); quieter motion is fidgeting.</summary>
        public const float MinPeakG = 0.06f;

        /// <summary>Fastest cadence we accept (spm): sets the fixed refractory period (never scaled by cadence).</summary>
        public const int MaxCadenceSpm = 250;

        /// <summary>Slowest cadence we accept (spm).</summary>
        public const int MinCadenceSpm = 40;

        /// <summary>Regular steps needed before a bout is confirmed and its held-back steps are released.</summary>
        public const int ConfirmSteps = 6;

        /// <summary>Two consecutive step intervals may differ by at most this ratio while a bout is forming.</summary>
        public const float MaxIntervalRatio = 1.6f;

        /// <summary>Once a bout runs, a peak sooner than this share of the step period is a second peak of the same step.</summary>
        public const float DoublePeakFraction = 0.6f;

        /// <summary>Horizontal-to-vertical energy ratio below which periodic impacts are jumps, not steps.</summary>
        public const float MinHorizontalRatio = 0.06f;

        /// <summary>Time constant of the gravity direction and energy estimates used for that ratio (s).</summary>
        public const float GravityTimeConstantS = 2.0f;

        /// <summary>Steps (an even number, so left/right asymmetry cancels) averaged for the cadence.</summary>
        public const int CadenceWindowSteps = 8;

        /// <summary>Still when no step came for the step period plus this (s) …</summary>
        public const float StillAfterExtraS = 0.7f;

        /// <summary>… and never later than this after the last step (s).</summary>
        public const float StillAfterMaxS = 2.0f;

        /// <summary>Running at or above this cadence (spm) …</summary>
        public const int RunningEnterSpm = 140;

        /// <summary>… and back to walking below this one (hysteresis).</summary>
        public const int RunningLeaveSpm = 132;
    }
}
