using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Sensors
{
    /// <summary>
    /// MPU-6050 as an accelerometer-only FIFO source, by raw registers over an <see cref="IRegisterBus"/> (the head adapts
    /// an I2cDevice; tests and the simulator use a simulated register file). Why not the upstream Mpu6050 binding:
    /// docs/building.md, "The MPU-6050 binding".
    ///
    /// Setup: reset, PLL clock on the X gyro (±1 %), DLPF 44 Hz, 1 kHz / (1 + 9) = 100 Hz, ±8 g, FIFO with the
    /// accelerometer only, overflow flag on. <see cref="SampleRateHz"/> and <see cref="CountsPerG"/> are computed from the
    /// values written, with the register map's formulas, and the configuration is read back.
    ///
    /// Reads drain the FIFO in bursts into preallocated buffers (no allocation here; the I²C adapter's per-transfer
    /// allocation is per batch, not per sample). Faults never escape: a NACK, a timeout or an exception from the bus is
    /// counted and <see cref="Status"/> becomes ReadError; after three in a row the next read checks the chip's configuration.
    /// Lost samples are counted where the driver discards them (the FIFO's content at a reset, a torn sample); an
    /// overflow also lost samples the chip overwrote, which no register counts, so its figure is a lower bound; a chip
    /// that reset itself is reported as a gap of <see cref="FifoCapacitySamples"/> (its length is unknown).
    /// Any WHO_AM_I other than 0x00/0xFF (nothing driving the bus) is accepted: clones answer 0x70, 0x72, 0x98 …;
    /// the configuration read-back catches a chip whose registers differ.
    /// </summary>
    public sealed class Mpu6050Fifo : IAccelSource
    {
        /// <summary>CONFIG.DLPF_CFG: accelerometer bandwidth 44 Hz, 4.9 ms delay (under the 50 Hz Nyquist limit at the pod's
        /// 100 Hz); the divider then divides 1 kHz.</summary>
        public const int DlpfConfig = Mpu6050Bits.Dlpf44Hz;

        /// <summary>SMPLRT_DIV when no rate is asked for: 1 kHz / (1 + 9) = 100 Hz (<see cref="Tunables.SensorFallbackRateHz"/>).</summary>
        public const int DefaultSampleRateDivider = Mpu6050Bits.GyroRateDlpfOnHz / Tunables.SensorFallbackRateHz - 1;

        /// <summary>AFS_SEL: ±8 g (a waist clip sees 2–3 g plus impacts).</summary>
        const int AccelFullScaleSelect = Mpu6050Bits.AccelFullScale8G;

        /// <summary>ACCEL_CONFIG as written.</summary>
        public const int AccelConfigValue = AccelFullScaleSelect << Mpu6050Bits.AccelFullScaleShift;

        /// <summary>Counts per g at the configured range (4096 at ±8 g): the one place tests and tools take it from.</summary>
        public const int ConfiguredCountsPerG = Mpu6050Bits.CountsPerGAt2G >> AccelFullScaleSelect;

        const int BytesPerSample = Mpu6050Bits.FifoBytesPerSample;

        /// <summary>Samples a full FIFO holds, the torn one at its end included (1024 bytes = 170 samples + 4 bytes).</summary>
        public const int FifoCapacitySamples = (Mpu6050Bits.FifoCapacityBytes + BytesPerSample - 1) / BytesPerSample;

        readonly IRegisterBus _bus;
        readonly byte[] _small = new byte[BytesPerSample];
        readonly byte[] _burst = new byte[Tunables.SensorBurstSamples * BytesPerSample];
        readonly byte[] _torn = new byte[BytesPerSample];
        int _tornHave;
        int _tornNeed;
        int _lastBytesRead;
        int _lost;
        int _emptyReads;
        int _failuresInARow;
        bool _checkPending;
        SensorStatus _status = SensorStatus.ReadError;
        int _whoAmI = -1;

        readonly int _sampleRateDivider;

        /// <summary>
        /// Another output data rate (the simulator's --rate): the chip makes 1 kHz / (1 + SMPLRT_DIV), so the divider is
        /// the nearest one and <see cref="SampleRateHz"/> says what it gives (whole hertz; 1 kHz / 11 = 90.9 Hz reads 90,
        /// and the loop's rate calibration measures the rest).
        /// </summary>
        public Mpu6050Fifo(IRegisterBus bus, int requestedRateHz)
        {
            _bus = bus;
            _sampleRateDivider = DividerFor(requestedRateHz);
        }

        /// <summary>SMPLRT_DIV for the rate nearest to the one asked for, at the 1 kHz the DLPF setting gives.</summary>
        public static int DividerFor(int rateHz)
        {
            if (rateHz <= 0) return DefaultSampleRateDivider;
            int divider = (Mpu6050Bits.GyroOutputRateHz(DlpfConfig) + rateHz / 2) / rateHz - 1;
            if (divider < 0) return 0;
            return divider > Mpu6050Bits.MaxSampleRateDivider ? Mpu6050Bits.MaxSampleRateDivider : divider;
        }

        public int SampleRateHz { get { return Mpu6050Bits.SampleRateHz(DlpfConfig, _sampleRateDivider); } }

        public int CountsPerG { get { return Mpu6050Bits.CountsPerG(AccelConfigValue); } }

        public SensorStatus Status { get { return _status; } }

        /// <summary>The last WHO_AM_I read (0x68 for a genuine MPU-6050); -1 before any read succeeded.</summary>
        public int WhoAmI { get { return _whoAmI; } }

        /// <summary>True once a configuration was written and read back.</summary>
        public bool Configured;

        /// <summary>Failed transactions since boot (NACK, timeout, partial transfer, exception).</summary>
        public int BusErrors;

        /// <summary>Of those, exceptions thrown by the bus.</summary>
        public int BusExceptions;

        /// <summary>FIFO overflows seen (the loop fell more than 1.7 s behind).</summary>
        public int Overflows;

        /// <summary>FIFO byte counts that were not whole samples, and torn transfers: the FIFO was reset each time.</summary>
        public int Misalignments;

        /// <summary>Times the chip was found without its configuration (it reset itself) and was configured again.</summary>
        public int ChipResets;

        /// <summary>
        /// Boot: reset, wait, wake, WHO_AM_I, configure. False when the chip does not answer, answers 0x00/0xFF, or does
        /// not keep the configuration. Never throws. The caller retries (a bounded number of times).
        /// </summary>
        public bool Initialize(IDelay delay)
        {
            Configured = false;
            if (!Write(Mpu6050Register.PwrMgmt1, Mpu6050Bits.DeviceReset)) return Fail();
            delay.WaitMs(Mpu6050Bits.ResetWaitMs);
            if (!Write(Mpu6050Register.PwrMgmt1, Mpu6050Bits.ClockPllXGyro)) return Fail();
            delay.WaitMs(Mpu6050Bits.WakeWaitMs);
            if (!Read(Mpu6050Register.WhoAmI, 1)) return Fail();
            _whoAmI = _small[0];
            if (!IsChipAnswer(_whoAmI)) return Fail();
            if (!Configure()) return Fail();
            _lost = 0; // whatever the FIFO held before boot is not part of this run
            _emptyReads = 0;
            _checkPending = false;
            _status = SensorStatus.Ok;
            return true;
        }

        /// <summary>0x00 or 0xFF is a bus with nothing on it (or stuck), not a chip.</summary>
        public static bool IsChipAnswer(int whoAmI)
        {
            return whoAmI != 0x00 && whoAmI != Mpu6050Bits.FloatingBus;
        }

        /// <summary>
        /// The loop calls this when reads keep failing or the output looks stuck. The configuration is checked first: if
        /// the chip still holds it, nothing is written and the FIFO keeps its samples (a noisy bus is not a reason to
        /// throw data away); if not, it is written again without the reset (no wait, so the beat is never held up).
        /// </summary>
        public bool Recover()
        {
            if (!CheckConfiguration()) return Fail();
            _status = SensorStatus.Ok;
            return true;
        }

        /// <summary>
        /// Before deep sleep: accelerometer-only low-power cycling at 1.25 Hz (≈ 10 µA) with the motion interrupt latched
        /// on INT, so a runner picking the pod up wakes it. Register values from the MPU-6050 register map (motion
        /// threshold 2 mg per count); not yet verified on hardware.
        /// </summary>
        public bool EnableMotionWake()
        {
            return Write(Mpu6050Register.MotThr, Tunables.MotionWakeThresholdMg / Mpu6050Bits.MotionThresholdMgPerCount)
                && Write(Mpu6050Register.MotDur, 1)                                // one sample above it
                && Write(Mpu6050Register.IntPinCfg, Mpu6050Bits.LatchInterrupt)    // active high, push-pull, latched
                && Write(Mpu6050Register.IntEnable, Mpu6050Bits.MotionInterrupt)
                && Write(Mpu6050Register.PwrMgmt2, (0 << Mpu6050Bits.LowPowerWakeShift) | Mpu6050Bits.StandbyGyros)
                && Write(Mpu6050Register.PwrMgmt1, Mpu6050Bits.Cycle | Mpu6050Bits.TempDisable);
        }

        public int TakeLostSamples()
        {
            int lost = _lost;
            _lost = 0;
            return lost;
        }

        public int Read(short[] xyz, int maxSamples)
        {
            if (_checkPending || _emptyReads >= Tunables.SensorEmptyReadsBeforeCheck)
            {
                if (!CheckConfiguration()) return Fail0();
            }

            if (!Read(Mpu6050Register.IntStatus, 1)) return Fail0();
            if ((_small[0] & Mpu6050Bits.FifoOverflow) != 0)
            {
                // The FIFO dropped its oldest bytes, so its head is no longer on a sample boundary: start clean.
                Overflows++;
                if (!DiscardFifo()) return Fail0();
                _status = SensorStatus.Ok;
                return 0;
            }

            int capacity = xyz.Length / AccelSampleLayout.Axes;
            if (maxSamples > capacity) maxSamples = capacity;
            int delivered = 0;
            if (_tornNeed > 0)
            {
                // An earlier transfer stopped inside a sample; the rest of it is at the head of the FIFO.
                if (!FinishTornSample()) return Fail0();
                if (maxSamples <= 0) return 0;
                Decode(_torn, 0, xyz, 0);
                delivered = 1;
            }

            if (!Read(Mpu6050Register.FifoCountH, Mpu6050Bits.FifoCountBytes)) return Done(delivered, false);
            int bytes = (_small[0] << 8) | _small[1];
            if (bytes % BytesPerSample != 0 || bytes > Mpu6050Bits.FifoCapacityBytes)
            {
                // Not whole samples (a byte went missing, or the count is garbage): the stream cannot be trusted.
                Misalignments++;
                return Done(delivered, DiscardFifo());
            }

            int samples = bytes / BytesPerSample;
            if (samples > maxSamples - delivered) samples = maxSamples - delivered;
            if (samples > Tunables.SensorBurstSamples) samples = Tunables.SensorBurstSamples;
            if (samples <= 0)
            {
                if (bytes == 0 && delivered == 0) _emptyReads++;
                return Done(delivered, true);
            }

            _emptyReads = 0;
            BusStatus status = ReadBlock((int)Mpu6050Register.FifoRw, _burst, samples * BytesPerSample);
            int whole = samples;
            if (status != BusStatus.Ok)
            {
                if (status != BusStatus.PartialTransfer || _lastBytesRead <= 0) return Done(delivered, false);

                // A partial transfer still took its bytes out of the FIFO: keep the whole samples; keep the start of a
                // torn one and read its rest (now, or at the next read): nothing is lost and the stream stays aligned.
                whole = _lastBytesRead / BytesPerSample;
                int have = _lastBytesRead % BytesPerSample;
                if (have != 0)
                {
                    Misalignments++;
                    for (int i = 0; i < have; i++) _torn[i] = _burst[whole * BytesPerSample + i];
                    _tornHave = have;
                    _tornNeed = BytesPerSample - have;
                }
            }

            for (int i = 0; i < whole; i++) Decode(_burst, i * BytesPerSample, xyz, delivered + i);
            delivered += whole;
            if (_tornNeed > 0 && delivered < maxSamples && FinishTornSample())
            {
                Decode(_torn, 0, xyz, delivered);
                delivered++;
            }

            return Done(delivered, status == BusStatus.Ok || delivered > 0);
        }

        int Done(int delivered, bool ok)
        {
            _status = ok ? SensorStatus.Ok : SensorStatus.ReadError;
            return delivered;
        }

        /// <summary>Reads the missing bytes of a torn sample; true when it is whole (in _torn).</summary>
        bool FinishTornSample()
        {
            ReadBlock((int)Mpu6050Register.FifoRw, _small, _tornNeed);
            for (int i = 0; i < _lastBytesRead && i < _tornNeed; i++) _torn[_tornHave + i] = _small[i];
            _tornHave += _lastBytesRead;
            _tornNeed -= _lastBytesRead;
            if (_tornNeed > 0) return false;
            _tornNeed = 0;
            _tornHave = 0;
            return true;
        }

        static void Decode(byte[] from, int at, short[] xyz, int index)
        {
            const int Axes = AccelSampleLayout.Axes;
            xyz[Axes * index] = (short)((from[at] << 8) | from[at + 1]);
            xyz[Axes * index + AccelSampleLayout.Y] = (short)((from[at + Mpu6050Bits.FifoAtY] << 8) | from[at + (Mpu6050Bits.FifoAtY + 1)]);
            xyz[Axes * index + AccelSampleLayout.Z] = (short)((from[at + Mpu6050Bits.FifoAtZ] << 8) | from[at + (Mpu6050Bits.FifoAtZ + 1)]);
        }

        /// <summary>Writes the configuration, reads it back, and starts the FIFO afresh (its old content counted as lost).</summary>
        bool Configure()
        {
            Configured = false;
            bool ok = Write(Mpu6050Register.PwrMgmt1, Mpu6050Bits.ClockPllXGyro)   // awake, PLL clock (a reset chip sleeps)
                && Write(Mpu6050Register.Config, DlpfConfig)
                && Write(Mpu6050Register.SmplrtDiv, _sampleRateDivider)
                && Write(Mpu6050Register.AccelConfig, AccelConfigValue)
                && Write(Mpu6050Register.FifoEn, Mpu6050Bits.AccelFifo)
                && Write(Mpu6050Register.IntEnable, Mpu6050Bits.FifoOverflow);   // so INT_STATUS reports overflows
            if (!ok) return false;

            // SMPLRT_DIV, CONFIG, GYRO_CONFIG, ACCEL_CONFIG in one burst: the rate and scale the pod assumes are what
            // the chip holds.
            const int ConfigAt = (int)Mpu6050Register.Config - (int)Mpu6050Register.SmplrtDiv;
            const int AccelConfigAt = (int)Mpu6050Register.AccelConfig - (int)Mpu6050Register.SmplrtDiv;
            if (!Read(Mpu6050Register.SmplrtDiv, AccelConfigAt + 1)) return false;
            if (_small[0] != _sampleRateDivider || (_small[ConfigAt] & Mpu6050Bits.DlpfMask) != DlpfConfig
                || (_small[AccelConfigAt] & Mpu6050Bits.AccelFullScaleMask) != AccelConfigValue) return false;
            if (!DiscardFifo()) return false;
            Configured = true;
            return true;
        }

        /// <summary>USER_CTRL and PWR_MGMT_1 in one burst: awake, on the PLL, FIFO running? If not, configure again.</summary>
        bool CheckConfiguration()
        {
            _emptyReads = 0;
            if (!Read(Mpu6050Register.UserCtrl, (int)Mpu6050Register.PwrMgmt1 - (int)Mpu6050Register.UserCtrl + 1)) return false;
            int user = _small[0];
            int power = _small[1];
            bool intact = (user & Mpu6050Bits.FifoEnable) != 0
                && (power & (Mpu6050Bits.Sleep | Mpu6050Bits.DeviceReset | Mpu6050Bits.Cycle)) == 0
                && (power & Mpu6050Bits.ClockSelectMask) == Mpu6050Bits.ClockPllXGyro;
            if (intact)
            {
                _checkPending = false;
                return true;
            }

            // It lost its configuration: samples from then until now never reached the FIFO; how many is unknown.
            ChipResets++;
            if (!Configure()) return false;
            _lost += FifoCapacitySamples;
            _checkPending = false;
            return true;
        }

        /// <summary>Counts what the FIFO holds as lost, then resets it (FIFO_RESET works only while FIFO_EN is 0).</summary>
        bool DiscardFifo()
        {
            // A torn sample's rest is in the FIFO: it is counted with the rest of the content.
            _tornHave = 0;
            _tornNeed = 0;
            if (Read(Mpu6050Register.FifoCountH, Mpu6050Bits.FifoCountBytes))
            {
                int bytes = (_small[0] << 8) | _small[1];
                if (bytes > Mpu6050Bits.FifoCapacityBytes) bytes = Mpu6050Bits.FifoCapacityBytes;
                _lost += (bytes + BytesPerSample - 1) / BytesPerSample;
            }
            else
            {
                _lost += FifoCapacitySamples;
            }

            return Write(Mpu6050Register.UserCtrl, Mpu6050Bits.FifoReset)
                && Write(Mpu6050Register.UserCtrl, Mpu6050Bits.FifoEnable);
        }

        bool Write(Mpu6050Register register, int value)
        {
            BusStatus status;
            try
            {
                status = _bus.WriteRegister((int)register, value);
            }
            catch (Exception)
            {
                return BusException();
            }

            if (status == BusStatus.Ok)
            {
                _failuresInARow = 0;
                return true;
            }

            TransactionFailed();
            return false;
        }

        /// <summary>Reads count (≤ 6) bytes into the small buffer; true only for a full transfer.</summary>
        bool Read(Mpu6050Register register, int count)
        {
            return ReadBlock((int)register, _small, count) == BusStatus.Ok;
        }

        BusStatus ReadBlock(int register, byte[] into, int count)
        {
            BusStatus status;
            _lastBytesRead = 0;
            try
            {
                status = _bus.ReadRegisters(register, into, count, out _lastBytesRead);
            }
            catch (Exception)
            {
                BusException();
                return BusStatus.Error;
            }

            if (status == BusStatus.Ok && _lastBytesRead == count)
            {
                _failuresInARow = 0;
                return BusStatus.Ok;
            }

            if (status == BusStatus.Ok) status = BusStatus.PartialTransfer;
            if (status == BusStatus.PartialTransfer)
            {
                BusErrors++; // the chip answered: not a sign of a reset
                return status;
            }

            TransactionFailed();
            return status;
        }

        void TransactionFailed()
        {
            BusErrors++;
            _failuresInARow++;
            if (_failuresInARow >= Tunables.SensorFailuresBeforeCheck) _checkPending = true;
        }

        bool BusException()
        {
            // The native driver's own failure (or out of memory), not the chip's: it counts as a failed transaction.
            BusExceptions++;
            TransactionFailed();
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
