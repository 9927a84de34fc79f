namespace CadencePod.Core.Seams
{
    /// <summary>What happened, for the run log, the serial console and the simulator's events CSV.</summary>
    public enum PodEvent
    {
        Boot = 0,
        StateChanged = 1,
        Button = 2,
        Beat = 3,
        Pattern = 4,
        BaselineCaptured = 5,
        TargetChanged = 6,
        CueModeChanged = 7,
        SettingsReset = 8,
        SensorFault = 9,
        SensorRecovered = 10,
        BatteryLow = 11,
        Shutdown = 12,
        Sleep = 13,
        RunEnded = 14,
        ProbeEnded = 15,
        PlanAdvanced = 16,
        SamplesLost = 17,
        Locked = 18,
        VolumeChanged = 19,
        StorageError = 20,
        /// <summary>A step was confirmed; value = its sample index (the sample nearest the footfall).</summary>
        Step = 21,
        /// <summary>Boot: value = the WakeReason.</summary>
        Wake = 22,
        /// <summary>The sensor's output data rate was measured; value = the rate in mHz.</summary>
        RateCalibrated = 23,
        /// <summary>The baseline was cleared from the phone (it is captured again at the next steady run).</summary>
        BaselineReset = 24,
        /// <summary>Bluetooth pairing: value = the Ble.PairingChange (0 window closed, 1 window opened, 2 a central bonded,
        /// 3 every bond forgotten).</summary>
        Pairing = 25,
        /// <summary>Stride calibration: value -1 = run started, 0 = refused or cancelled, otherwise the new distance per step in mm.</summary>
        Calibration = 26,
        /// <summary>A setting was changed over Bluetooth; value = its PodSettingId.</summary>
        SettingWritten = 27,
        /// <summary>A call into the hardware threw or could not be opened (first time per part); value = the HardwarePart.</summary>
        HardwareFault = 28,
    }
}
