namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Stage 1: orientation-free step signal. |a| (so no axis has to point up, and re-clipping the pod
    /// changes nothing), minus its slow mean (gravity), through two one-pole low-pass stages that remove
    /// heel-strike spikes and clip rattle. Output in g, zero-mean, one hump per footfall.
    /// </summary>
    public sealed class BandFilter
    {
        /// <summary>π (the device has no System.Math).</summary>
        const float Pi = 3.14159265f;

        readonly float _gPerCount;
        readonly float _dcAlpha;
        readonly float _lpAlpha;
        float _magnitudeCounts;
        float _dcG;
        float _lp1G;
        float _lp2G;
        bool _primed;

        public BandFilter(int sampleRateHz, int countsPerG)
        {
            _gPerCount = 1f / countsPerG;
            _dcAlpha = 1f / (Tunables.DcTimeConstantS * sampleRateHz);
            float w = 2f * Pi * Tunables.LowPassHz / sampleRateHz;
            _lpAlpha = w / (1f + w);
        }

        /// <summary>Last magnitude in g (for diagnostics and the horizontal split).</summary>
        public float MagnitudeG { get { return _magnitudeCounts * _gPerCount; } }

        public void Reset()
        {
            _primed = false;
            _magnitudeCounts = 0f;
            _lp1G = 0f;
            _lp2G = 0f;
        }

        /// <summary>Feeds one sample (counts); returns the filtered step signal in g.</summary>
        public float Process(int x, int y, int z)
        {
            float sq = (float)x * x + (float)y * y + (float)z * z;
            float m = _magnitudeCounts;
            if (sq < 1f)
            {
                m = 0f;
            }
            else
            {
                // Newton's square root (no System.Math on the device), seeded with the previous magnitude: |a|
                // usually moves little between samples, and two iterations then give ~1e-5. A heel strike can
                // move it several-fold in one sample, where two iterations from the old value overshoot by tens of
                // percent (and turned every impact into a false hump); then seed with |x| + |y| + |z|, which is
                // at most √3 |a| above it, and take one more iteration.
                float m2 = m * m;
                if (m < 1f || m2 * Tunables.MagnitudeJumpSquaredLow > sq * Tunables.MagnitudeJumpSquaredHigh
                    || m2 * Tunables.MagnitudeJumpSquaredHigh < sq * Tunables.MagnitudeJumpSquaredLow)
                {
                    m = (x < 0 ? -x : x) + (y < 0 ? -y : y) + (z < 0 ? -z : z);
                    m = 0.5f * (m + sq / m);
                }

                m = 0.5f * (m + sq / m);
                m = 0.5f * (m + sq / m);
            }

            _magnitudeCounts = m;
            float g = m * _gPerCount;
            if (!_primed)
            {
                _dcG = g;
                _primed = true;
            }

            _dcG += (g - _dcG) * _dcAlpha;
            float hp = g - _dcG;
            _lp1G += (hp - _lp1G) * _lpAlpha;
            _lp2G += (_lp1G - _lp2G) * _lpAlpha;
            return _lp2G;
        }
    }
}
