using CadencePod.Core.Pacing;

namespace CadencePod.Core.Storage
{
    /// <summary>What the pod remembers across power cycles.</summary>
    public sealed class PodSettings
    {
        public TargetMode TargetMode = TargetMode.Relative;
        public int PercentTenths = Tunables.TargetPercentDefaultTenths;
        public int AbsoluteSpm = Tunables.TargetAbsoluteDefaultSpm;
        public CueMode CueMode = CueMode.EveryStep;
        /// <summary>0 = mute … 3 = loudest.</summary>
        public int VolumeLevel = 2;
        public int ToneHz = Tunables.BeatToneHz;
        /// <summary>0 = not captured yet.</summary>
        public int BaselineSpm;
        public bool PlanEnabled = true;
        public int PlanStage;
        public int PlanSuccessfulRuns;
        public int PlanCompletedRuns;
        public bool PhaseLock;
        public int AutoSleepS = Tunables.AutoSleepDefaultS;
        /// <summary>Deep sleep also wakes on motion (MPU-6050 motion interrupt on its INT pin), not only on the Up button.</summary>
        public bool WakeOnMotion;
        /// <summary>Distance per step (mm) from a calibration run; 0 = not calibrated (the footpod then sends speed 0).</summary>
        public int StrideLengthMm;
        /// <summary>Known distance of a calibration run started from the buttons (m).</summary>
        public int CalibrationDistanceM = Tunables.CalibrationDistanceDefaultM;

        public void ResetToDefaults()
        {
            CopyFrom(new PodSettings());
        }

        public void CopyFrom(PodSettings o)
        {
            TargetMode = o.TargetMode;
            PercentTenths = o.PercentTenths;
            AbsoluteSpm = o.AbsoluteSpm;
            CueMode = o.CueMode;
            VolumeLevel = o.VolumeLevel;
            ToneHz = o.ToneHz;
            BaselineSpm = o.BaselineSpm;
            PlanEnabled = o.PlanEnabled;
            PlanStage = o.PlanStage;
            PlanSuccessfulRuns = o.PlanSuccessfulRuns;
            PlanCompletedRuns = o.PlanCompletedRuns;
            PhaseLock = o.PhaseLock;
            AutoSleepS = o.AutoSleepS;
            WakeOnMotion = o.WakeOnMotion;
            StrideLengthMm = o.StrideLengthMm;
            CalibrationDistanceM = o.CalibrationDistanceM;
        }

        public bool SameAs(PodSettings o)
        {
            return TargetMode == o.TargetMode && PercentTenths == o.PercentTenths && AbsoluteSpm == o.AbsoluteSpm
                && CueMode == o.CueMode && VolumeLevel == o.VolumeLevel && ToneHz == o.ToneHz && BaselineSpm == o.BaselineSpm
                && PlanEnabled == o.PlanEnabled && PlanStage == o.PlanStage && PlanSuccessfulRuns == o.PlanSuccessfulRuns
                && PlanCompletedRuns == o.PlanCompletedRuns && PhaseLock == o.PhaseLock && AutoSleepS == o.AutoSleepS
                && WakeOnMotion == o.WakeOnMotion && StrideLengthMm == o.StrideLengthMm && CalibrationDistanceM == o.CalibrationDistanceM;
        }
    }
}
