using CadencePod.Core.Pod;
using CadencePod.Core.Storage;
using static CadencePod.Core.Ble.SettingsProtocolLayout;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The CadencePod service's settings, commands and log control, byte for byte: docs/records.md has one table per
    /// payload (settings snapshot, settings write, command, log control) and <see cref="SettingsProtocolLayout"/> holds them. Every
    /// write is checked in full before anything changes: a wrong length, an unknown id or an out-of-range value is an ATT
    /// error and nothing is stored or applied. A valid write goes through <see cref="PodController.TrySetSetting"/>, as a
    /// button change does.
    /// </summary>
    public static class SettingsProtocol
    {
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
            if (length != SettingWriteBytes) return AttErrorCodes.InvalidAttributeValueLength;
            return AttErrorOf(controller.TrySetSetting(value[AtWriteId], LittleEndian.GetU16(value, AtWriteValue), nowUs));
        }

        public static int AttErrorOf(SettingResult r)
        {
            switch (r)
            {
                case SettingResult.Ok: return AttErrorCodes.None;
                case SettingResult.UnknownSetting: return AttErrorCodes.UnknownOperation;
                case SettingResult.OutOfRange: return AttErrorCodes.OutOfRange;
                default: return AttErrorCodes.NotPossibleNow;
            }
        }
    }
}
