using System;
using System.Device.I2c;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>
    /// MPU-6050 as an accelerometer-only FIFO source, by raw registers through one <see cref="I2cDevice"/>.
    /// The stock Mpu6050 binding is not used in the loop: its scales are wrong with a sample-rate divider, its FIFO
    /// setter never sets USER_CTRL.FIFO_EN, and each reading allocates (nanoframework-api.md §3.2).
    /// Setup: reset, PLL on the X gyro (±1 % clock), DLPF 44 Hz, 1 kHz / (1 + 9) = 100 Hz, ±8 g, FIFO with the accel only.
    /// Reads drain the FIFO in bursts into preallocated buffers. I²C errors come back in the transfer status: they are
    /// counted and reported, never thrown. Any WHO_AM_I other than 0x00/0xFF is accepted (clones report 0x70, 0x72,
    /// 0x98 …) and logged; the registers we use are the same on those parts.
    /// </summary>
    public sealed class Mpu6050Fifo : IAccelSource
    {
        const byte RegSmplrtDiv = 0x19, RegConfig = 0x1A, RegAccelConfig = 0x1C, RegFifoEn = 0x23, RegIntEnable = 0x38,
            RegIntStatus = 0x3A, RegUserCtrl = 0x6A, RegPwrMgmt1 = 0x6B, RegFifoCountH = 0x72, RegFifoRw = 0x74, RegWhoAmI = 0x75;
        const int BytesPerSample = 6;
        const int MaxBurstSamples = 32;

        readonly I2cDevice _device;
        readonly byte[] _regWrite = new byte[1];
        readonly byte[] _pairWrite = new byte[2];
        readonly byte[] _one = new byte[1];
        readonly byte[] _two = new byte[2];
        readonly byte[] _burst = new byte[MaxBurstSamples * BytesPerSample];
        int _lost;
        SensorStatus _status = SensorStatus.Ok;
        int _whoAmI = -1;

        public Mpu6050Fifo(I2cDevice device)
        {
            _device = device;
        }

        public int SampleRateHz { get { return 100; } }

        /// <summary>±8 g full scale: 4096 counts per g.</summary>
        public int CountsPerG { get { return 4096; } }

        public SensorStatus Status { get { return _status; } }

        /// <summary>The chip's WHO_AM_I (0x68 for a genuine MPU-6050), -1 before the first successful init.</summary>
        public int WhoAmI { get { return _whoAmI; } }

        /// <summary>Transfers that failed since boot.</summary>
        public int BusErrors;

        /// <summary>Configures the chip; false when it does not answer.</summary>
        public bool Initialize()
        {
            if (!WriteRegister(RegPwrMgmt1, 0x80)) return Fail(); // device reset
            System.Threading.Thread.Sleep(100);
            if (!WriteRegister(RegPwrMgmt1, 0x01)) return Fail(); // wake, clock = PLL with X gyro reference
            System.Threading.Thread.Sleep(10);
            int who = ReadRegister(RegWhoAmI);
            if (who < 0 || who == 0x00 || who == 0xFF) return Fail();
            _whoAmI = who;
            bool ok = WriteRegister(RegConfig, 0x03)        // DLPF_CFG 3: accel 44 Hz, 4.9 ms delay; 1 kHz base rate
                && WriteRegister(RegSmplrtDiv, 9)          // 1 kHz / (1 + 9) = 100 Hz
                && WriteRegister(RegAccelConfig, 0x10)     // AFS_SEL 2: ±8 g
                && WriteRegister(RegFifoEn, 0x08)          // ACCEL_FIFO_EN only
                && WriteRegister(RegIntEnable, 0x10)       // FIFO_OFLOW_EN, so INT_STATUS reports overflows
                && ResetFifo();
            if (!ok) return Fail();
            _status = SensorStatus.Ok;
            return true;
        }

        public bool Recover()
        {
            return Initialize();
        }

        /// <summary>
        /// Before deep sleep: accelerometer-only low-power cycling at 1.25 Hz (≈ 10 µA) with the motion interrupt latched
        /// on INT, so a runner picking the pod up wakes it. Register values from the MPU-6050 register map (motion
        /// threshold 2 mg/LSB, LP_WAKE_CTRL in PWR_MGMT_2, CYCLE in PWR_MGMT_1); not yet verified on hardware.
        /// </summary>
        public bool EnableMotionWake()
        {
            return WriteRegister(0x1F, 20)         // MOT_THR: 40 mg
                && WriteRegister(0x20, 1)          // MOT_DUR: 1 sample
                && WriteRegister(0x37, 0x20)       // INT_PIN_CFG: active high, push-pull, latched until read
                && WriteRegister(RegIntEnable, 0x40) // MOT_EN only
                && WriteRegister(0x6C, 0x07)       // PWR_MGMT_2: LP_WAKE_CTRL 1.25 Hz, gyros in standby
                && WriteRegister(RegPwrMgmt1, 0x28); // PWR_MGMT_1: CYCLE, temperature sensor off
        }

        public int TakeLostSamples()
        {
            int lost = _lost;
            _lost = 0;
            return lost;
        }

        public int Read(short[] xyz, int maxSamples)
        {
            int status = ReadRegister(RegIntStatus);
            if (status < 0) return Fail0();
            if ((status & 0x10) != 0)
            {
                // Overflow: the FIFO dropped its oldest data. Start clean and report a full FIFO's worth as lost.
                _lost += 1024 / BytesPerSample;
                ResetFifo();
                return 0;
            }

            if (!WriteRead(RegFifoCountH, _two)) return Fail0();
            int bytes = (_two[0] << 8) | _two[1];
            if (bytes % BytesPerSample != 0)
            {
                // Misaligned after a partial transfer: the stream cannot be trusted, reset it.
                _lost += bytes / BytesPerSample + 1;
                ResetFifo();
                return 0;
            }

            int samples = bytes / BytesPerSample;
            if (samples > maxSamples) samples = maxSamples;
            if (samples > MaxBurstSamples) samples = MaxBurstSamples;
            if (samples == 0)
            {
                _status = SensorStatus.Ok;
                return 0;
            }

            _regWrite[0] = RegFifoRw;
            I2cTransferResult r = _device.WriteRead(new SpanByte(_regWrite), new SpanByte(_burst, 0, samples * BytesPerSample));
            if (r.Status != I2cTransferStatus.FullTransfer) return Fail0();
            for (int i = 0; i < samples; i++)
            {
                int b = i * BytesPerSample;
                xyz[3 * i] = (short)((_burst[b] << 8) | _burst[b + 1]);
                xyz[3 * i + 1] = (short)((_burst[b + 2] << 8) | _burst[b + 3]);
                xyz[3 * i + 2] = (short)((_burst[b + 4] << 8) | _burst[b + 5]);
            }

            _status = SensorStatus.Ok;
            return samples;
        }

        bool ResetFifo()
        {
            return WriteRegister(RegUserCtrl, 0x04)   // FIFO_RESET
                && WriteRegister(RegUserCtrl, 0x40);  // FIFO_EN (the stock binding never sets this bit)
        }

        bool WriteRegister(byte register, byte value)
        {
            _pairWrite[0] = register;
            _pairWrite[1] = value;
            I2cTransferResult r = _device.Write(new SpanByte(_pairWrite));
            if (r.Status == I2cTransferStatus.FullTransfer) return true;
            BusErrors++;
            return false;
        }

        int ReadRegister(byte register)
        {
            if (!WriteRead(register, _one)) return -1;
            return _one[0];
        }

        bool WriteRead(byte register, byte[] into)
        {
            _regWrite[0] = register;
            I2cTransferResult r = _device.WriteRead(new SpanByte(_regWrite), new SpanByte(into));
            if (r.Status == I2cTransferStatus.FullTransfer) return true;
            BusErrors++;
            return false;
        }

        bool Fail()
        {
            _status = SensorStatus.ReadError;
            return false;
        }

        int Fail0()
        {
            _status = SensorStatus.ReadError;
            return 0;
        }
    }
}
