using CadencePod.Core.Pacing;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// Settings record, version 2, little-endian:
    /// <code>
    /// 0  'C' 'P'   magic
    /// 2  version   (2)
    /// 3  length    payload bytes (28)
    /// 4  sequence  uint32, +1 per save (the newer of the two slots wins, wrap-safe)
    /// 8  payload   target mode, percent (tenths), absolute spm (u16), cue mode, volume, tone (u16), baseline (u16),
    ///              plan flags, plan stage, plan successful runs, plan completed runs (u16), phase lock, auto-sleep (u16 s),
    ///              wake on motion, 1 spare (0),
    ///              28: stride length (u16 mm, 0 = not calibrated), 30: calibration distance (u16 m), 32–35 spare (0)
    /// 36 crc32     over bytes 0–35
    /// </code>
    /// Version 1 (32 bytes: the same fields up to byte 27, CRC at 28) is still read, with no stride calibration and the
    /// default calibration distance, so settings saved before the Bluetooth release survive the update.
    /// Decoding validates everything (magic, version, length, CRC, every field's range) and never throws.
    /// </summary>
    public static class SettingsCodec
    {
        public const int RecordBytes = 40;
        public const byte Version = 2;
        const int PayloadBytes = 28;
        const int V1RecordBytes = 32;
        const int V1PayloadBytes = 20;

        public static int Encode(PodSettings s, uint sequence, byte[] buffer)
        {
            for (int i = 0; i < RecordBytes; i++) buffer[i] = 0;
            buffer[0] = (byte)'C';
            buffer[1] = (byte)'P';
            buffer[2] = Version;
            buffer[3] = PayloadBytes;
            LittleEndian.PutU32(buffer, 4, sequence);
            buffer[8] = (byte)s.TargetMode;
            buffer[9] = (byte)s.PercentTenths;
            LittleEndian.PutU16(buffer, 10, s.AbsoluteSpm);
            buffer[12] = (byte)s.CueMode;
            buffer[13] = (byte)s.VolumeLevel;
            LittleEndian.PutU16(buffer, 14, s.ToneHz);
            LittleEndian.PutU16(buffer, 16, s.BaselineSpm);
            buffer[18] = (byte)(s.PlanEnabled ? 1 : 0);
            buffer[19] = (byte)s.PlanStage;
            buffer[20] = (byte)s.PlanSuccessfulRuns;
            LittleEndian.PutU16(buffer, 21, s.PlanCompletedRuns);
            buffer[23] = (byte)(s.PhaseLock ? 1 : 0);
            LittleEndian.PutU16(buffer, 24, s.AutoSleepS);
            buffer[26] = (byte)(s.WakeOnMotion ? 1 : 0);
            LittleEndian.PutU16(buffer, 28, s.StrideLengthMm);
            LittleEndian.PutU16(buffer, 30, s.CalibrationDistanceM);
            LittleEndian.PutU32(buffer, 36, Crc32.Compute(buffer, 0, 36));
            return RecordBytes;
        }

        /// <summary>True and the settings when the record is valid; false (settings untouched) otherwise.</summary>
        public static bool TryDecode(byte[] buffer, int length, PodSettings into, out uint sequence)
        {
            sequence = 0;
            if (buffer == null || length < V1RecordBytes) return false;
            if (buffer[0] != (byte)'C' || buffer[1] != (byte)'P') return false;
            bool v2 = buffer[2] == Version && buffer[3] == PayloadBytes;
            bool v1 = buffer[2] == 1 && buffer[3] == V1PayloadBytes;
            if (!v1 && !v2) return false;
            if (v2 && length < RecordBytes) return false;
            int crcAt = v2 ? 36 : 28;
            if (LittleEndian.GetU32(buffer, crcAt) != Crc32.Compute(buffer, 0, crcAt)) return false;

            int mode = buffer[8];
            int percent = buffer[9];
            int absolute = LittleEndian.GetU16(buffer, 10);
            int cue = buffer[12];
            int volume = buffer[13];
            int tone = LittleEndian.GetU16(buffer, 14);
            int baseline = LittleEndian.GetU16(buffer, 16);
            int planFlags = buffer[18];
            int stage = buffer[19];
            int successful = buffer[20];
            int completed = LittleEndian.GetU16(buffer, 21);
            int phaseLock = buffer[23];
            int sleep = LittleEndian.GetU16(buffer, 24);
            int wakeOnMotion = buffer[26];
            int strideMm = v2 ? LittleEndian.GetU16(buffer, 28) : 0;
            int calibrationM = v2 ? LittleEndian.GetU16(buffer, 30) : Tunables.CalibrationDistanceDefaultM;
            if (mode > 1 || percent < Tunables.TargetPercentMinTenths || percent > Tunables.TargetPercentMaxTenths) return false;
            if (absolute < Tunables.TargetAbsoluteMinSpm || absolute > Tunables.TargetAbsoluteMaxSpm) return false;
            if (cue > (int)CueMode.SilentProbe || volume > 3 || tone < 1000 || tone > 5000) return false;
            if (baseline != 0 && (baseline < Tunables.MinCadenceSpm || baseline > Tunables.MaxCadenceSpm)) return false;
            if (planFlags > 1 || stage >= ProgressionPlan.StageTenths.Length || phaseLock > 1) return false;
            if (sleep < 60 || sleep > 7200 || wakeOnMotion > 1 || buffer[27] != 0) return false;
            if (strideMm != 0 && (strideMm < Tunables.StrideMinMm || strideMm > Tunables.StrideMaxMm)) return false;
            if (calibrationM < Tunables.CalibrationDistanceMinM || calibrationM > Tunables.CalibrationDistanceMaxM) return false;
            if (v2 && (buffer[32] != 0 || buffer[33] != 0 || buffer[34] != 0 || buffer[35] != 0)) return false;

            sequence = LittleEndian.GetU32(buffer, 4);
            into.TargetMode = (TargetMode)mode;
            into.PercentTenths = percent;
            into.AbsoluteSpm = absolute;
            into.CueMode = (CueMode)cue;
            into.VolumeLevel = volume;
            into.ToneHz = tone;
            into.BaselineSpm = baseline;
            into.PlanEnabled = planFlags == 1;
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
    }
}
