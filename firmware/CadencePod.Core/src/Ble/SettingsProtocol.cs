using CadencePod.Core.Pod;
using CadencePod.Core.Storage;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The CadencePod service's settings, commands and log control, byte for byte: docs/records.md has one table per
    /// payload (settings snapshot, settings write, command, log control) and the offsets below are those tables. Every
    /// write is checked in full before anything changes: a wrong length, an unknown id or an out-of-range value is an ATT
    /// error and nothing is stored or applied. A valid write goes through <see cref="PodController.TrySetSetting"/>, as a
    /// button change does.
    /// </summary>
    public static class SettingsProtocol
    {
        // ---- Settings read: the snapshot (little-endian) ----
        public const int SnapshotVersion = 1;
        public const int SnapshotBytes = 21;
        const int AtSnapshotVersion = 0;
        const int AtTargetMode = 1;
        const int AtPercentTenths = 2;
        const int AtAbsoluteSpm = 3;
        const int AtCueMode = 5;
        const int AtVolume = 6;
        const int AtToneHz = 7;
        const int AtFlags = 9;
        const int AtPlanStage = 10;
        const int AtAutoSleepS = 11;
        const int AtBaselineSpm = 13;
        const int AtTargetSpm = 15;
        const int AtStrideLengthMm = 17;
        const int AtCalibrationDistanceM = 19;

        public const int FlagPhaseLock = 1;
        public const int FlagPlan = 2;
        public const int FlagWakeOnMotion = 4;
        public const int FlagCalibrating = 8;

        // ---- Settings write: a PodSettingId, then its value ----
        public const int SettingWriteBytes = 3;
        const int AtWriteId = 0;
        const int AtWriteValue = 1;

        // ---- Command and Log Control writes: an operation byte first ----
        public const int AtOperation = 0;
        public const int CommandBytes = 1;
        public const int CommandResetBaseline = 0x01;
        public const int CommandStartCalibration = 0x02;
        /// <summary>Finish calibration over a distance: the operation, then the distance (u16 m; 0 = the stored one).</summary>
        public const int CommandFinishCalibration = 0x03;
        public const int FinishCalibrationBytes = 3;
        public const int AtFinishDistanceM = 1;
        public const int CommandCancelCalibration = 0x04;

        public const int LogRewind = 0x01;
        public const int LogRewindBytes = 1;
        /// <summary>Seek to a run: the operation, then the run's sequence number (u32).</summary>
        public const int LogSeek = 0x02;
        public const int LogSeekBytes = 5;
        public const int AtSeekSequence = 1;

        public static int EncodeSnapshot(PodController controller, bool calibrating, byte[] into)
        {
            PodSettings s = controller.Settings;
            into[AtSnapshotVersion] = SnapshotVersion;
            into[AtTargetMode] = (byte)s.TargetMode;
            into[AtPercentTenths] = (byte)s.PercentTenths;
            LittleEndian.PutU16(into, AtAbsoluteSpm, s.AbsoluteSpm);
            into[AtCueMode] = (byte)s.CueMode;
            into[AtVolume] = (byte)s.VolumeLevel;
            LittleEndian.PutU16(into, AtToneHz, s.ToneHz);
            into[AtFlags] = (byte)((s.PhaseLock ? FlagPhaseLock : 0) | (s.PlanEnabled ? FlagPlan : 0)
                | (s.WakeOnMotion ? FlagWakeOnMotion : 0) | (calibrating ? FlagCalibrating : 0));
            into[AtPlanStage] = (byte)s.PlanStage;
            LittleEndian.PutU16(into, AtAutoSleepS, s.AutoSleepS);
            LittleEndian.PutU16(into, AtBaselineSpm, s.BaselineSpm);
            LittleEndian.PutU16(into, AtTargetSpm, controller.Target.TargetSpm);
            LittleEndian.PutU16(into, AtStrideLengthMm, s.StrideLengthMm);
            LittleEndian.PutU16(into, AtCalibrationDistanceM, s.CalibrationDistanceM);
            return SnapshotBytes;
        }

        /// <summary>Checks and applies one Settings write; returns 0 or the ATT error (then nothing changed).</summary>
        public static int WriteSetting(PodController controller, byte[] value, int length, uint nowUs)
        {
            if (length != SettingWriteBytes) return AttError.InvalidAttributeValueLength;
            return AttErrorOf(controller.TrySetSetting(value[AtWriteId], LittleEndian.GetU16(value, AtWriteValue), nowUs));
        }

        public static int AttErrorOf(SettingResult r)
        {
            switch (r)
            {
                case SettingResult.Ok: return AttError.None;
                case SettingResult.UnknownSetting: return AttError.UnknownOperation;
                case SettingResult.OutOfRange: return AttError.OutOfRange;
                default: return AttError.NotPossibleNow;
            }
        }
    }
}
