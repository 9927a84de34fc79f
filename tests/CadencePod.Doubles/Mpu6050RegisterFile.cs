using System;
using CadencePod.Core;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;

namespace CadencePod.Doubles
{
    /// <summary>
    /// An MPU-6050 at the register level, behind the same <see cref="IRegisterBus"/> the driver uses on the pod.
    ///
    /// Modelled from the register map (RM-MPU-6000A-00 rev 4.2): power-up state (every register 0, PWR_MGMT_1 = 0x40
    /// asleep, WHO_AM_I as configured: 0x68 genuine, 0x70/0x72/0x98 clones, 0x00/0xFF no chip); DEVICE_RESET; the output
    /// data rate from CONFIG.DLPF_CFG and SMPLRT_DIV, times an oscillator error; counts per g from ACCEL_CONFIG; a
    /// 1024-byte FIFO filled with accelerometer samples (6 bytes, big-endian) while the chip is awake, USER_CTRL.FIFO_EN
    /// and FIFO_EN.ACCEL are set; on overflow the oldest bytes are dropped one by one (so the head leaves the sample
    /// boundary) and INT_STATUS.FIFO_OFLOW is set when enabled; reading INT_STATUS clears it; FIFO_COUNT; FIFO_R_W
    /// hands out one byte per byte read; FIFO_RESET works when written with FIFO_EN = 0.
    /// Assumptions of the double, not from the datasheet: during the first <see cref="ResetBusyUs"/> after DEVICE_RESET
    /// the chip does not acknowledge; a burst read is atomic (no sample arrives in the middle).
    ///
    /// Faults: NACKs (one-shot count or a per-mille rate), exceptions from the bus (the native driver throws for some
    /// errors and out-of-memory), partial transfers of a FIFO read (cut mid-sample), a chip that is unpowered
    /// (<see cref="Present"/> false: no answer, no sampling; powered again it is in its power-up state, as after a
    /// brown-out), a chip that resets itself (<see cref="PowerGlitch"/>), a stuck output (repeats one sample).
    /// Time comes from the injected clock: samples are due at k / rate after creation. No allocation per sample.
    /// </summary>
    public sealed class Mpu6050RegisterFile : IRegisterBus
    {
        /// <summary>The chip ignores the bus this long after DEVICE_RESET (the datasheet asks for a 100 ms wait).</summary>
        public const int ResetBusyUs = 50000;

        readonly IClock _clock;
        readonly byte[] _regs = new byte[128];
        readonly byte[] _fifo = new byte[Mpu6050Bits.FifoCapacityBytes];
        ISampleSource _source;
        int _fifoHead;
        int _fifoCount;
        uint _lastUs;
        long _elapsedUs;
        long _processedUpToUs = -1;
        long _busyUntilUs = -1;
        uint _random = 12345;
        short _lastX, _lastY, _lastZ;
        bool _present = true;
        int _whoAmI = Mpu6050Bits.GenuineWhoAmI;

        public Mpu6050RegisterFile(IClock clock, ISampleSource source)
        {
            _clock = clock;
            _source = source;
            _lastUs = clock.NowUs();
            PowerUpState();
        }

        /// <summary>What WHO_AM_I answers.</summary>
        public int WhoAmIValue
        {
            get { return _whoAmI; }
            set
            {
                _whoAmI = value;
                _regs[(int)Mpu6050Register.WhoAmI] = (byte)value;
            }
        }

        public ISampleSource Source
        {
            get { return _source; }
            set { _source = value; }
        }

        /// <summary>The chip's real rate is its configured rate times this (the internal oscillator is ≈ ±5 %).</summary>
        public double OscillatorRatio = 1.0;

        /// <summary>The next this-many transactions are not acknowledged.</summary>
        public int NackNext;

        /// <summary>The next this-many transactions throw, as the native driver does for its own failures.</summary>
        public int ThrowNext;

        /// <summary>The transaction that brings <see cref="Transactions"/> to this number is not acknowledged (-1: none).</summary>
        public int NackTransaction = -1;

        /// <summary>Writes to this register are acknowledged but not kept (a clone whose register map differs; -1: none).</summary>
        public int IgnoreWritesTo = -1;

        /// <summary>Each transaction is not acknowledged with this probability (per mille).</summary>
        public int NackPermille;

        /// <summary>Each transaction throws with this probability (per mille).</summary>
        public int ThrowPermille;

        /// <summary>Each FIFO read stops after about half its bytes (mid-sample) with this probability (per mille).</summary>
        public int PartialPermille;

        /// <summary>When ≥ 0, the next FIFO read transfers only this many bytes (then it is set back to -1).</summary>
        public int NextFifoReadBytes = -1;

        /// <summary>The output repeats the last sample (a stuck output register).</summary>
        public bool Stuck;

        /// <summary>False: the chip has no power — no answer, no samples. Set back to true, it starts in its power-up state.</summary>
        public bool Present
        {
            get { return _present; }
            set
            {
                Advance();
                if (value && !_present) PowerUpState();
                _present = value;
            }
        }

