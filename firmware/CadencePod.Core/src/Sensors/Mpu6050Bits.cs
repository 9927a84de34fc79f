namespace CadencePod.Core.Sensors
{
    /// <summary>
    /// Named bit fields and field values of the registers in <see cref="Mpu6050Register"/>, and the chip's sizes and
    /// timings the driver relies on (same source: RM-MPU-6000A-00 rev 4.2; PS-MPU-6000A for the FIFO and timing).
    /// </summary>
    public static class Mpu6050Bits
    {
        // PWR_MGMT_1
        public const int DeviceReset = 0x80;
        public const int Sleep = 0x40;
        public const int Cycle = 0x20;
        public const int TempDisable = 0x08;
        public const int ClockSelectMask = 0x07;

        /// <summary>CLKSEL 1: PLL on the X gyro, ±1 % over temperature (the internal oscillator is ≈ ±5 %).</summary>
        public const int ClockPllXGyro = 0x01;

        // PWR_MGMT_2
        /// <summary>LP_WAKE_CTRL sits in bits 7:6; 0 = 1.25 Hz wake-ups in cycle mode.</summary>
        public const int LowPowerWakeShift = 6;

        public const int StandbyGyros = 0x07;

        // CONFIG
        public const int DlpfMask = 0x07;

        /// <summary>DLPF_CFG 3: accelerometer bandwidth 44 Hz, 4.9 ms delay; the gyro output rate is then 1 kHz.</summary>
        public const int Dlpf44Hz = 3;

        /// <summary>DLPF_CFG 0 and 7 turn the filter off (7 is reserved): the gyro output rate is then 8 kHz.</summary>
        public const int DlpfOffReserved = 7;

        /// <summary>The gyro output rate the sample-rate divider divides (Hz), with the DLPF on (1–6) and off.</summary>
        public const int GyroRateDlpfOnHz = 1000;
        public const int GyroRateDlpfOffHz = 8000;

        // SMPLRT_DIV: one byte.
        public const int MaxSampleRateDivider = 0xFF;

        // ACCEL_CONFIG
        public const int AccelFullScaleShift = 3;
        public const int AccelFullScaleMask = 0x18;

        /// <summary>AFS_SEL 2: ±8 g.</summary>
        public const int AccelFullScale8G = 2;

        // FIFO_EN
        public const int AccelFifo = 0x08;

        // INT_PIN_CFG
        public const int LatchInterrupt = 0x20;

        // INT_ENABLE and INT_STATUS (same bit positions)
        public const int MotionInterrupt = 0x40;
        public const int FifoOverflow = 0x10;

        // USER_CTRL
        public const int FifoEnable = 0x40;

        /// <summary>Clears the FIFO when written while FIFO_EN is 0; clears itself.</summary>
        public const int FifoReset = 0x04;

        /// <summary>The FIFO is 1024 bytes; on overflow the oldest bytes are dropped.</summary>
        public const int FifoCapacityBytes = 1024;

        /// <summary>FIFO_COUNT: two registers, high byte first.</summary>
        public const int FifoCountBytes = 2;

        /// <summary>A FIFO sample with only the accelerometer enabled: X, Y, Z, each a big-endian 16-bit count.</summary>
        public const int FifoBytesPerSample = 6;
        public const int FifoAtY = 2;
        public const int FifoAtZ = 4;

        /// <summary>After DEVICE_RESET the chip needs this long before it takes writes (ms; the upstream binding waits
        /// the same), and after waking this long before the first read.</summary>
        public const int ResetWaitMs = 100;
        public const int WakeWaitMs = 10;

        // MOT_THR: the motion threshold's unit.
        public const int MotionThresholdMgPerCount = 2;

        /// <summary>WHO_AM_I of a genuine MPU-6050.</summary>
        public const int GenuineWhoAmI = 0x68;

        /// <summary>What a read returns with nothing driving the bus (the pull-ups; 0x00 when it is held low).</summary>
        public const int FloatingBus = 0xFF;

        /// <summary>The gyro output rate the sample-rate divider divides (Hz): 8 kHz with the DLPF off (0 or 7), else 1 kHz.</summary>
        public static int GyroOutputRateHz(int dlpfConfig)
        {
            int cfg = dlpfConfig & DlpfMask;
            return cfg == 0 || cfg == DlpfOffReserved ? GyroRateDlpfOffHz : GyroRateDlpfOnHz;
        }

        /// <summary>Output data rate (Hz) for a CONFIG and a SMPLRT_DIV value.</summary>
        public static int SampleRateHz(int dlpfConfig, int sampleRateDivider)
        {
            return GyroOutputRateHz(dlpfConfig) / (1 + (sampleRateDivider & 0xFF));
        }

        /// <summary>Counts per g at ±2 g (AFS_SEL 0); each AFS_SEL step doubles the range and halves this (RM-MPU-6000A, accelerometer sensitivity per AFS_SEL).</summary>
        public const int CountsPerGAt2G = 16384;

        /// <summary>Counts per g for an ACCEL_CONFIG value.</summary>
        public static int CountsPerG(int accelConfig)
        {
            return CountsPerGAt2G >> ((accelConfig & AccelFullScaleMask) >> AccelFullScaleShift);
        }
    }
}
