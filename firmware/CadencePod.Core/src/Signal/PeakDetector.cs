namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Stage 2: one candidate per hump. A peak starts when the signal rises above a threshold scaled by the
    /// recent amplitude envelope and ends when it falls below a (negative) release level; the candidate is
    /// the highest local maximum in between, refined to 1/16 sample by a parabola through its neighbours.
    /// </summary>
    public sealed class PeakDetector
    {
        /// <summary>Positions are in sixteenths of a sample (<see cref="Tunables.PeakPositionSubSteps"/>).</summary>
        public const int SubSteps = Tunables.PeakPositionSubSteps;

        /// <summary>ln 2 (the device has no System.Math).</summary>
        const float Ln2 = 0.6931472f;

        readonly float _envelopeDecay;
        float _envelopeG;
        float _prev1;
        float _prev2;
        bool _above;
        float _peakG;
        int _peakPosX16;

        public PeakDetector(int sampleRateHz)
        {
            // 0.5^(1/n) ≈ 1 − ln2/n for the n samples of one half-life (no Math.Pow on the device).
            _envelopeDecay = 1f - Ln2 / (Tunables.EnvelopeHalfLifeS * sampleRateHz);
        }

        /// <summary>Position of the last completed peak, in sixteenths of a sample (wraps; subtract to compare).</summary>
        public int PeakPosX16 { get { return _peakPosX16; } }

        /// <summary>Height of the last completed peak (g).</summary>
        public float PeakG { get { return _peakG; } }

        public void Reset()
        {
            _envelopeG = 0f;
            _above = false;
            _prev1 = 0f;
            _prev2 = 0f;
        }

        /// <summary>Feeds the filtered value of sample sampleIndex; true when a peak has just completed.</summary>
        public bool Process(float valueG, int sampleIndex)
        {
            float magnitude = valueG < 0f ? -valueG : valueG;
            float envelope = _envelopeG * _envelopeDecay;
            if (magnitude > envelope) envelope = magnitude;
            _envelopeG = envelope;
            bool completed = false;

            if (!_above)
            {
                // The rise threshold only matters outside a hump.
                float rise = envelope * Tunables.PeakRiseFraction;
                if (rise < Tunables.MinPeakG) rise = Tunables.MinPeakG;
                if (valueG > rise)
                {
                    _above = true;
                    _peakG = -1f;
                }
            }

            if (_above)
            {
                // Local maximum at the previous sample?
                float prev1 = _prev1;
                if (prev1 >= _prev2 && prev1 > valueG && prev1 > _peakG)
                {
                    _peakG = prev1;
                    float curvature = _prev2 - 2f * prev1 + valueG;
                    int offsetX16 = 0;
                    if (curvature < 0f)
                    {
                        // The vertex of a parabola through a maximum and its two neighbours lies within half a sample
                        // of the middle one; the clamp only catches float rounding.
                        float offset = 0.5f * (_prev2 - valueG) / curvature;
                        offsetX16 = (int)(offset * SubSteps + (offset >= 0f ? 0.5f : -0.5f));
                        if (offsetX16 > SubSteps / 2) offsetX16 = SubSteps / 2;
                        if (offsetX16 < -SubSteps / 2) offsetX16 = -SubSteps / 2;
                    }

                    _peakPosX16 = (sampleIndex - 1) * SubSteps + offsetX16;
                }

                if (valueG < -envelope * Tunables.PeakFallFraction && _peakG > 0f)
                {
                    _above = false;
                    completed = true;
                }
            }

            _prev2 = _prev1;
            _prev1 = valueG;
            return completed;
        }
    }
}
