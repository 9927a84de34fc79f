namespace CadencePod.Core.Sensors
{
    /// <summary>
    /// The MPU-6050 registers the pod uses (InvenSense RM-MPU-6000A-00 rev 4.2, addresses in hex). Every register is 0 at
    /// power-up except PWR_MGMT_1 (0x40: asleep) and WHO_AM_I (0x68 on a genuine part).
    /// </summary>
    public enum Mpu6050Register
    {
        /// <summary>Sample rate = gyro output rate / (1 + SMPLRT_DIV).</summary>
        SmplrtDiv = 0x19,

        /// <summary>DLPF_CFG in bits 2:0: 0 and 7 leave the gyro output rate at 8 kHz, 1–6 make it 1 kHz.</summary>
        Config = 0x1A,

        /// <summary>AFS_SEL in bits 4:3: ±2/4/8/16 g = 16384 ≫ AFS_SEL counts per g.</summary>
        AccelConfig = 0x1C,

        /// <summary>Motion threshold for the wake-on-motion interrupt.</summary>
        MotThr = 0x1F,

        /// <summary>Motion duration (samples above the threshold).</summary>
        MotDur = 0x20,

        /// <summary>Which sensors the chip writes into the FIFO.</summary>
        FifoEn = 0x23,

        IntPinCfg = 0x37,
        IntEnable = 0x38,

        /// <summary>Interrupt flags; reading clears them.</summary>
        IntStatus = 0x3A,

        UserCtrl = 0x6A,
        PwrMgmt1 = 0x6B,
        PwrMgmt2 = 0x6C,

        /// <summary>Bytes in the FIFO, high byte first (0x72, 0x73 read in one burst).</summary>
        FifoCountH = 0x72,
        FifoCountL = 0x73,

        /// <summary>FIFO data: each byte read takes the next byte out of the FIFO.</summary>
        FifoRw = 0x74,

        WhoAmI = 0x75,
    }
}
