namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Stage 3: turns peak candidates into steps and a step period.
    /// <list type="bullet">
    /// <item>A bout is confirmed only after <see cref="Tunables.ConfirmSteps"/> regular candidates (fewer when they are
    /// very even, see <see cref="CanConfirm"/>); they are held back and released together, so handling the pod or a
    /// bump in a car counts nothing.</item>
    /// <item>The refractory period is fixed (<see cref="Tunables.MaxCadenceSpm"/>), never scaled by the period:
    /// a period-scaled one can lock onto every second step.</item>
    /// <item>Inside a bout a peak closer than <see cref="Tunables.DoublePeakFraction"/> of the period is the second
    /// hump of one step; a gap of about two periods is a missed (weak) step and is filled at the midpoint.</item>
    /// <item>The period is the mean interval over the bout's steps of the last 10 s (an even number of them, so left/right
    /// asymmetry cancels): the reference's own formula over the pod's steps, so a runner's natural 3-s swings are smoothed
    /// as the reference smooths them. Only a sustained change of pace restarts the average, where the change began.</item>
    /// </list>
    /// Positions are in sixteenths of a sample and wrap with the sample counter; only differences are used.
    /// </summary>
    public sealed class StepTracker
    {
        const int RingSize = Tunables.StepRingSize;
        const int RingMask = RingSize - 1;
        const int X16 = PeakDetector.SubSteps;

        /// <summary>A stride is two steps (left and right), so the same foot's step or interval is two back.</summary>
        const int StepsPerStride = 2;

        readonly int _minIntervalX16;
        readonly int _maxIntervalX16;
        readonly int _stillExtraX16;
        readonly int _stillMaxX16;
        readonly float _spmTimesPeriodX16; // cadence (spm) = this / period (1/16 samples)
        readonly int _windowMaxX16;
        readonly int _changeWindowX16;   // the newest steps a change of pace is judged on
        readonly int _changeHistoryX16;  // … against a window at least this long
        readonly int _earliestConfirmMaxSpanX16; // the earliest confirmation's candidates at running cadence

        readonly int[] _ring = new int[RingSize];
        int _ringHead;       // index of the newest step
        int _boutSteps;      // steps accepted in this bout (saturates)

        readonly int[] _pending = new int[Tunables.ConfirmSteps];
        readonly float[] _pendingPeakG = new float[Tunables.ConfirmSteps];
        int _pendingCount;

        readonly int[] _released = new int[Tunables.StepsReleasedPerCandidate];

        // Candidates that fell out of the pending list (irregular start, oldest dropped): when a bout is confirmed,
        // the ones that fit its rhythm right before it are steps too (the first steps of a walk are often uneven).
        const int DroppedSize = Tunables.DroppedCandidatesKept;
        readonly int[] _dropped = new int[DroppedSize];
        int _droppedHead;
        int _droppedCount;
        int _releasedCount;

        bool _confirmed;
        int _periodX16;
        float _exactPeriodX16;
        int _windowSteps;
        int _changeVotes;      // consecutive steps that saw a change of pace
        float _irregularity;
        int _totalSteps;

        public StepTracker(int sampleRateHz)
        {
            _minIntervalX16 = sampleRateHz * 60 * X16 / Tunables.MaxCadenceSpm;
            _maxIntervalX16 = sampleRateHz * 60 * X16 / Tunables.MinCadenceSpm;
            _stillExtraX16 = (int)(Tunables.StillAfterExtraS * sampleRateHz * X16);
            _stillMaxX16 = (int)(Tunables.StillAfterMaxS * sampleRateHz * X16);
            _spmTimesPeriodX16 = 60f * sampleRateHz * X16;
            _windowMaxX16 = (int)(Tunables.CadenceWindowMaxS * sampleRateHz * X16);
            _changeWindowX16 = (int)(Tunables.CadenceChangeWindowS * sampleRateHz * X16);
            _changeHistoryX16 = (int)(Tunables.CadenceChangeHistoryS * sampleRateHz * X16);
            _earliestConfirmMaxSpanX16 = (Tunables.EarliestConfirmSteps - 1) * sampleRateHz * 60 * X16 / Tunables.RunningEnterSpm;
        }

        /// <summary>True while a confirmed bout of stepping is running.</summary>
        public bool InBout { get { return _confirmed; } }

        /// <summary>Step period in sixteenths of a sample (0 outside a bout).</summary>
        public int PeriodX16 { get { return _confirmed ? _periodX16 : 0; } }

        /// <summary>The same without rounding (a whole 1/16 sample is 0.4 % at 200 spm): what the cadence is reported from.</summary>
        public float ExactPeriodX16 { get { return _confirmed ? _exactPeriodX16 : 0f; } }

        public int TotalSteps { get { return _totalSteps; } }

        public int BoutSteps { get { return _boutSteps; } }

        /// <summary>Mean relative deviation of step intervals from the same foot's previous interval.</summary>
        public float Irregularity { get { return _irregularity; } }

        /// <summary>Position (sixteenths of a sample) of released step i, oldest first.</summary>
        public int ReleasedPosX16(int i)
        {
            return _released[i];
        }

        public int LastStepPosX16 { get { return _ring[_ringHead]; } }

        /// <summary>
        /// Predicted position of the next footfall: the last step plus the interval the same foot pattern
        /// had one stride ago, which keeps left/right asymmetry; the plain period early in a bout.
        /// </summary>
        public int PredictNextPosX16()
        {
            if (!_confirmed) return 0;
            int last = _ring[_ringHead];
            if (_boutSteps >= StepsPerStride + 1)
            {
                int previous = _ring[(_ringHead - 1) & RingMask];
                int beforePrevious = _ring[(_ringHead - StepsPerStride) & RingMask];
                return last + (previous - beforePrevious);
            }

            return last + _periodX16;
        }

        public void Reset()
        {
            _droppedCount = 0;
            _hasDeadline = false;
            _confirmed = false;
            _pendingCount = 0;
            _boutSteps = 0;
            _periodX16 = 0;
            _exactPeriodX16 = 0f;
            _releasedCount = 0;
            _irregularity = 0f;
        }

        /// <summary>Called every sample: ends the bout when the steps stop. Returns true when the bout just ended.</summary>
        public bool OnSample(int sampleIndex)
        {
            // Compared with a deadline set when the last step or candidate came, so the common case is one
            // multiply and one subtraction (wrap-safe: both sides are in the same wrapping 1/16-sample units).
            if (!_hasDeadline || sampleIndex * X16 - _deadlineX16 <= 0) return false;
            _hasDeadline = false;
            _pendingCount = 0;
            if (!_confirmed) return false;
            _confirmed = false;
            _boutSteps = 0;
            return true;
        }

        bool _hasDeadline;
        int _deadlineX16;

        void SetDeadline(int lastPosX16)
        {
            int limitX16;
            if (_confirmed)
            {
                limitX16 = _periodX16 + _stillExtraX16;
                if (limitX16 > _stillMaxX16) limitX16 = _stillMaxX16;
            }
            else
            {
                limitX16 = _maxIntervalX16;
            }

            _deadlineX16 = lastPosX16 + limitX16;
            _hasDeadline = true;
        }

        /// <summary>
        /// A peak candidate; returns how many steps it releases (see <see cref="ReleasedPosX16"/>). horizontalRatio is
        /// <see cref="GravitySplit.HorizontalRatio"/> now: stepping moves the hips across gravity, jumps and car seats do not.
        /// </summary>
        public int OnPeak(int posX16, float peakG, float horizontalRatio)
        {
            _releasedCount = 0;
            if (_confirmed)
            {
                OnPeakInBout(posX16, peakG);
            }
            else
            {
                OnPeakForming(posX16, peakG, horizontalRatio);
            }

            return _releasedCount;
        }

        void OnPeakInBout(int posX16, float peakG)
        {
            int intervalX16 = posX16 - _ring[_ringHead];
            if (intervalX16 < _minIntervalX16 || intervalX16 < (int)(_periodX16 * Tunables.DoublePeakFraction))
            {
                return; // second hump of the same footfall
            }

            if (intervalX16 > _maxIntervalX16)
            {
                _confirmed = false;
                _boutSteps = 0;
                _pendingCount = 0;
                Pend(posX16, peakG);
                return;
            }

            // About two periods: one weak step was missed. Fill it in at the midpoint.
            if (intervalX16 > _periodX16 * Tunables.MissedStepMinPeriodPercent / 100 && intervalX16 < _periodX16 * Tunables.MissedStepMaxPeriodPercent / 100)
            {
                Accept(_ring[_ringHead] + intervalX16 / 2);
            }

            Accept(posX16);
        }

        void OnPeakForming(int posX16, float peakG, float horizontalRatio)
        {
            if (_pendingCount == 0)
            {
                Pend(posX16, peakG);
                return;
            }

            int last = _pending[_pendingCount - 1];
            int intervalX16 = posX16 - last;
            if (intervalX16 < _minIntervalX16)
            {
                // Two humps closer than any real step: keep the stronger one.
                if (peakG > _pendingPeakG[_pendingCount - 1])
                {
                    _pending[_pendingCount - 1] = posX16;
                    _pendingPeakG[_pendingCount - 1] = peakG;
                }

                return;
            }

            if (intervalX16 > _maxIntervalX16)
            {
                _pendingCount = 0;
                _droppedCount = 0;
                Pend(posX16, peakG);
                return;
            }

            if (_pendingCount >= StepsPerStride)
            {
                // Compare with the same foot's interval one stride back when there is one: a pocket or an asymmetric
                // runner alternates long and short intervals (up to ~1.8:1), which is regular, not noise.
                int previousInterval;
                float limit;
                if (_pendingCount >= StepsPerStride + 1)
                {
                    previousInterval = _pending[_pendingCount - StepsPerStride] - _pending[_pendingCount - (StepsPerStride + 1)];
                    limit = Tunables.MaxIntervalRatio;
                }
                else
                {
                    previousInterval = last - _pending[_pendingCount - StepsPerStride];
                    limit = Tunables.MaxAlternationRatio;
                }

                if (intervalX16 > previousInterval * limit || intervalX16 * limit < previousInterval)
                {
                    // Irregular: start again from the last candidate.
                    float lastPeak = _pendingPeakG[_pendingCount - 1];
                    for (int i = 0; i < _pendingCount - 1; i++) RememberDropped(_pending[i]);
                    _pendingCount = 0;
                    Pend(last, lastPeak);
                    Pend(posX16, peakG);
                    return;
                }
            }

            Pend(posX16, peakG);
            if (!CanConfirm(horizontalRatio)) return;

            _confirmed = true;
            _boutSteps = 0;
            _windowSteps = 0;
            _changeVotes = 0;
            _periodX16 = 0;
            _exactPeriodX16 = 0f;
            _irregularity = 0f;
            RecoverEarlierSteps();
            for (int i = 0; i < _pendingCount; i++)
            {
                Accept(_pending[i]);
            }

            _pendingCount = 0;
        }

        /// <summary>
        /// Whether the held-back candidates make a bout. The more even they are, the fewer are needed: a runner setting
        /// off is very even, so the cadence is valid a step or two sooner; a stricter early test that fails only means
        /// waiting for the next candidate. With a full list that is still irregular, the oldest candidate is dropped.
        /// horizontalRatio: see <see cref="GravitySplit"/>; jumping in place moves the hips only along gravity.
        /// </summary>
        bool CanConfirm(float horizontalRatio)
        {
            if (horizontalRatio < Tunables.MinHorizontalRatio) return FullListDropsOldest();
            if (_pendingCount == Tunables.EarliestConfirmSteps)
            {
                int spanX16 = _pending[_pendingCount - 1] - _pending[0];
                return spanX16 <= _earliestConfirmMaxSpanX16
                    && PendingIsRegular(Tunables.EarliestConfirmRegularityPercent, Tunables.EarliestConfirmStrideRegularityPercent, Tunables.ConfirmSpeedUpPercent);
            }

            if (_pendingCount == Tunables.FastConfirmSteps)
            {
                return PendingIsRegular(Tunables.FastConfirmRegularityPercent, Tunables.FastConfirmStrideRegularityPercent, Tunables.ConfirmSpeedUpPercent);
            }

            if (_pendingCount < Tunables.ConfirmSteps) return false;
            if (PendingIsRegular(Tunables.ConfirmRegularityPercent, Tunables.ConfirmStrideRegularityPercent, 0)) return true;
            return FullListDropsOldest();
        }

        bool FullListDropsOldest()
        {
            if (_pendingCount >= Tunables.ConfirmSteps) DropOldestPending();
            return false;
        }

        /// <summary>
        /// Every held-back interval within ±<see cref="Tunables.ConfirmRegularityPercent"/> % of their mean: steps are
        /// regular (even a 20 % left/right difference is only ±10 %); bumps in a car or handling the pod are not.
        /// </summary>
        bool PendingIsRegular(int regularityPercent, int strideRegularityPercent, int speedUpPercent)
        {
            int intervals = _pendingCount - 1;
            int meanX16 = (_pending[_pendingCount - 1] - _pending[0]) / intervals;
            int toleranceX16 = meanX16 * regularityPercent / 100;

            for (int i = 1; i < _pendingCount; i++)
            {
                int deviation = _pending[i] - _pending[i - 1] - meanX16;
                if (deviation > toleranceX16 || deviation < -toleranceX16) return false;
            }

            // Same foot, one stride apart: interval i and interval i − 2 match closely in any gait, asymmetric or
            // not (a pocket sees long–short–long–short), while bumps and handling do not.
            int strideToleranceX16 = meanX16 * strideRegularityPercent / 100;
            int speedUpToleranceX16 = strideToleranceX16 + meanX16 * speedUpPercent / 100;
            for (int i = StepsPerStride + 1; i < _pendingCount; i++)
            {
                int deviation = (_pending[i] - _pending[i - 1]) - (_pending[i - StepsPerStride] - _pending[i - (StepsPerStride + 1)]);
                if (deviation > strideToleranceX16 || deviation < -speedUpToleranceX16) return false;
            }

            return true;
        }

        void RememberDropped(int posX16)
        {
            _droppedHead = (_droppedHead + 1) % DroppedSize;
            _dropped[_droppedHead] = posX16;
            if (_droppedCount < DroppedSize) _droppedCount++;
        }

        /// <summary>
        /// Accepts remembered candidates that continue the new bout's rhythm backwards (at most RecoverSteps steps). A gap
        /// of two intervals is a weak step missed between two that fit: a swinging arm or a loose pocket often shows only
        /// every other footfall while a walk starts; the step is filled in at the midpoint, as inside a bout.
        /// </summary>
        void RecoverEarlierSteps()
        {
            int first = _pending[0];
            int meanX16 = (_pending[_pendingCount - 1] - first) / (_pendingCount - 1);
            int recovered = 0;
            int[] found = _recoverBuffer;
            for (int k = 0; k < _droppedCount && recovered < Tunables.RecoverSteps; k++)
            {
                int candidate = _dropped[(_droppedHead - k + DroppedSize) % DroppedSize];
                int gap = first - candidate;
                if (gap <= 0) continue;
                if (gap * 100 >= meanX16 * Tunables.RecoverGapMinPercent && gap * 100 <= meanX16 * Tunables.RecoverGapMaxPercent)
                {
                    found[recovered++] = candidate;
                }
                else if (gap * 100 >= meanX16 * Tunables.RecoverMissedGapMinPercent && gap * 100 <= meanX16 * Tunables.RecoverMissedGapMaxPercent
                    && recovered < Tunables.RecoverSteps - 1) // room for both
                {
                    found[recovered++] = candidate + gap / 2;
                    found[recovered++] = candidate;
                }
                else
                {
                    break; // the rhythm does not continue: stop
                }

                first = candidate;
            }

            for (int i = recovered - 1; i >= 0; i--) Accept(found[i]);
            _droppedCount = 0;
        }

        readonly int[] _recoverBuffer = new int[Tunables.RecoverSteps];

        void Pend(int posX16, float peakG)
        {
            if (_pendingCount == _pending.Length) DropOldestPending();
            _pending[_pendingCount] = posX16;
            _pendingPeakG[_pendingCount] = peakG;
            _pendingCount++;
            if (!_confirmed) SetDeadline(posX16);
        }

        void DropOldestPending()
        {
            if (_pendingCount > 0) RememberDropped(_pending[0]);
            for (int i = 1; i < _pendingCount; i++)
            {
                _pending[i - 1] = _pending[i];
                _pendingPeakG[i - 1] = _pendingPeakG[i];
            }

            _pendingCount--;
        }

        void Accept(int posX16)
        {
            _ringHead = (_ringHead + 1) & RingMask;
            _ring[_ringHead] = posX16;
            if (_boutSteps < RingSize) _boutSteps++;
            _totalSteps++;
            _released[_releasedCount++] = posX16;
            UpdatePeriod();
            SetDeadline(posX16);
        }

        /// <summary>Span (1/16 samples) of the newest <paramref name="intervals"/> step intervals.</summary>
        int SpanX16(int intervals)
        {
            return _ring[_ringHead] - _ring[(_ringHead - intervals) & RingMask];
        }

        /// <summary>
        /// Where the change began: of the splits that leave the newest (even) j ≤ recent intervals, the one whose two sides
        /// differ most in cadence, weighted by how many intervals back each side (the two-sample statistic j·(n − j)·Δ²).
        /// Runs only when a change was found.
        /// </summary>
        int ChangePoint(int intervals, int spanX16, int recent)
        {
            int best = recent;
            float bestScore = 0f;
            for (int j = Tunables.CadenceChangeMinSteps; j <= recent; j += StepsPerStride)
            {
                int newSpanX16 = SpanX16(j);
                float difference = (float)j / newSpanX16 - (float)(intervals - j) / (spanX16 - newSpanX16);
                float score = difference * difference * j * (intervals - j);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = j;
                }
            }

            return best;
        }

        /// <summary>
        /// A change of pace: the newest steps spanning at least <see cref="Tunables.CadenceChangeWindowS"/> and the rest of
        /// the window differ in cadence by <see cref="Tunables.CadenceChangeSpm"/> and the newest stride is off the rest by
        /// at least <see cref="Tunables.CadenceChangeStrideShare"/> of that, the same way. Returns how many intervals those
        /// newest steps span, or 0.
        /// </summary>
        int FindChange(int intervals, int spanX16)
        {
            // The newest even number of intervals spanning at least the change window: one step moves it by one interval,
            // so last step's count needs at most one adjustment either way.
            int head = _ring[_ringHead];
            int recent = _recentIntervals;
            if (recent < StepsPerStride) recent = StepsPerStride;
            int recentSpanX16 = head - _ring[(_ringHead - recent) & RingMask];
            if (recentSpanX16 < _changeWindowX16)
            {
                while (recentSpanX16 < _changeWindowX16 && recent < intervals)
                {
                    recent += StepsPerStride;
                    recentSpanX16 = head - _ring[(_ringHead - recent) & RingMask];
                }
            }
            else
            {
                while (recent > StepsPerStride)
                {
                    int shorterX16 = head - _ring[(_ringHead - recent + StepsPerStride) & RingMask];
                    if (shorterX16 < _changeWindowX16) break;
                    recent -= StepsPerStride;
                    recentSpanX16 = shorterX16;
                }
            }

            _recentIntervals = recent;
            int older = intervals - recent;
            if (recentSpanX16 < _changeWindowX16 || older < Tunables.CadenceChangeMinSteps) return 0;
            int olderSpanX16 = spanX16 - recentSpanX16;
            float olderSpm = older * _spmTimesPeriodX16 / olderSpanX16;
            float changeSpm = recent * _spmTimesPeriodX16 / recentSpanX16 - olderSpm;
            if (changeSpm < Tunables.CadenceChangeSpm && changeSpm > -Tunables.CadenceChangeSpm) return 0;
            float strideChangeSpm = 2f * _spmTimesPeriodX16 / (head - _ring[(_ringHead - StepsPerStride) & RingMask]) - olderSpm;
            const float StrideChangeSpm = Tunables.CadenceChangeStrideShare * Tunables.CadenceChangeSpm;
            if (changeSpm > 0f ? strideChangeSpm >= StrideChangeSpm : strideChangeSpm <= -StrideChangeSpm) return recent;
            return 0;
        }

        int _recentIntervals;

        void UpdatePeriod()
        {
            // The reported period: the mean interval over the bout's steps of the last 10 s, the reference's formula over
            // the pod's own steps. It restarts only for a sustained change of pace (FindChange on two steps in a row), from
            // where the change began (ChangePoint); never in the first CadenceChangeHistoryS of a window, where it already
            // holds only the bout's own steps, as the reference does.
            if (_windowSteps < Tunables.CadenceWindowSteps) _windowSteps++;
            int intervals = _boutSteps - 1;
            if (intervals > _windowSteps) intervals = _windowSteps;
            if (intervals >= StepsPerStride) intervals &= ~1; // even: left and right intervals in equal numbers
            if (intervals < 1) return;
            int spanX16 = _ring[_ringHead] - _ring[(_ringHead - intervals) & RingMask];
            if (spanX16 > _windowMaxX16)
            {
                // No older than CadenceWindowMaxS: the same span a 10-second average of the true steps covers. The window
                // slides one step per step, so this drops two intervals at most once or twice.
                int head = _ring[_ringHead];
                while (intervals > StepsPerStride && spanX16 > _windowMaxX16)
                {
                    intervals -= StepsPerStride;
                    spanX16 = head - _ring[(_ringHead - intervals) & RingMask];
                }

                _windowSteps = intervals + 1;
            }

            if (spanX16 >= _changeHistoryX16)
            {
                // Two steps in a row must see the change: one odd stride cannot restart the window.
                int recent = FindChange(intervals, spanX16);
                _changeVotes = recent > 0 ? _changeVotes + 1 : 0;
                if (_changeVotes >= Tunables.CadenceChangeVotes)
                {
                    _changeVotes = 0;
                    intervals = ChangePoint(intervals, spanX16, recent);
                    _windowSteps = intervals;
                    spanX16 = SpanX16(intervals);
                }
            }

            _exactPeriodX16 = (float)spanX16 / intervals;
            _periodX16 = spanX16 / intervals; // whole 1/16 samples for the step logic's thresholds

            if (_boutSteps >= 2 * StepsPerStride && _periodX16 > 0)
            {
                int interval = _ring[_ringHead] - _ring[(_ringHead - 1) & RingMask];
                int sameFootInterval = _ring[(_ringHead - StepsPerStride) & RingMask] - _ring[(_ringHead - (StepsPerStride + 1)) & RingMask];
                int deviation = interval - sameFootInterval;
                if (deviation < 0) deviation = -deviation;
                float relative = (float)deviation / _periodX16;
                _irregularity += (relative - _irregularity) * Tunables.IrregularitySmoothing;
            }
        }
    }
}
