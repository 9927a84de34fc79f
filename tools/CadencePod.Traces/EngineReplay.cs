using CadencePod.Core.Signal;

namespace CadencePod.Traces;

/// <summary>Runs the firmware's <see cref="CadenceEngine"/> over an emulated recording.</summary>
public static class EngineReplay
{
    public static ReplayResult Run(Trace trace, int sampleRateHz = SensorEmulator.DefaultSampleRateHz, int countsPerG = SensorEmulator.CountsPerGAt8G)
    {
        var xyz = SensorEmulator.Emulate(trace, sampleRateHz, countsPerG, out int n);
        var engine = new CadenceEngine(sampleRateHz, countsPerG);
        double t0 = trace.TimeMs[0];
        double endMs = trace.TimeMs[^1];
        var result = new ReplayResult { SampleCount = n, SampleRateHz = sampleRateHz, EndMs = endMs };
        double periodMs = 1000.0 / sampleRateHz;
        // The estimate "at" whole second s of the recording's time base is the state after the last sample at or before s.
        int nextSecond = 1;
        while (nextSecond * 1000.0 < t0 && nextSecond * 1000.0 <= endMs)
        {
            result.CadenceSpm.Add(0);
            nextSecond++;
        }

        for (int k = 0; k < n; k++)
        {
            int released = engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            for (int i = 0; i < released; i++) result.StepsMs.Add(t0 + engine.NewStepSample(i) * periodMs);
            double nextSampleMs = t0 + (k + 1) * periodMs;
            while (nextSecond * 1000.0 < nextSampleMs - 1e-9 && nextSecond * 1000.0 <= endMs)
            {
                result.CadenceSpm.Add(engine.CadenceSpm);
                nextSecond++;
            }
        }

        while (nextSecond * 1000.0 <= endMs)
        {
            result.CadenceSpm.Add(engine.CadenceSpm);
            nextSecond++;
        }

        return result;
    }
}
