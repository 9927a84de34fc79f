using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using static CadencePod.Core.Storage.SettingsRecordLayout;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// The settings record, version 2, little-endian; the layout is docs/records.md's table, byte for byte, and
    /// <see cref="SettingsRecordLayout"/> holds its offsets. Version 1 (32 bytes: the same fields up to byte 27, the CRC
    /// at 28) is still read, with no stride calibration and the default calibration distance, so settings saved before
    /// the Bluetooth release survive the update. Decoding validates everything (magic, version, length, CRC, every field by the record's own
    /// rules, <see cref="PodSettings.Check"/>) and never throws.
    /// </summary>
    public static class SettingsCodec
    {
        public static int Encode(PodSettings s, uint sequence, byte[] buffer)
        {
            for (int i = 0; i < RecordBytes; i++) buffer[i] = 0;
            buffer[AtMagic] = MagicC;
            buffer[AtMagic + 1] = MagicP;
            buffer[AtVersion] = Version;
            buffer[AtPayloadBytes] = PayloadBytes;
            LittleEndian.PutU32(buffer, AtSequence, sequence);
            buffer[AtTargetMode] = (byte)s.TargetMode;
            buffer[AtPercentTenths] = (byte)s.PercentTenths;
            LittleEndian.PutU16(buffer, AtAbsoluteSpm, s.AbsoluteSpm);
            buffer[AtCueMode] = (byte)s.CueMode;
            buffer[AtVolume] = (byte)s.VolumeLevel;
            LittleEndian.PutU16(buffer, AtToneHz, s.ToneHz);
            LittleEndian.PutU16(buffer, AtBaselineSpm, s.BaselineSpm);
            buffer[AtPlanEnabled] = (byte)(s.PlanEnabled ? 1 : 0);
            buffer[AtPlanStage] = (byte)s.PlanStage;
            buffer[AtPlanSuccessfulRuns] = (byte)s.PlanSuccessfulRuns;
            LittleEndian.PutU16(buffer, AtPlanCompletedRuns, s.PlanCompletedRuns);
            buffer[AtPhaseLock] = (byte)(s.PhaseLock ? 1 : 0);
            LittleEndian.PutU16(buffer, AtAutoSleepS, s.AutoSleepS);
            buffer[AtWakeOnMotion] = (byte)(s.WakeOnMotion ? 1 : 0);
            LittleEndian.PutU16(buffer, AtStrideLengthMm, s.StrideLengthMm);
            LittleEndian.PutU16(buffer, AtCalibrationDistanceM, s.CalibrationDistanceM);
            LittleEndian.PutU32(buffer, AtCrc, Crc32.Compute(buffer, 0, AtCrc));
            return RecordBytes;
        }

        /// <summary>True and the settings when the record is valid; false (settings untouched) otherwise.</summary>
        public static bool TryDecode(byte[] buffer, int length, PodSettings into, out uint sequence)
        {
            sequence = 0;
            if (buffer == null || length < V1RecordBytes) return false;
            if (buffer[AtMagic] != MagicC || buffer[AtMagic + 1] != MagicP) return false;
            bool v2 = buffer[AtVersion] == Version && buffer[AtPayloadBytes] == PayloadBytes;
            bool v1 = buffer[AtVersion] == Version1 && buffer[AtPayloadBytes] == V1PayloadBytes;
            if (!v1 && !v2) return false;
            if (v2 && length < RecordBytes) return false;
            int crcAt = v2 ? AtCrc : AtCrcV1;
            if (LittleEndian.GetU32(buffer, crcAt) != Crc32.Compute(buffer, 0, crcAt)) return false;

            int mode = buffer[AtTargetMode];
            int percent = buffer[AtPercentTenths];
            int absolute = LittleEndian.GetU16(buffer, AtAbsoluteSpm);
            int cue = buffer[AtCueMode];
            int volume = buffer[AtVolume];
            int tone = LittleEndian.GetU16(buffer, AtToneHz);
            int baseline = LittleEndian.GetU16(buffer, AtBaselineSpm);
            int planEnabled = buffer[AtPlanEnabled];
            int stage = buffer[AtPlanStage];
            int successful = buffer[AtPlanSuccessfulRuns];
            int completed = LittleEndian.GetU16(buffer, AtPlanCompletedRuns);
            int phaseLock = buffer[AtPhaseLock];
            int sleep = LittleEndian.GetU16(buffer, AtAutoSleepS);
            int wakeOnMotion = buffer[AtWakeOnMotion];
            int strideMm = v2 ? LittleEndian.GetU16(buffer, AtStrideLengthMm) : 0;
            int calibrationM = v2 ? LittleEndian.GetU16(buffer, AtCalibrationDistanceM) : Tunables.CalibrationDistanceDefaultM;
            if (!Valid(PodSettingId.TargetMode, mode) || !Valid(PodSettingId.TargetPercentTenths, percent)
                || !Valid(PodSettingId.TargetAbsoluteSpm, absolute) || !Valid(PodSettingId.CueMode, cue)
                || !Valid(PodSettingId.Volume, volume) || !Valid(PodSettingId.ToneHz, tone)
                || !Valid(PodSettingId.PlanEnabled, planEnabled) || !Valid(PodSettingId.PhaseLock, phaseLock)
                || !Valid(PodSettingId.AutoSleepS, sleep) || !Valid(PodSettingId.WakeOnMotion, wakeOnMotion)
                || !Valid(PodSettingId.StrideLengthMm, strideMm) || !Valid(PodSettingId.CalibrationDistanceM, calibrationM))
            {
                return false;
            }

            // The fields the phone cannot set: a baseline the target would accept, a plan stage that exists.
            if (baseline != 0 && (baseline < Tunables.MinCadenceSpm || baseline > Tunables.MaxCadenceSpm)) return false;
            if (stage >= Tunables.PlanStageTenths.Length || buffer[AtSpare] != 0) return false;
            if (v2)
            {
                for (int i = AtSpareV2; i < AtSpareV2 + SpareV2Bytes; i++)
                {
                    if (buffer[i] != 0) return false;
                }
            }

            sequence = LittleEndian.GetU32(buffer, AtSequence);
            into.TargetMode = (TargetMode)mode;
            into.PercentTenths = percent;
            into.AbsoluteSpm = absolute;
            into.CueMode = (CueMode)cue;
            into.VolumeLevel = volume;
            into.ToneHz = tone;
            into.BaselineSpm = baseline;
            into.PlanEnabled = planEnabled == 1;
            into.PlanStage = stage;
            into.PlanSuccessfulRuns = successful;
            into.PlanCompletedRuns = completed;
            into.PhaseLock = phaseLock == 1;
            into.AutoSleepS = sleep;
            into.WakeOnMotion = wakeOnMotion == 1;
            into.StrideLengthMm = strideMm;
            into.CalibrationDistanceM = calibrationM;
            return true;
        }

        static bool Valid(PodSettingId id, int value)
        {
            return PodSettings.Check((int)id, value) == SettingResult.Ok;
        }
    }
}
