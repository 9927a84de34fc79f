using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// What the pod remembers across power cycles: the one copy of every setting. The target, the pacing engine and the
    /// plan read these fields; the controller changes them; the codec stores them. <see cref="Check"/> holds every
    /// settable field's rule (the phone's writes, the codec's validation and the controller use it), so adding a setting
    /// touches this record, the codec (and the phone's snapshot) and the one part that uses it.
    /// </summary>
    public sealed class PodSettings
    {
        public TargetMode TargetMode = TargetMode.Relative;
        public int PercentTenths = Tunables.TargetPercentDefaultTenths;
        public int AbsoluteSpm = Tunables.TargetAbsoluteDefaultSpm;
        public CueMode CueMode = CueMode.EveryStep;
        /// <summary>0 = mute … Tunables.VolumeMaxLevel = loudest.</summary>
        public int VolumeLevel = Tunables.VolumeDefaultLevel;
        public int ToneHz = Tunables.BeatToneHz;
        /// <summary>0 = not captured yet.</summary>
        public int BaselineSpm;
        public bool PlanEnabled = true;
        public int PlanStage;
        public int PlanSuccessfulRuns;
        /// <summary>All runs the plan counted (drives the faded-feedback schedule).</summary>
        public int PlanCompletedRuns;
        public bool PhaseLock;
        public int AutoSleepS = Tunables.AutoSleepDefaultS;
        /// <summary>Deep sleep also wakes on motion (MPU-6050 motion interrupt on its INT pin), not only on the Up button.</summary>
        public bool WakeOnMotion;
        /// <summary>Distance per step (mm) from a calibration run; 0 = not calibrated (the footpod then sends speed 0).</summary>
        public int StrideLengthMm;
        /// <summary>Known distance of a calibration run started from the buttons (m).</summary>
        public int CalibrationDistanceM = Tunables.CalibrationDistanceDefaultM;

        /// <summary>
        /// Whether value is a valid <paramref name="id"/> (<see cref="PodSettingId"/>): Ok, OutOfRange or UnknownSetting.
        /// The ranges are the record's; what the pod's state allows (a relative target needs a baseline) is the
        /// controller's.
        /// </summary>
        public static SettingResult Check(int id, int value)
        {
            switch (id)
            {
                case (int)PodSettingId.TargetMode:
                    return InRange(value, (int)TargetMode.Relative, (int)TargetMode.Absolute);
                case (int)PodSettingId.TargetPercentTenths:
                    if (value % Tunables.TargetPercentStepTenths != 0) return SettingResult.OutOfRange;
                    return InRange(value, Tunables.TargetPercentMinTenths, Tunables.TargetPercentMaxTenths);
                case (int)PodSettingId.TargetAbsoluteSpm:
                    return InRange(value, Tunables.TargetAbsoluteMinSpm, Tunables.TargetAbsoluteMaxSpm);
                case (int)PodSettingId.CueMode:
                    return InRange(value, (int)CueMode.EveryStep, (int)CueMode.SilentProbe);
                case (int)PodSettingId.Volume:
                    return InRange(value, 0, Tunables.VolumeMaxLevel);
                case (int)PodSettingId.PhaseLock:
                case (int)PodSettingId.PlanEnabled:
                case (int)PodSettingId.WakeOnMotion:
                    return InRange(value, 0, 1);
                case (int)PodSettingId.AutoSleepS:
                    return InRange(value, Tunables.AutoSleepMinS, Tunables.AutoSleepMaxS);
                case (int)PodSettingId.ToneHz:
                    int[] choices = Tunables.BeatToneChoicesHz;
                    for (int i = 0; i < choices.Length; i++)
                    {
                        if (choices[i] == value) return SettingResult.Ok;
                    }

                    return SettingResult.OutOfRange;
                case (int)PodSettingId.CalibrationDistanceM:
                    return InRange(value, Tunables.CalibrationDistanceMinM, Tunables.CalibrationDistanceMaxM);
                case (int)PodSettingId.StrideLengthMm:
                    return value == 0 ? SettingResult.Ok : InRange(value, Tunables.StrideMinMm, Tunables.StrideMaxMm);
                default:
                    return SettingResult.UnknownSetting;
            }
        }

        /// <summary>Stores a value <see cref="Check"/> accepted (an unknown id changes nothing).</summary>
        public void Set(int id, int value)
        {
            switch (id)
            {
                case (int)PodSettingId.TargetMode: TargetMode = (TargetMode)value; break;
                case (int)PodSettingId.TargetPercentTenths: PercentTenths = value; break;
                case (int)PodSettingId.TargetAbsoluteSpm: AbsoluteSpm = value; break;
                case (int)PodSettingId.CueMode: CueMode = (CueMode)value; break;
                case (int)PodSettingId.Volume: VolumeLevel = value; break;
                case (int)PodSettingId.PhaseLock: PhaseLock = value == 1; break;
                case (int)PodSettingId.PlanEnabled: PlanEnabled = value == 1; break;
                case (int)PodSettingId.WakeOnMotion: WakeOnMotion = value == 1; break;
                case (int)PodSettingId.AutoSleepS: AutoSleepS = value; break;
                case (int)PodSettingId.ToneHz: ToneHz = value; break;
                case (int)PodSettingId.CalibrationDistanceM: CalibrationDistanceM = value; break;
                case (int)PodSettingId.StrideLengthMm: StrideLengthMm = value; break;
            }
        }

        static SettingResult InRange(int value, int min, int max)
        {
            return value >= min && value <= max ? SettingResult.Ok : SettingResult.OutOfRange;
        }

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
