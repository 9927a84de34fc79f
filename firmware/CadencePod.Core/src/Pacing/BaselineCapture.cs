using CadencePod.Core.Signal;

namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// Captures the runner's own steady cadence: after <see cref="Tunables.BaselineWarmupS"/> of running, the
    /// median of a <see cref="Tunables.BaselineWindowS"/> window in which running held and every second stayed
    /// within ±3 % of the window mean. Stopping restarts it. Fed once per second; allocates only when built.
    /// </summary>
    public sealed class BaselineCapture
    {
        readonly short[] _window = new short[Tunables.BaselineWindowS];
        readonly short[] _sortBuffer = new short[Tunables.BaselineWindowS];
        int _count;
        int _sum;
        int _warmupS;
        int _baselineSpm;
        BaselineState _state;

        public BaselineState State { get { return _state; } }

        public int BaselineSpm { get { return _baselineSpm; } }

        /// <summary>Seconds collected in the current window.</summary>
        public int WindowSeconds { get { return _count; } }

        /// <summary>Starts a new automatic capture.</summary>
        public void Begin()
        {
            _state = BaselineState.Idle;
            _count = 0;
            _sum = 0;
            _warmupS = 0;
            _baselineSpm = 0;
        }

        /// <summary>Once per second while capturing. Returns true on the second the baseline is captured.</summary>
        public bool OnSecond(float cadenceSpm, MotionState motion)
        {
            if (_state == BaselineState.Captured) return false;
            if (motion != MotionState.Running || cadenceSpm <= 0f)
            {
                // The runner stopped: start over, warm-up included.
                _state = BaselineState.Idle;
                _warmupS = 0;
                _count = 0;
                _sum = 0;
                return false;
            }

            if (_warmupS < Tunables.BaselineWarmupS)
            {
                _warmupS++;
                _state = BaselineState.WarmingUp;
                return false;
            }

            _state = BaselineState.Collecting;
            int spm = (int)(cadenceSpm + 0.5f);
            if (_count > 0)
            {
                int mean = _sum / _count;
                int deviation = spm - mean;
                if (deviation < 0) deviation = -deviation;
                if (deviation * 1000 > mean * Tunables.BaselineStabilityTenths)
                {
                    // Not steady: the window starts again from this second.
                    _count = 0;
                    _sum = 0;
                }
            }

            _window[_count++] = (short)spm;
            _sum += spm;
            if (_count < _window.Length) return false;

            _baselineSpm = Median(_count);
            _state = BaselineState.Captured;
            return true;
        }

        /// <summary>
        /// Captures now from what the window holds (at least <see cref="Tunables.BaselineMinOnDemandS"/>), else from
        /// the live cadence if running: true with the baseline; false when there is nothing to capture.
        /// </summary>
        public bool TryCaptureNow(float cadenceSpm, MotionState motion, out int baselineSpm)
        {
            if (_count >= Tunables.BaselineMinOnDemandS)
            {
                _baselineSpm = Median(_count);
            }
            else if (motion == MotionState.Running && cadenceSpm > 0f)
            {
                _baselineSpm = (int)(cadenceSpm + 0.5f);
            }
            else
            {
                baselineSpm = 0;
                return false;
            }

            _state = BaselineState.Captured;
            baselineSpm = _baselineSpm;
            return true;
        }

        int Median(int n)
        {
            // Insertion sort of at most 180 values, once per capture: no allocation.
            for (int i = 0; i < n; i++)
            {
                short v = _window[i];
                int j = i - 1;
                while (j >= 0 && _sortBuffer[j] > v)
                {
                    _sortBuffer[j + 1] = _sortBuffer[j];
                    j--;
                }

                _sortBuffer[j + 1] = v;
            }

            if ((n & 1) == 1) return _sortBuffer[n / 2];
            return (_sortBuffer[n / 2 - 1] + _sortBuffer[n / 2] + 1) / 2;
        }
    }
}
