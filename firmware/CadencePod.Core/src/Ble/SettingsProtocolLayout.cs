namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The CadencePod service's payloads, byte for byte (little-endian): docs/records.md's tables "Settings read",
    /// "Settings write", "Command" and "Log Control", with their operation codes and flags.
    /// </summary>
    public static class SettingsProtocolLayout
    {
        // ---- Settings read: the snapshot (little-endian) ----
        public const int SnapshotVersion = 1;
        public const int SnapshotBytes = 21;
        public const int AtSnapshotVersion = 0;
        public const int AtTargetMode = 1;
        public const int AtPercentTenths = 2;
        public const int AtAbsoluteSpm = 3;
        public const int AtCueMode = 5;
        public const int AtVolume = 6;
        public const int AtToneHz = 7;
        public const int AtFlags = 9;
        public const int AtPlanStage = 10;
        public const int AtAutoSleepS = 11;
        public const int AtBaselineSpm = 13;
        public const int AtTargetSpm = 15;
        public const int AtStrideLengthMm = 17;
        public const int AtCalibrationDistanceM = 19;

        public const int FlagPhaseLock = 1;
        public const int FlagPlan = 2;
        public const int FlagWakeOnMotion = 4;
        public const int FlagCalibrating = 8;

        // ---- Settings write: a PodSettingId, then its value ----
        public const int SettingWriteBytes = 3;
        public const int AtWriteId = 0;
        public const int AtWriteValue = 1;

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
    }
}
