namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// The runner's target tempo: relative to the baseline (p in 0.5 % steps, +5 … +10 %) or absolute
    /// (1 spm steps, 120–220). Requests outside the range are clamped and the clamp is reported, so the
    /// UI can play the refusal buzz.
    /// </summary>
    public sealed class PaceTarget
    {
        int _baselineSpm;
        int _percentTenths = Tunables.TargetPercentDefaultTenths;
        int _absoluteSpm = Tunables.TargetAbsoluteDefaultSpm;
        TargetMode _mode = TargetMode.Relative;

        public TargetMode Mode { get { return _mode; } set { _mode = value; } }

        /// <summary>0 while no baseline is known.</summary>
        public int BaselineSpm { get { return _baselineSpm; } }

        public int PercentTenths { get { return _percentTenths; } }

        public int AbsoluteSpm { get { return _absoluteSpm; } }

        public bool HasBaseline { get { return _baselineSpm > 0; } }

        /// <summary>The tempo to pace at (spm), rounded to 1 spm; 0 when relative and no baseline is known yet.</summary>
        public int TargetSpm
        {
            get
            {
                if (_mode == TargetMode.Absolute) return _absoluteSpm;
                if (_baselineSpm <= 0) return 0;
                return (_baselineSpm * (1000 + _percentTenths) + 500) / 1000;
            }
        }

        public ClampResult SetBaselineSpm(int spm)
        {
            ClampResult r = Clamp(ref spm, Tunables.MinCadenceSpm, Tunables.MaxCadenceSpm);
            _baselineSpm = spm;
            return r;
        }

        /// <summary>Clamps value into [min, max] and says whether (and which way) it had to.</summary>
        static ClampResult Clamp(ref int value, int min, int max)
        {
            if (value < min)
            {
                value = min;
                return ClampResult.ClampedLow;
            }

            if (value > max)
            {
                value = max;
                return ClampResult.ClampedHigh;
            }

            return ClampResult.Ok;
        }

        public void ClearBaseline()
        {
            _baselineSpm = 0;
        }

        public ClampResult SetPercentTenths(int tenths)
        {
            // Snap to the 0.5 % grid first, then clamp.
            int step = Tunables.TargetPercentStepTenths;
            tenths = ((tenths + (tenths >= 0 ? step / 2 : -step / 2)) / step) * step;
            ClampResult r = Clamp(ref tenths, Tunables.TargetPercentMinTenths, Tunables.TargetPercentMaxTenths);
            _percentTenths = tenths;
            return r;
        }

        public ClampResult SetAbsoluteSpm(int spm)
        {
            ClampResult r = Clamp(ref spm, Tunables.TargetAbsoluteMinSpm, Tunables.TargetAbsoluteMaxSpm);
            _absoluteSpm = spm;
            return r;
        }

        /// <summary>One button step up (+0.5 % or +1 spm); steps = 5 for the hold-to-repeat of the absolute mode.</summary>
        public ClampResult Step(int direction, int steps)
        {
            if (_mode == TargetMode.Absolute) return SetAbsoluteSpm(_absoluteSpm + direction * steps);
            return SetPercentTenths(_percentTenths + direction * Tunables.TargetPercentStepTenths);
        }
    }
}
