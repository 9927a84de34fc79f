namespace CadencePod.Core.Storage
{
    /// <summary>
    /// The settings record, byte for byte: docs/records.md's "Settings record" tables (version 2, written and read;
    /// version 1, read only). Changing a value here changes the format on flash.
    /// </summary>
    public static class SettingsRecordLayout
    {
        public const int RecordBytes = 40;
        public const byte Version = 2;
        public const byte Version1 = 1;
        public const int PayloadBytes = 28;
        public const int V1RecordBytes = 32;
        public const int V1PayloadBytes = 20;
        public const byte MagicC = (byte)'C';
        public const byte MagicP = (byte)'P';

        // Offsets (docs/records.md, "Settings record").
        public const int AtMagic = 0;
        public const int AtVersion = 2;
        public const int AtPayloadBytes = 3;
        public const int AtSequence = 4;
        public const int AtTargetMode = 8;
        public const int AtPercentTenths = 9;
        public const int AtAbsoluteSpm = 10;
        public const int AtCueMode = 12;
        public const int AtVolume = 13;
        public const int AtToneHz = 14;
        public const int AtBaselineSpm = 16;
        public const int AtPlanEnabled = 18;
        public const int AtPlanStage = 19;
        public const int AtPlanSuccessfulRuns = 20;
        public const int AtPlanCompletedRuns = 21;
        public const int AtPhaseLock = 23;
        public const int AtAutoSleepS = 24;
        public const int AtWakeOnMotion = 26;
        public const int AtSpare = 27;
        public const int AtStrideLengthMm = 28;          // version 2
        public const int AtCalibrationDistanceM = 30;    // version 2
        public const int AtSpareV2 = 32;                 // 4 bytes, version 2
        public const int SpareV2Bytes = 4;
        public const int AtCrc = 36;
        public const int AtCrcV1 = 28;
    }
}
