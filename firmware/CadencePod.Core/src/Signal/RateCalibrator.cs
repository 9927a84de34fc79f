namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Measures the accelerometer's real output data rate against the pod's µs clock. The engine counts time in
    /// samples, so a sensor running 3 % slow reads every cadence 3 % low — while the metronome, timed by the µs clock,
    /// is exact: a runner matching the beat would be told they lag it. The MPU-6050's gyro oscillator (PLL, the default
    /// mode) holds ±1 %; its internal relaxation oscillator (the accel-only power mode) only ≈ ±5 %.
    /// The loop drains the FIFO completely at each service, so the samples counted between two drains are the samples
    /// sampled in between, within one sample at each end: ±0.1 % over the first 10-s window at 100 Hz, ±0.03 % over 30 s.
    /// No clock reads here: the loop passes its injected clock's time.
    /// </summary>
    public sealed class RateCalibrator
    {
        readonly int _nominalHz;
        readonly int _firstWindowUs;
        readonly int _windowUs;
        readonly float _maxError;
        bool _anchored;
        uint _anchorUs;
        int _samples;
        float _rateHz;
        int _windows;

        public RateCalibrator(int nominalHz)
        {
            _nominalHz = nominalHz;
            _firstWindowUs = Tunables.RateCalibrationFirstWindowS * Time.UsPerSecond;
            _windowUs = Tunables.RateCalibrationWindowS * Time.UsPerSecond;
            _maxError = Tunables.RateCalibrationMaxErrorPercent / 100f;
            _rateHz = nominalHz;
        }

        /// <summary>The measured rate (Hz); the nominal rate until the first window completes.</summary>
        public float RateHz { get { return _rateHz; } }

        /// <summary>Windows measured so far (0: not calibrated yet).</summary>
        public int Windows { get { return _windows; } }

        /// <summary>
        /// After each FIFO drain: the samples read now, at nowUs. disturbed when samples were lost or a read failed:
        /// the count no longer matches the time, so the window starts again. Returns true when a new rate is ready.
        /// </summary>
        public bool OnDrain(uint nowUs, int samples, bool disturbed)
        {
            if (disturbed || !_anchored)
            {
                // The samples of the anchoring drain were sampled before it: they do not count.
                _anchored = !disturbed;
                _anchorUs = nowUs;
                _samples = 0;
                return false;
            }

            _samples += samples;
            int elapsedUs = Time.DiffUs(nowUs, _anchorUs);
            if (elapsedUs < (_windows == 0 ? _firstWindowUs : _windowUs)) return false;

            float measuredHz = _samples * (float)Time.UsPerSecond / elapsedUs;
            _anchorUs = nowUs;
            _samples = 0;
            float deviation = measuredHz / _nominalHz - 1f;
            if (deviation > _maxError || deviation < -_maxError) return false; // a stalled loop or a clock jump, not the sensor

            // The first window replaces the nominal rate; later ones average in (the oscillator drifts with temperature).
            _rateHz = _windows == 0 ? measuredHz : _rateHz + (measuredHz - _rateHz) * Tunables.RateCalibrationAveraging;
            _windows++;
            return true;
        }
    }
}
