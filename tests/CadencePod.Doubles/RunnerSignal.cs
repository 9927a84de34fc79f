namespace CadencePod.Doubles
{
    /// <summary>
    /// A runner's specific force at the waist, made with arithmetic only (no System.Math on the device): a stance/flight
    /// vertical waveform, a forward braking pulse during stance and a sway at half the step rate — what the unit tests,
    /// the sample-level accelerometer double and NanoBench's recording feed the engine.
    /// </summary>
    public static class RunnerSignal
    {
        /// <summary>Share of a step the foot is on the ground (a runner's duty factor).</summary>
        public const float StanceShare = 0.58f;

        /// <summary>sin(2π·phase) for any phase, Bhaskara I approximation (error &lt; 0.2 %).</summary>
        public static float Sin01(float phase)
        {
            phase -= (int)phase;
            if (phase < 0f) phase += 1f;
            float sign = 1f;
            if (phase >= 0.5f)
            {
                phase -= 0.5f;
                sign = -1f;
            }

            float x = phase * 360f; // degrees in [0, 180)
            return sign * 4f * x * (180f - x) / (40500f - x * (180f - x));
        }

        /// <summary>Vertical specific force (g) at a phase within a step (0 = foot contact): a half sine over the stance
        /// whose mean over the step is 1 g, nothing in flight.</summary>
        public static float VerticalG(float phaseInStep)
        {
            if (phaseInStep < StanceShare)
            {
                float peak = 3.14159265f / (2f * StanceShare);
                return peak * Sin01(0.5f * phaseInStep / StanceShare);
            }

            return 0f;
        }

        /// <summary>Forward specific force (g): braking, then pushing off, during the stance.</summary>
        public static float ForwardG(float phaseInStep)
        {
            return phaseInStep < StanceShare ? -0.4f * Sin01(phaseInStep / StanceShare) : 0f;
        }

        /// <summary>Sideways sway (g) at a position counted in steps: one cycle per stride.</summary>
        public static float LateralG(float stepPos)
        {
            return 0.2f * Sin01(0.5f * stepPos);
        }
    }
}
