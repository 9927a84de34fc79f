using CadencePod.Core.Tests;

namespace CadencePod.NanoBench
{
    /// <summary>A short running recording in counts (±8 g), made once before timing starts.</summary>
    public static class Recording
    {
        /// <summary>Ten seconds (rounded to whole steps) of the shared tests' running waveform on the z axis.</summary>
        public static short[] Running(float cadenceSpm, int sampleRateHz)
        {
            float samplesPerStep = 60f * sampleRateHz / cadenceSpm;
            int wholeSteps = (int)(10f * sampleRateHz / samplesPerStep + 0.5f);
            int samples = (int)(wholeSteps * samplesPerStep + 0.5f);
            var xyz = new short[3 * samples];
            for (int i = 0; i < samples; i++)
            {
                float stepPos = i / samplesPerStep;
                float phase = stepPos - (int)stepPos;
                float forward = phase < 0.58f ? -0.4f * TestSignals.Sin01(phase / 0.58f) : 0f;
                xyz[3 * i] = (short)(forward * TestSignals.CountsPerG + (i & 1));
                xyz[3 * i + 1] = (short)(0.2f * TestSignals.Sin01(0.5f * stepPos) * TestSignals.CountsPerG);
                xyz[3 * i + 2] = (short)(TestSignals.RunningVerticalG(phase) * TestSignals.CountsPerG);
            }

            return xyz;
        }
    }
}
