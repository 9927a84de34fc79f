using CadencePod.Core.Signal;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The Running Speed and Cadence service's values (Bluetooth SIG RSCS 1.0 and the GATT Specification Supplement;
    /// docs/ble.md cites the fields). The RSC Measurement's layout is docs/records.md's "RSC Measurement" table (flags,
    /// speed, cadence, stride length; Total Distance, flag bit 1, is never sent) and the offsets below are that table.
    /// Writes into a caller's buffer: nothing allocates.
    /// </summary>
    public static class RscEncoder
    {
        const int AtFlags = 0;
        const int AtSpeed = 1;
        const int AtCadence = 3;
        const int AtStride = 4;
        const int MeasurementBytes = AtStride;
        public const int MaxMeasurementBytes = AtStride + 2;
        const int MaxU8 = 255;
        const int MaxU16 = 65535;

        public const int FlagStridePresent = 1;
        public const int FlagRunning = 4;

        /// <summary>RSC Feature: Instantaneous Stride Length Measurement (bit 0) and Walking or Running Status (bit 2)
        /// supported. No total distance, calibration procedure or multiple locations: those would make the SC Control
        /// Point mandatory, and the pod calibrates through its own service.</summary>
        public const int Features = 0x0005;

        /// <summary>Sensor Location: Hip (the pod sits on the waistband).</summary>
        public const int SensorLocationHip = 3;

        /// <summary>
        /// Encodes one RSC Measurement; returns its length (4, or 6 with the stride length). Still: cadence and speed 0,
        /// walking. <paramref name="strideMm"/> 0 means not calibrated: speed 0 and no stride field.
        /// </summary>
        public static int EncodeMeasurement(byte[] into, float cadenceSpm, MotionState motion, int strideMm)
        {
            int cadence = motion == MotionState.Still ? 0 : (int)(cadenceSpm + 0.5f);
            if (cadence < 0) cadence = 0;
            if (cadence > MaxU8) cadence = MaxU8;
            int flags = motion == MotionState.Running ? FlagRunning : 0;
            int speed256 = 0;
            if (strideMm > 0)
            {
                flags |= FlagStridePresent;
                // m/s = steps/min × mm/step / 60000; in 1/256 m/s, rounded to nearest.
                speed256 = (cadence * strideMm * 256 + 30000) / 60000;
                if (speed256 > MaxU16) speed256 = MaxU16;
            }

            into[AtFlags] = (byte)flags;
            into[AtSpeed] = (byte)speed256;
            into[AtSpeed + 1] = (byte)(speed256 >> 8);
            into[AtCadence] = (byte)cadence;
            if (strideMm <= 0) return MeasurementBytes;
            int strideCm = (strideMm + 5) / 10;
            into[AtStride] = (byte)strideCm;
            into[AtStride + 1] = (byte)(strideCm >> 8);
            return MaxMeasurementBytes;
        }

        /// <summary>Battery Level (percent, 0–100) from the cell voltage; 0 when the voltage is unknown (0 mV).</summary>
        public static int BatteryPercent(int millivolts)
        {
            if (millivolts <= Tunables.BatteryEmptyMv) return 0;
            if (millivolts >= Tunables.BatteryFullMv) return 100;
            return (millivolts - Tunables.BatteryEmptyMv) * 100 / (Tunables.BatteryFullMv - Tunables.BatteryEmptyMv);
        }
    }
}
