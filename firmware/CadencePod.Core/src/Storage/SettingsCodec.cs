using CadencePod.Core.Pacing;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// Settings record, version 1, little-endian:
    /// <code>
    /// 0  'C' 'P'   magic
    /// 2  version   (1)
    /// 3  length    payload bytes (20)
    /// 4  sequence  uint32, +1 per save (the newer of the two slots wins, wrap-safe)
    /// 8  payload   target mode, percent (tenths), absolute spm (u16), cue mode, volume, tone (u16), baseline (u16),
    ///              plan flags, plan stage, plan successful runs, plan completed runs (u16), phase lock, auto-sleep (u16 s),
    ///              wake on motion, 1 spare (records written before byte 26 was used read it as 0 = off)
    /// 28 crc32     over bytes 0–27
    /// </code>
    /// Decoding validates everything (magic, version, length, CRC, every field's range) and never throws.
    /// </summary>
    public static class SettingsCodec
    {
        public const int RecordBytes = 32;
        public const byte Version = 1;
        const int PayloadBytes = 20;

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
            LittleEndian.PutU32(buffer, 28, Crc32.Compute(buffer, 0, 28));
            return RecordBytes;
        }

        /// <summary>True and the settings when the record is valid; false (settings untouched) otherwise.</summary>
        public static bool TryDecode(byte[] buffer, int length, PodSettings into, out uint sequence)
        {
            sequence = 0;
            if (buffer == null || length < RecordBytes) return false;
            if (buffer[0] != (byte)'C' || buffer[1] != (byte)'P' || buffer[2] != Version || buffer[3] != PayloadBytes) return false;
            if (LittleEndian.GetU32(buffer, 28) != Crc32.Compute(buffer, 0, 28)) return false;

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
            if (mode > 1 || percent < Tunables.TargetPercentMinTenths || percent > Tunables.TargetPercentMaxTenths) return false;
            if (absolute < Tunables.TargetAbsoluteMinSpm || absolute > Tunables.TargetAbsoluteMaxSpm) return false;
            if (cue > (int)CueMode.SilentProbe || volume > 3 || tone < 1000 || tone > 5000) return false;
            if (baseline != 0 && (baseline < Tunables.MinCadenceSpm || baseline > Tunables.MaxCadenceSpm)) return false;
            if (planFlags > 1 || stage >= ProgressionPlan.StageTenths.Length || phaseLock > 1) return false;
            if (sleep < 60 || sleep > 7200 || wakeOnMotion > 1 || buffer[27] != 0) return false;

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
            return true;
        }
    }
}
