namespace CadencePod.Core.Signal
{
    /// <summary>
    /// Splits the dynamic acceleration into the part along gravity and the part across it, and keeps the
    /// ratio of their energies. Stepping moves the hips forward and sideways as well as up; jumping in place,
    /// a car on a bumpy road or tapping the pod mostly moves it along one axis. No square roots: the vertical
    /// energy is (d·g)² / |g|².
    /// </summary>
    public sealed class GravitySplit
    {
        readonly float _gAlpha;
        readonly float _minGravity2;   // Tunables.GravityMinG2 in counts²: below it there is no gravity to split along
        readonly float _minEnergy;     // Tunables.MotionMinEnergyG2 in counts²: below it there is no motion
        float _gx, _gy, _gz;
        float _verticalEnergy;
        float _horizontalEnergy;
        bool _primed;

        public GravitySplit(int sampleRateHz, int countsPerG)
        {
            // Everything is in counts: the ratio of two energies does not need g, and each sample saves three multiplications.
            float counts2 = (float)countsPerG * countsPerG;
            _minGravity2 = Tunables.GravityMinG2 * counts2;
            _minEnergy = Tunables.MotionMinEnergyG2 * counts2;
            // The caller feeds every GravitySplitDecimation-th sample of its stream (the gate costs less in the caller
            // than a call that returns at once): the energies change over seconds, and this stage only answers when a
            // bout is being confirmed, so a quarter of the samples is plenty.
            _gAlpha = Tunables.GravitySplitDecimation / (Tunables.GravityTimeConstantS * sampleRateHz);
        }

        /// <summary>Horizontal / vertical dynamic energy over the last couple of seconds (0 when still).</summary>
        public float HorizontalRatio
        {
            get
            {
                if (_verticalEnergy <= _minEnergy) return 0f;
                return _horizontalEnergy / _verticalEnergy;
            }
        }

        public void Reset()
        {
            _primed = false;
            _verticalEnergy = 0f;
            _horizontalEnergy = 0f;
        }

        public void Process(int x, int y, int z)
        {
            float ax = x, ay = y, az = z;
            if (!_primed)
            {
                _gx = ax;
                _gy = ay;
                _gz = az;
                _primed = true;
            }

            _gx += (ax - _gx) * _gAlpha;
            _gy += (ay - _gy) * _gAlpha;
            _gz += (az - _gz) * _gAlpha;
            float dx = ax - _gx, dy = ay - _gy, dz = az - _gz;
            float g2 = _gx * _gx + _gy * _gy + _gz * _gz;
            float d2 = dx * dx + dy * dy + dz * dz;
            float vertical2 = 0f;
            if (g2 > _minGravity2)
            {
                float dot = dx * _gx + dy * _gy + dz * _gz;
                vertical2 = dot * dot / g2;
            }

            float horizontal2 = d2 - vertical2;
            if (horizontal2 < 0f) horizontal2 = 0f;
            _verticalEnergy += (vertical2 - _verticalEnergy) * _gAlpha;
            _horizontalEnergy += (horizontal2 - _horizontalEnergy) * _gAlpha;
        }
    }
}
