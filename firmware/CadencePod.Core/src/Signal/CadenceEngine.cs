using CadencePod.Core.Seams;

namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Accelerometer counts in, steps and cadence out. Time is the sample index: the engine never reads a
    /// clock. Allocates only in its constructor. Pipeline: <see cref="BandFilter"/> → <see cref="PeakDetector"/>
    /// → <see cref="StepTracker"/>, with <see cref="GravitySplit"/> telling steps from jumps (docs/algorithm.md).
    /// </summary>
    public sealed class CadenceEngine
    {
        readonly int _sampleRateHz;
        readonly int _decimation;
        readonly int _internalRateHz;
        readonly BandFilter _band;
        readonly GravitySplit _split;
        readonly PeakDetector _peaks;
        readonly StepTracker _tracker;
        /// <summary>Most samples <see cref="ProcessBatch"/> takes in one call: a 100 ms FIFO drain at 200 Hz, with room to spare.</summary>
        public const int MaxBatchSamples = Tunables.EngineMaxBatchSamples;

        // The batch's layout (interleaved x, y, z), and the 100 Hz path that sums input samples in pairs.
        const int Axes = AccelSampleLayout.Axes;
        const int Y = AccelSampleLayout.Y;
        const int Z = AccelSampleLayout.Z;
        const int SamplesPerPair = 2;

        // Steps released by one call (Tunables.EngineMaxReleasedSteps says why that many).
        readonly int[] _newSteps = new int[Tunables.EngineMaxReleasedSteps];
        int _newStepCount;
        int _sampleIndex;
        int _internalIndex;
        int _accumulated;
        int _sumX, _sumY, _sumZ;
        int _splitPhase;
        MotionState _motion;
        readonly int _lagWalkingX16;  // hump → foot contact, in 1/16 internal samples
        readonly int _lagRunningX16;
        readonly int _runningPeriodX16;
        float _rateScale = 1f;      // measured / configured output data rate (RateCalibrator)
        float _usPerPeriodX16;      // µs per 1/16 internal sample at the measured rate
        float _usPerInputSample;    // µs per input sample at the measured rate
        float _enterRunningPeriodX16, _leaveRunningPeriodX16; // RunningEnterSpm / RunningLeaveSpm as periods at the measured rate

        public CadenceEngine(int sampleRateHz, int countsPerG)
        {
            if (sampleRateHz < Tunables.EngineMinRateHz) sampleRateHz = Tunables.EngineMinRateHz;
            if (countsPerG < 1) countsPerG = 1;
            _sampleRateHz = sampleRateHz;
            // The pipeline runs near Tunables.InternalRateHz: consecutive samples are summed (a box filter that also
            // removes aliasing), which halves the interpreter's work at 100 Hz and quarters it at 200 Hz.
            _decimation = sampleRateHz / Tunables.InternalRateHz;
            if (_decimation < 1) _decimation = 1;
            _internalRateHz = sampleRateHz / _decimation;
            int countsPerGSum = countsPerG * _decimation;
            _band = new BandFilter(_internalRateHz, countsPerGSum);
            _split = new GravitySplit(_internalRateHz, countsPerGSum);
            _peaks = new PeakDetector(_internalRateHz);
            _tracker = new StepTracker(_internalRateHz);
            _lagWalkingX16 = (int)(Tunables.FootfallLagWalkingS * _internalRateHz * PeakDetector.SubSteps);
            _lagRunningX16 = (int)(Tunables.FootfallLagRunningS * _internalRateHz * PeakDetector.SubSteps);
            _runningPeriodX16 = 60 * _internalRateHz * PeakDetector.SubSteps / Tunables.RunningEnterSpm;
            SetMeasuredSampleRate(sampleRateHz);
        }

        /// <summary>
        /// The sensor's real output data rate (from <see cref="RateCalibrator"/>): cadence, step period and footfall times
        /// are converted to minutes and µs with it. The pipeline itself keeps counting samples; a few percent off its
        /// design rate changes nothing there.
        /// </summary>
        public void SetMeasuredSampleRate(float sampleRateHz)
        {
            float scale = sampleRateHz / _sampleRateHz;
            float limit = Tunables.RateCalibrationMaxErrorPercent / 100f;
            if (scale > 1f + limit) scale = 1f + limit;
            if (scale < 1f - limit) scale = 1f - limit;
            _rateScale = scale;
            _usPerPeriodX16 = Time.UsPerSecond / (_internalRateHz * scale * PeakDetector.SubSteps);
            _usPerInputSample = Time.UsPerSecond / (_sampleRateHz * scale);
            float spmTimesPeriodX16 = 60f * _internalRateHz * PeakDetector.SubSteps * scale;
            _enterRunningPeriodX16 = spmTimesPeriodX16 / Tunables.RunningEnterSpm;
            _leaveRunningPeriodX16 = spmTimesPeriodX16 / Tunables.RunningLeaveSpm;
        }

        /// <summary>The output data rate the conversions use (Hz).</summary>
        public float MeasuredSampleRateHz { get { return _sampleRateHz * _rateScale; } }

        /// <summary>Input samples → µs at the measured rate.</summary>
        public int SamplesToUs(int samples)
        {
            return (int)(samples * _usPerInputSample);
        }

        public int SampleRateHz { get { return _sampleRateHz; } }

        /// <summary>Index the next sample will get (wraps after 2^31 samples; compare by subtraction).</summary>
        public int SampleIndex { get { return _sampleIndex; } }

        public int TotalSteps { get { return _tracker.TotalSteps; } }

        public MotionState Motion { get { return _motion; } }

        /// <summary>Live cadence in steps per minute; 0 while still.</summary>
        public float CadenceSpm
        {
            get
            {
                float periodX16 = _tracker.ExactPeriodX16;
                if (periodX16 <= 0f) return 0f;
                float spm = 60f * _internalRateHz * PeakDetector.SubSteps * _rateScale / periodX16;
                // The tracker keeps the period inside the cadence limits at the configured rate; the measured rate
                // (±8 %) must not carry the reported figure outside them.
                if (spm > Tunables.MaxCadenceSpm) return Tunables.MaxCadenceSpm;
                if (spm < Tunables.MinCadenceSpm) return Tunables.MinCadenceSpm;
                return spm;
            }
        }

        /// <summary>Step period in µs (0 while still), for the pacing engine.</summary>
        public int StepPeriodUs
        {
            get
            {
                float periodX16 = _tracker.ExactPeriodX16;
                if (periodX16 <= 0f) return 0;
                return (int)(periodX16 * _usPerPeriodX16);
            }
        }

        /// <summary>0–100: how regular the recent steps were and how long the bout has lasted.</summary>
        public int ConfidencePercent
        {
            get
            {
                if (!_tracker.InBout) return 0;
                float regularity = 1f - Tunables.ConfidenceIrregularityScale * _tracker.Irregularity;
                if (regularity < 0f) regularity = 0f;
                int steps = _tracker.BoutSteps;
                float maturity = steps >= Tunables.ConfidenceMatureSteps ? 1f : steps / (float)Tunables.ConfidenceMatureSteps;
                return (int)(100f * regularity * maturity);
            }
        }

        /// <summary>Sample index of new step i (0 ≤ i &lt; the count <see cref="Process"/> or <see cref="ProcessBatch"/>
        /// returned): the sample nearest the footfall.</summary>
        public int NewStepSample(int i)
        {
            return _newSteps[i];
        }

        /// <summary>
        /// True inside a bout, with the input samples from now until the predicted next footfall (negative when it is
        /// already late); false when there is no prediction.
        /// </summary>
        public bool TryGetSamplesToNextFootfall(out int samples)
        {
            if (!_tracker.InBout)
            {
                samples = 0;
                return false;
            }

            int nextX16 = _tracker.PredictNextPosX16() - FootfallLagX16();
            samples = ((nextX16 - NowInternalX16()) * _decimation) / PeakDetector.SubSteps;
            return true;
        }

        /// <summary>True inside a bout, with the input samples since the last confirmed step's footfall.</summary>
        public bool TryGetSamplesSinceLastStep(out int samples)
        {
            if (!_tracker.InBout)
            {
                samples = 0;
                return false;
            }

            samples = ((NowInternalX16() - (_tracker.LastStepPosX16 - FootfallLagX16())) * _decimation) / PeakDetector.SubSteps;
            return true;
        }

        /// <summary>Position of the newest input sample on the internal time axis (sixteenths of an internal sample).</summary>
        int NowInternalX16()
        {
            // Internal sample k covers input samples k·D … k·D + D − 1; its time is their centre.
            int inputSinceInternal = _accumulated; // input samples received after the last internal sample
            return (_internalIndex - 1) * PeakDetector.SubSteps + (inputSinceInternal * PeakDetector.SubSteps + (_decimation - 1) * PeakDetector.SubSteps / 2) / _decimation;
        }

        /// <summary>Feeds one sample of raw counts; returns the number of steps it released (usually 0 or 1).</summary>
        public int Process(int x, int y, int z)
        {
            _sampleIndex++;
            _newStepCount = 0;
            _sumX += x;
            _sumY += y;
            _sumZ += z;
            if (++_accumulated < _decimation) return 0;
            _accumulated = 0;
            x = _sumX;
            y = _sumY;
            z = _sumZ;
            _sumX = 0;
            _sumY = 0;
            _sumZ = 0;
            ProcessInternal(x, y, z);
            return _newStepCount;
        }

        /// <summary>
        /// Feeds count samples (interleaved x, y, z counts, at most <see cref="MaxBatchSamples"/>), as a FIFO drain
        /// delivers them; returns the steps they released, listed by <see cref="NewStepSample"/>. The same as count
        /// calls of <see cref="Process"/>, for less than half the interpreter's work per sample: the sums stay in locals
        /// and there is one call per batch instead of one per sample.
        /// </summary>
        public int ProcessBatch(short[] xyz, int count)
        {
            _newStepCount = 0;
            if (count > MaxBatchSamples) count = MaxBatchSamples;
            int sumX = _sumX, sumY = _sumY, sumZ = _sumZ;
            int accumulated = _accumulated;
            int counted = accumulated; // samples of the current sum already in _sampleIndex
            int decimation = _decimation;
            int end = Axes * count;
            int k = 0;
            if (decimation == SamplesPerPair)
            {
                // 100 Hz, the pod's rate: complete a pair the last batch left open, then whole pairs without the
                // counter (about a third less work per sample).
                if (accumulated == 1 && k < end)
                {
                    _sampleIndex++;
                    ProcessInternal(sumX + xyz[0], sumY + xyz[Y], sumZ + xyz[Z]);
                    sumX = 0;
                    sumY = 0;
                    sumZ = 0;
                    accumulated = 0;
                    counted = 0;
                    k = Axes;
                }

                for (; k + (SamplesPerPair * Axes - 1) < end; k += SamplesPerPair * Axes)
                {
                    _sampleIndex += SamplesPerPair;
                    ProcessInternal(xyz[k] + xyz[k + Axes], xyz[k + Y] + xyz[k + (Axes + Y)], xyz[k + Z] + xyz[k + (Axes + Z)]);
                }
            }

            for (; k < end; k += Axes)
            {
                sumX += xyz[k];
                sumY += xyz[k + Y];
                sumZ += xyz[k + Z];
                if (++accumulated < decimation) continue;
                // The pipeline reads the index of the newest sample: bring it up to this one first.
                _sampleIndex += accumulated - counted;
                counted = 0;
                accumulated = 0;
                ProcessInternal(sumX, sumY, sumZ);
                sumX = 0;
                sumY = 0;
                sumZ = 0;
            }

            _sampleIndex += accumulated - counted;
            _accumulated = accumulated;
            _sumX = sumX;
            _sumY = sumY;
            _sumZ = sumZ;
            return _newStepCount;
        }

        /// <summary>One internal sample (the sum of <c>_decimation</c> input samples) through the pipeline.</summary>
        void ProcessInternal(int x, int y, int z)
        {
            int index = _internalIndex;
            _internalIndex = index + 1;
            float value = _band.Process(x, y, z);
            if (++_splitPhase == Tunables.GravitySplitDecimation)
            {
                _splitPhase = 0;
                _split.Process(x, y, z);
            }

            bool stepped = false;
            if (_peaks.Process(value, index))
            {
                int released = _tracker.OnPeak(_peaks.PeakPosX16, _peaks.PeakG, _split.HorizontalRatio);
                for (int i = 0; i < released && _newStepCount < _newSteps.Length; i++)
                {
                    _newSteps[_newStepCount++] = ToInputSample(_tracker.ReleasedPosX16(i) - FootfallLagX16());
                }

                stepped = released > 0;
            }

            // Motion only changes when a step lands or the bout ends.
            if (_tracker.OnSample(index) || stepped) UpdateMotion();
        }

        /// <summary>How far the hump lags the foot's contact at the current pace (sixteenths of an internal sample).</summary>
        int FootfallLagX16()
        {
            int periodX16 = _tracker.PeriodX16;
            return periodX16 > 0 && periodX16 <= _runningPeriodX16 ? _lagRunningX16 : _lagWalkingX16;
        }

        /// <summary>Internal position (sixteenths of an internal sample) → nearest input sample index.</summary>
        int ToInputSample(int internalPosX16)
        {
            // Offsets are taken from the newest internal sample, so the 2^31 wrap of either counter never matters.
            int backX16 = ((_internalIndex - 1) * PeakDetector.SubSteps - internalPosX16) * _decimation;
            int centreOfNewest = _sampleIndex - 1 - (_decimation - 1) / 2;
            return centreOfNewest - (backX16 + PeakDetector.SubSteps / 2) / PeakDetector.SubSteps;
        }

        /// <summary>
        /// Samples were lost (FIFO overflow, bus outage). The sample clock jumps over them and the bout
        /// restarts, because no interval across the gap can be trusted.
        /// </summary>
        public void ReportGap(int lostSamples)
        {
            if (lostSamples <= 0) return;
            _sampleIndex += lostSamples;
            _internalIndex += (lostSamples + _accumulated) / _decimation + 1;
            _accumulated = 0;
            _sumX = 0;
            _sumY = 0;
            _sumZ = 0;
            _tracker.Reset();
            _peaks.Reset();
            _motion = MotionState.Still;
        }

        /// <summary>Moves the sample counter (tests start it just before its 2^31 wrap to prove wrap safety).</summary>
        public void StartAtSample(int sampleIndex)
        {
            _sampleIndex = sampleIndex;
            _internalIndex = sampleIndex / _decimation;
            Reset();
        }

        public void Reset()
        {
            _accumulated = 0;
            _sumX = 0;
            _sumY = 0;
            _sumZ = 0;
            _band.Reset();
            _split.Reset();
            _peaks.Reset();
            _tracker.Reset();
            _motion = MotionState.Still;
        }

        void UpdateMotion()
        {
            if (!_tracker.InBout)
            {
                _motion = MotionState.Still;
                return;
            }

            // Compared as periods (no division per step): a longer period is a lower cadence.
            float periodX16 = _tracker.ExactPeriodX16;
            if (_motion == MotionState.Running)
            {
                if (periodX16 > _leaveRunningPeriodX16) _motion = MotionState.Walking;
            }
            else
            {
                _motion = periodX16 <= _enterRunningPeriodX16 ? MotionState.Running : MotionState.Walking;
            }
        }
    }
}
