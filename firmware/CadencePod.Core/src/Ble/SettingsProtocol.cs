using CadencePod.Core.Pod;
using CadencePod.Core.Storage;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The CadencePod service's settings and commands, byte for byte (docs/ble.md). Every write is checked in full
    /// before anything changes: a wrong length, an unknown id or an out-of-range value is an ATT error and nothing is
    /// stored or applied. A valid write goes through <see cref="PodController.TrySetSetting"/>, as a button change does.
    /// <para>Settings read (21 bytes, little-endian):</para>
    /// <code>
    /// 0  format version (1)
    /// 1  target mode (0 relative, 1 absolute)      2  relative target (tenths of a %)     3  absolute target (u16 spm)
    /// 5  cue mode (0–4)                             6  volume (0–3)                         7  beat tone (u16 Hz)
    /// 9  flags: bit 0 phase lock, bit 1 progression plan, bit 2 wake on motion, bit 3 calibration run in progress
    /// 10 plan stage (0 +5 %, 1 +7.5 %, 2 +10 %)     11 auto-sleep (u16 s)                   13 baseline (u16 spm, 0 none)
    /// 15 current target (u16 spm, 0 none)           17 stride length (u16 mm, 0 none)       19 calibration distance (u16 m)
    /// </code>
    /// <para>Settings write: exactly 3 bytes, a <see cref="PodSettingId"/> then its value as u16.</para>
    /// <para>Command write: 0x01 reset baseline; 0x02 start calibration; 0x03 + u16 m finish calibration over that
    /// distance (0 = the stored calibration distance); 0x04 cancel calibration.</para>
    /// </summary>
    public static class SettingsProtocol
    {
        public const int SnapshotVersion = 1;
        public const int SnapshotBytes = 21;
        public const int SettingWriteBytes = 3;

        public const int CommandResetBaseline = 0x01;
        public const int CommandStartCalibration = 0x02;
        public const int CommandFinishCalibration = 0x03;
        public const int CommandCancelCalibration = 0x04;

        public const int FlagPhaseLock = 1;
        public const int FlagPlan = 2;
        public const int FlagWakeOnMotion = 4;
        public const int FlagCalibrating = 8;

        public static int EncodeSnapshot(PodController controller, bool calibrating, byte[] into)
        {
            PodSettings s = controller.Settings;
            into[0] = SnapshotVersion;
            into[1] = (byte)s.TargetMode;
            into[2] = (byte)s.PercentTenths;
            LittleEndian.PutU16(into, 3, s.AbsoluteSpm);
            into[5] = (byte)s.CueMode;
            into[6] = (byte)s.VolumeLevel;
            LittleEndian.PutU16(into, 7, s.ToneHz);
            into[9] = (byte)((s.PhaseLock ? FlagPhaseLock : 0) | (s.PlanEnabled ? FlagPlan : 0)
                | (s.WakeOnMotion ? FlagWakeOnMotion : 0) | (calibrating ? FlagCalibrating : 0));
            into[10] = (byte)s.PlanStage;
            LittleEndian.PutU16(into, 11, s.AutoSleepS);
            LittleEndian.PutU16(into, 13, controller.Target.BaselineSpm);
            LittleEndian.PutU16(into, 15, controller.Target.TargetSpm);
            LittleEndian.PutU16(into, 17, s.StrideLengthMm);
            LittleEndian.PutU16(into, 19, s.CalibrationDistanceM);
            return SnapshotBytes;
        }

        /// <summary>Checks and applies one Settings write; returns 0 or the ATT error (then nothing changed).</summary>
        public static int WriteSetting(PodController controller, byte[] value, int length, uint nowUs)
        {
            if (length != SettingWriteBytes) return AttError.InvalidAttributeValueLength;
            return AttErrorOf(controller.TrySetSetting(value[0], LittleEndian.GetU16(value, 1), nowUs));
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
