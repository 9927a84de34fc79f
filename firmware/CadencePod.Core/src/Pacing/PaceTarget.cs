using CadencePod.Core.Storage;

namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// The runner's target tempo: relative to the baseline (p in 0.5 % steps, +5 … +10 %) or absolute (1 spm steps,
    /// 120–220). The rules over the settings' own fields (mode, percent, absolute tempo, baseline): nothing is copied.
    /// Requests outside the range are clamped and the clamp is reported, so the UI can play the refusal buzz.
    /// </summary>
    public sealed class PaceTarget
    {
        readonly PodSettings _settings;

        public PaceTarget(PodSettings settings)
        {
            _settings = settings;
        }

        public TargetMode Mode { get { return _settings.TargetMode; } set { _settings.TargetMode = value; } }

        /// <summary>0 while no baseline is known.</summary>
        public int BaselineSpm { get { return _settings.BaselineSpm; } }

        public int PercentTenths { get { return _settings.PercentTenths; } }

        public int AbsoluteSpm { get { return _settings.AbsoluteSpm; } }

        public bool HasBaseline { get { return _settings.BaselineSpm > 0; } }

        /// <summary>The tempo to pace at (spm), rounded to 1 spm; 0 when relative and no baseline is known yet.</summary>
        public int TargetSpm
        {
            get
            {
                PodSettings s = _settings;
                if (s.TargetMode == TargetMode.Absolute) return s.AbsoluteSpm;
                int baseline = s.BaselineSpm;
                if (baseline <= 0) return 0;
                return (baseline * (Units.PermillePerWhole + s.PercentTenths) + Units.PermillePerWhole / 2) / Units.PermillePerWhole;
            }
        }

        public ClampResult SetBaselineSpm(int spm)
        {
            ClampResult r = Clamp(ref spm, Tunables.MinCadenceSpm, Tunables.MaxCadenceSpm);
            _settings.BaselineSpm = spm;
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
            _settings.BaselineSpm = 0;
        }

        public ClampResult SetPercentTenths(int tenths)
        {
            // Snap to the 0.5 % grid first, then clamp.
            int step = Tunables.TargetPercentStepTenths;
            tenths = ((tenths + (tenths >= 0 ? step / 2 : -step / 2)) / step) * step;
            ClampResult r = Clamp(ref tenths, Tunables.TargetPercentMinTenths, Tunables.TargetPercentMaxTenths);
            _settings.PercentTenths = tenths;
            return r;
        }

        public ClampResult SetAbsoluteSpm(int spm)
        {
            ClampResult r = Clamp(ref spm, Tunables.TargetAbsoluteMinSpm, Tunables.TargetAbsoluteMaxSpm);
            _settings.AbsoluteSpm = spm;
            return r;
        }

        /// <summary>One button step (+0.5 % or +1 spm); steps = 5 for the hold-to-repeat of the absolute mode.</summary>
        public ClampResult Step(int direction, int steps)
        {
            if (_settings.TargetMode == TargetMode.Absolute) return SetAbsoluteSpm(_settings.AbsoluteSpm + direction * steps);
            return SetPercentTenths(_settings.PercentTenths + direction * Tunables.TargetPercentStepTenths);
        }
    }
}
