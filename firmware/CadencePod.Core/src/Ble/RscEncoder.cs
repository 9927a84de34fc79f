using CadencePod.Core.Signal;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The Running Speed and Cadence service's values (Bluetooth SIG RSCS 1.0 and the GATT Specification Supplement;
    /// docs/ble.md cites the fields). RSC Measurement, little-endian:
    /// <code>
    /// 0  flags   bit 0 Instantaneous Stride Length present, bit 1 Total Distance present (never), bit 2 running (0 = walking)
    /// 1  speed   uint16, 1/256 m/s  — cadence × stride length; 0 until the runner has calibrated a stride length
    /// 3  cadence uint8, 1/min       — steps per minute, rounded
    /// 4  stride  uint16, 1/100 m    — distance per step; only when calibrated (flag bit 0)
    /// </code>
    /// Writes into a caller's buffer: nothing allocates.
    /// </summary>
    public static class RscEncoder
    {
        public const int MaxMeasurementBytes = 6;

        public const int FlagStridePresent = 1;
        public const int FlagTotalDistancePresent = 2;
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
            if (cadence > 255) cadence = 255;
            int flags = motion == MotionState.Running ? FlagRunning : 0;
            int speed256 = 0;
            if (strideMm > 0)
            {
                flags |= FlagStridePresent;
                // m/s = steps/min × mm/step / 60000; in 1/256 m/s, rounded to nearest.
                speed256 = (cadence * strideMm * 256 + 30000) / 60000;
                if (speed256 > 65535) speed256 = 65535;
            }

            into[0] = (byte)flags;
            into[1] = (byte)speed256;
            into[2] = (byte)(speed256 >> 8);
            into[3] = (byte)cadence;
            if (strideMm <= 0) return 4;
            int strideCm = (strideMm + 5) / 10;
            into[4] = (byte)strideCm;
            into[5] = (byte)(strideCm >> 8);
            return 6;
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
