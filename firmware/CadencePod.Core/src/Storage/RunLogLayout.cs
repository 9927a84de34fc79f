namespace CadencePod.Core.Storage
{
    /// <summary>
    /// The run-log record, byte for byte: docs/records.md's "Run-log record" table, and where the records live in the
    /// block store. A 32-byte header, then one byte per minute. Changing a value here changes the format on flash.
    /// </summary>
    public static class RunLogLayout
    {
        /// <summary>Store slots: 0 and 1 are the settings' (SettingsStore); runs start here, leaving room for more records.</summary>
        public const int FirstSlot = 16;

        /// <summary>Minutes one record holds (3 h, longer than any run the plan is for); later minutes are dropped.</summary>
        public const int MaxMinutes = 180;

        /// <summary>The header: the run summary, the minute count and the CRC; the minutes follow it.</summary>
        public const int HeaderBytes = 32;
        public const int RecordBytes = HeaderBytes + MaxMinutes;

        // Offsets (docs/records.md, "Run-log record").
        public const int AtMagic = 0;
        public const int AtSequence = 4;
        public const int AtDurationS = 8;
        public const int AtRunningS = 10;
        public const int AtSteps = 12;
        public const int AtMeanCadenceSpm = 14;
        public const int AtBaselineSpm = 16;
        public const int AtTargetSpm = 18;
        public const int AtInZonePercent = 20;
        public const int AtProbeCadenceSpm = 21;
        public const int AtMinuteCount = 23;
        public const int AtCrc = 24;
        public const int AtMinutes = HeaderBytes;
        public const byte MagicR = (byte)'R';
        public const byte MagicL = (byte)'L';

        /// <summary>The largest value of a u16 field (durations and steps are capped at it) and of a minute's byte (spm).</summary>
        public const int MaxU16 = 0xFFFF;
        public const int MaxMinuteSpm = 0xFF;
    }
}
