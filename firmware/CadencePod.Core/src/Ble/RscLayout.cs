namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The Running Speed and Cadence service's values, byte for byte (Bluetooth SIG RSCS 1.0 and the GATT Specification
    /// Supplement; docs/ble.md cites the fields): the RSC Measurement is docs/records.md's "RSC Measurement" table (flags,
    /// speed, cadence, stride length; Total Distance, flag bit 1, is never sent); then the RSC Feature and Sensor Location
    /// characteristics' values.
    /// </summary>
    public static class RscLayout
    {
        // RSC Measurement: offsets (docs/records.md, "RSC Measurement").
        public const int AtFlags = 0;
        public const int AtSpeed = 1;
        public const int AtCadence = 3;
        public const int AtStride = 4;

        /// <summary>The measurement without the stride length, and with it (a u16).</summary>
        public const int MeasurementBytes = AtStride;
        public const int MaxMeasurementBytes = AtStride + 2;

        /// <summary>Flags: bit 0 Instantaneous Stride Length present, bit 2 Walking or Running Status (1 = running).</summary>
        public const int FlagStridePresent = 1;
        public const int FlagRunning = 4;

        /// <summary>Instantaneous speed is a u16 in 1/256 m/s, cadence a u8 in steps per minute, the stride a u16 in cm;
        /// a value past its field's range is sent as the field's largest.</summary>
        public const int SpeedUnitsPerMetrePerSecond = 256;
        public const int MaxU8 = 0xFF;
        public const int MaxU16 = 0xFFFF;

        /// <summary>RSC Feature (a u16): bit 0 Instantaneous Stride Length Measurement supported, bit 2 Walking or Running
        /// Status supported.</summary>
        public const int FeatureBytes = 2;
        public const int FeatureStrideLength = 0x01;
        public const int FeatureRunningStatus = 0x04;

        /// <summary>Sensor Location (a u8): 3 = hip.</summary>
        public const int SensorLocationHip = 3;
    }
}
