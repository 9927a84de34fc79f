using CadencePod.Core.Tests;
using CadencePod.Doubles;

namespace CadencePod.NanoBench
{
    /// <summary>A short running recording in counts (±8 g), made once before timing starts.</summary>
    public static class Recording
    {
        /// <summary>Ten seconds (rounded to whole steps) of the runner (RunnerSignal), vertical on the z axis.</summary>
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
                xyz[3 * i] = (short)(RunnerSignal.ForwardG(phase) * TestSignals.CountsPerG + (i & 1));
                xyz[3 * i + 1] = (short)(RunnerSignal.LateralG(stepPos) * TestSignals.CountsPerG);
                xyz[3 * i + 2] = (short)(RunnerSignal.VerticalG(phase) * TestSignals.CountsPerG);
            }

            return xyz;
        }
    }
}
