using CadencePod.Core.Signal;
using static CadencePod.Core.Ble.RscLayout;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The Running Speed and Cadence service's values (Bluetooth SIG RSCS 1.0 and the GATT Specification Supplement;
    /// docs/ble.md cites the fields), laid out as <see cref="RscLayout"/> says. Writes into a caller's buffer: nothing
    /// allocates.
    /// </summary>
    public static class RscEncoder
    {
        /// <summary>RSC Feature: Instantaneous Stride Length Measurement and Walking or Running Status supported. No total
        /// distance, calibration procedure or multiple locations: those would make the SC Control Point mandatory, and the
        /// pod calibrates through its own service.</summary>
        public const int Features = FeatureStrideLength | FeatureRunningStatus;

        /// <summary>mm per minute at 1 m/s: speed (m/s) = steps/min × mm/step ÷ this.</summary>
        const int MmPerMinutePerMetrePerSecond = 60000;

        /// <summary>mm per cm: the stride field's unit.</summary>
        const int MmPerCm = 10;

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
                // In 1/256 m/s, rounded to nearest.
                speed256 = (cadence * strideMm * SpeedUnitsPerMetrePerSecond + MmPerMinutePerMetrePerSecond / 2) / MmPerMinutePerMetrePerSecond;
                if (speed256 > MaxU16) speed256 = MaxU16;
            }

            into[AtFlags] = (byte)flags;
            into[AtSpeed] = (byte)speed256;
            into[AtSpeed + 1] = (byte)(speed256 >> 8);
            into[AtCadence] = (byte)cadence;
            if (strideMm <= 0) return MeasurementBytes;
            int strideCm = (strideMm + MmPerCm / 2) / MmPerCm;
            into[AtStride] = (byte)strideCm;
            into[AtStride + 1] = (byte)(strideCm >> 8);
            return MaxMeasurementBytes;
        }

        /// <summary>Battery Level (percent, 0–100) from the cell voltage; 0 when the voltage is unknown (0 mV).</summary>
        public static int BatteryPercent(int millivolts)
        {
            if (millivolts <= Tunables.BatteryEmptyMv) return 0;
            if (millivolts >= Tunables.BatteryFullMv) return Units.PercentPerWhole;
            return (millivolts - Tunables.BatteryEmptyMv) * Units.PercentPerWhole / (Tunables.BatteryFullMv - Tunables.BatteryEmptyMv);
        }
    }
}