        // What happened, for tests: the truth the driver's counts are checked against.
        public int Transactions;
        public int Exceptions;
        public int PartialTransfers;
        public int DeviceResets;

        /// <summary>Samples written into the FIFO.</summary>
        public long SamplesWritten;

        /// <summary>Sample instants so far (the next k).</summary>
        public long NextSampleIndex
        {
            get
            {
                Advance();
                return InstantsUpTo(_processedUpToUs);
            }
        }

        public int FifoCount
        {
            get
            {
                Advance();
                return _fifoCount;
            }
        }

        public int Register(Mpu6050Register register)
        {
            return _regs[(int)register];
        }

        /// <summary>Output data rate the registers configure (Hz), before the oscillator error.</summary>
        public int ConfiguredRateHz
        {
            get { return Mpu6050Bits.SampleRateHz(_regs[(int)Mpu6050Register.Config], _regs[(int)Mpu6050Register.SmplrtDiv]); }
        }

        /// <summary>Counts per g the registers configure.</summary>
        public int ConfiguredCountsPerG
        {
            get { return Mpu6050Bits.CountsPerG(_regs[(int)Mpu6050Register.AccelConfig]); }
        }

        /// <summary>True while samples go into the FIFO.</summary>
        public bool Filling
        {
            get
            {
                int power = _regs[(int)Mpu6050Register.PwrMgmt1];
                return _present && _elapsedUs >= _busyUntilUs
                    && (power & (Mpu6050Bits.Sleep | Mpu6050Bits.Cycle)) == 0
                    && (_regs[(int)Mpu6050Register.UserCtrl] & Mpu6050Bits.FifoEnable) != 0
                    && (_regs[(int)Mpu6050Register.FifoEn] & Mpu6050Bits.AccelFifo) != 0;
            }
        }

        /// <summary>A brown-out: the chip is back in its power-up state at once (asleep, FIFO off and empty).</summary>
        public void PowerGlitch()
        {
            Advance();
            PowerUpState();
        }

        public BusStatus WriteRegister(int register, int value)
        {
            Advance();
            BusStatus fault = Fault();
            if (fault != BusStatus.Ok) return fault;
            if (register == IgnoreWritesTo) return BusStatus.Ok;
            switch (register)
            {
                case (int)Mpu6050Register.PwrMgmt1:
                    if ((value & Mpu6050Bits.DeviceReset) != 0)
                    {
                        DeviceResets++;
                        PowerUpState();
                        _busyUntilUs = _elapsedUs + ResetBusyUs;
                        return BusStatus.Ok;
                    }

                    _regs[register] = (byte)value;
                    return BusStatus.Ok;
                case (int)Mpu6050Register.UserCtrl:
                    if ((value & Mpu6050Bits.FifoReset) != 0 && (value & Mpu6050Bits.FifoEnable) == 0) ClearFifo();
                    _regs[register] = (byte)(value & ~Mpu6050Bits.FifoReset); // clears itself
                    return BusStatus.Ok;
                case (int)Mpu6050Register.WhoAmI:
                case (int)Mpu6050Register.IntStatus:
                case (int)Mpu6050Register.FifoCountH:
                case (int)Mpu6050Register.FifoCountL:
                case (int)Mpu6050Register.FifoRw:
                    return BusStatus.Ok; // read-only here
                default:
                    if (register < 0 || register >= _regs.Length) return BusStatus.NotAcknowledged;
                    _regs[register] = (byte)value;
                    return BusStatus.Ok;
            }
        }

        public BusStatus ReadRegisters(int firstRegister, byte[] buffer, int count, out int bytesRead)
        {
            bytesRead = 0;
            Advance();
            BusStatus fault = Fault();
            if (fault != BusStatus.Ok) return fault;
            int n = count;
            if (firstRegister == (int)Mpu6050Register.FifoRw)
            {
                if (NextFifoReadBytes >= 0)
                {
                    if (NextFifoReadBytes < n) n = NextFifoReadBytes;
                    NextFifoReadBytes = -1;
                }
                else if (PartialPermille > 0 && count > 1 && Chance(PartialPermille))
                {
                    n = count / 2 + 1;
                }
            }

            int register = firstRegister;
            for (int i = 0; i < n; i++)
            {
                buffer[i] = ReadByte(register);
                if (register != (int)Mpu6050Register.FifoRw) register++;
            }

            bytesRead = n;
            if (n == count) return BusStatus.Ok;
            PartialTransfers++;
            return BusStatus.PartialTransfer;
        }

