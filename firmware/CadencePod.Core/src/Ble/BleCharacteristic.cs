namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The characteristics the pod serves. The head maps each to its UUID and GATT properties (docs/ble.md has the table);
    /// Core only ever sees these numbers.
    /// </summary>
    public enum BleCharacteristic
    {
        /// <summary>RSC Measurement (0x2A53): notify.</summary>
        RscMeasurement = 0,
        /// <summary>RSC Feature (0x2A54): read.</summary>
        RscFeature = 1,
        /// <summary>Sensor Location (0x2A5D): read.</summary>
        SensorLocation = 2,
        /// <summary>Battery Level (0x2A19): read.</summary>
        BatteryLevel = 3,
        /// <summary>CadencePod Settings: read a snapshot, write one setting. Bonded links only.</summary>
        Settings = 4,
        /// <summary>CadencePod Command: write an action (reset baseline, calibration). Bonded links only.</summary>
        Command = 5,
        /// <summary>CadencePod Log Control: write rewind / seek. Bonded links only.</summary>
        LogControl = 6,
        /// <summary>CadencePod Log Data: each read returns the next chunk of the run log. Bonded links only.</summary>
        LogData = 7,
    }
}