        byte ReadByte(int register)
        {
            switch (register)
            {
                case (int)Mpu6050Register.FifoRw:
                    if (_fifoCount == 0) return 0;
                    byte b = _fifo[_fifoHead];
                    _fifoHead = (_fifoHead + 1) % _fifo.Length;
                    _fifoCount--;
                    return b;
                case (int)Mpu6050Register.FifoCountH:
                    return (byte)(_fifoCount >> 8);
                case (int)Mpu6050Register.FifoCountL:
                    return (byte)(_fifoCount & 0xFF);
                case (int)Mpu6050Register.IntStatus:
                    byte status = _regs[register];
                    _regs[register] = 0; // reading clears the flags
                    return status;
                default:
                    return register >= 0 && register < _regs.Length ? _regs[register] : (byte)0;
            }
        }

        BusStatus Fault()
        {
            Transactions++;
            if (!_present || _elapsedUs < _busyUntilUs)
            {
                return BusStatus.NotAcknowledged;
            }

            if (ThrowNext > 0)
            {
                ThrowNext--;
                Exceptions++;
                throw new Exception("simulated I2C driver failure");
            }

            if (Transactions == NackTransaction)
            {
                return BusStatus.NotAcknowledged;
            }

            if (NackNext > 0)
            {
                NackNext--;
                return BusStatus.NotAcknowledged;
            }

            if (ThrowPermille > 0 && Chance(ThrowPermille))
            {
                Exceptions++;
                throw new Exception("simulated I2C driver failure");
            }

            if (NackPermille > 0 && Chance(NackPermille))
            {
                return BusStatus.NotAcknowledged;
            }

            return BusStatus.Ok;
        }

        /// <summary>Deterministic draws (a 32-bit LCG), the same on the host and on nanoCLR.</summary>
        bool Chance(int permille)
        {
            _random = _random * 1664525u + 1013904223u;
            return (int)((_random >> 8) % 1000u) < permille;
        }

        void PowerUpState()
        {
            for (int i = 0; i < _regs.Length; i++) _regs[i] = 0;
            _regs[(int)Mpu6050Register.PwrMgmt1] = Mpu6050Bits.Sleep;
            _regs[(int)Mpu6050Register.WhoAmI] = (byte)_whoAmI;
            _fifoCount = 0;
            _fifoHead = 0;
        }

        void ClearFifo()
        {
            _fifoCount = 0;
            _fifoHead = 0;
        }

        /// <summary>The rate the chip really samples at: 1 kHz / 11 is 90.9 Hz, not 90 (Hz).</summary>
        public double ActualRateHz()
        {
            int config = _regs[(int)Mpu6050Register.Config];
            return Mpu6050Bits.GyroOutputRateHz(config) / (1.0 + _regs[(int)Mpu6050Register.SmplrtDiv]) * OscillatorRatio;
        }

        /// <summary>Number of sample instants in [0, t] (instant n at n / rate); 0 for t &lt; 0.</summary>
        long InstantsUpTo(long tUs)
        {
            if (tUs < 0) return 0;
            return (long)(tUs * ActualRateHz() / 1000000.0) + 1;
        }

        /// <summary>Moves the chip's time to the clock's and takes the samples that fell due since the last call.</summary>
        void Advance()
        {
            uint now = _clock.NowUs();
            int delta = Time.DiffUs(now, _lastUs);
            _lastUs = now;
            if (delta > 0) _elapsedUs += delta;
            if (_elapsedUs <= _processedUpToUs) return;

            // Instants in (processed, now] at the rate the registers configure now (a rate change applies from here).
            long first = InstantsUpTo(_processedUpToUs);
            long last = InstantsUpTo(_elapsedUs);
            bool busyBefore = _processedUpToUs < _busyUntilUs;
            _processedUpToUs = _elapsedUs;
            if (last <= first) return;
            if (!Filling || busyBefore)
            {
                return;
            }

            // More than a FIFO's worth: the older ones would only be overwritten. Count them and write the newest.
            long keep = Mpu6050Bits.FifoCapacityBytes / 6 + 2;
            if (last - first > keep)
            {
                long skipped = last - first - keep;
                SamplesWritten += skipped;
                MarkOverflow();
                first = last - keep;
            }

            int countsPerG = ConfiguredCountsPerG;
            for (long k = first; k < last; k++)
            {
                if (!Stuck && _source != null) _source.Sample(k, countsPerG, out _lastX, out _lastY, out _lastZ);
                Push(_lastX);
                Push(_lastY);
                Push(_lastZ);
                SamplesWritten++;
            }
        }

        void Push(short value)
        {
            PushByte((byte)((value >> 8) & 0xFF));
            PushByte((byte)(value & 0xFF));
        }

        void PushByte(byte b)
        {
            if (_fifoCount == _fifo.Length)
            {
                _fifoHead = (_fifoHead + 1) % _fifo.Length;
                _fifoCount--;
                MarkOverflow();
            }

            _fifo[(_fifoHead + _fifoCount) % _fifo.Length] = b;
            _fifoCount++;
        }

        void MarkOverflow()
        {
            if ((_regs[(int)Mpu6050Register.IntEnable] & Mpu6050Bits.FifoOverflow) != 0)
                _regs[(int)Mpu6050Register.IntStatus] |= Mpu6050Bits.FifoOverflow;
        }
    }
}
