using CadencePod.Core.Sensors;
using CadencePod.Core.Signal;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>
    /// Deterministic accelerometer signals for the engine, made with arithmetic only (no System.Math on the device): the
    /// runner of <see cref="RunnerSignal"/> along any axis, still stretches, and recordings of both.
    /// </summary>
    public static class TestSignals
    {
        /// <summary>The pod's counts per g (Core's one place: the driver's configured range).</summary>
        public const int CountsPerG = Mpu6050Fifo.ConfiguredCountsPerG;

        /// <summary>The pod's sensor rate (board rev1).</summary>
        public const int SampleRateHz = BoardDouble.SampleRateHz;

        /// <summary>
        /// Feeds a running signal on the given axis (0 x, 1 y, 2 z; sign flips the axis); returns steps released.
        /// It lasts a whole number of steps (the nearest to seconds), so consecutive calls join like a runner changing
        /// pace, without a cut-short step at the seam.
        /// </summary>
        public static int FeedRunning(CadenceEngine engine, float cadenceSpm, float seconds, int axis, int sign)
        {
            int rate = engine.SampleRateHz;
            float samplesPerStep = 60f * rate / cadenceSpm;
            int wholeSteps = (int)(seconds * rate / samplesPerStep + 0.5f);
            int samples = (int)(wholeSteps * samplesPerStep + 0.5f);
            int steps = 0;
            for (int i = 0; i < samples; i++)
            {
                float stepPos = i / samplesPerStep;
                float phase = stepPos - (int)stepPos;
                float vertical = RunnerSignal.VerticalG(phase);
                float lateral = RunnerSignal.LateralG(stepPos);
                float forward = RunnerSignal.ForwardG(phase);
                steps += Feed(engine, vertical, forward, lateral, axis, sign);
            }

            return steps;
        }

        /// <summary>
        /// Records what FeedStill / FeedRunning would feed (3 s still, 40 s walking at 110 spm, 60 s running at 172, 5 s
        /// still) as interleaved x, y, z counts, vertical on the z axis.
        /// </summary>
        public static short[] Record(int sampleRateHz)
        {
            int samples = (3 + 40 + 60 + 5) * sampleRateHz;
            var xyz = new short[3 * samples];
            int n = 0;
            n = RecordStill(xyz, n, 3 * sampleRateHz);
            n = RecordMoving(xyz, n, 40 * sampleRateHz, 60f * sampleRateHz / 110f);
            n = RecordMoving(xyz, n, 60 * sampleRateHz, 60f * sampleRateHz / 172f);
            RecordStill(xyz, n, samples - n);
            return xyz;
        }

        static int RecordStill(short[] xyz, int at, int samples)
        {
            for (int i = 0; i < samples; i++, at++) xyz[3 * at + 2] = (short)CountsPerG;
            return at;
        }

        static int RecordMoving(short[] xyz, int at, int samples, float samplesPerStep)
        {
            for (int i = 0; i < samples; i++, at++)
            {
                float stepPos = i / samplesPerStep;
                float phase = stepPos - (int)stepPos;
                xyz[3 * at] = (short)(RunnerSignal.ForwardG(phase) * CountsPerG);
                xyz[3 * at + 1] = (short)(RunnerSignal.LateralG(stepPos) * CountsPerG);
                xyz[3 * at + 2] = (short)(RunnerSignal.VerticalG(phase) * CountsPerG);
            }

            return at;
        }

        /// <summary>Feeds a still sensor (1 g on the axis) for the given time.</summary>
        public static int FeedStill(CadenceEngine engine, float seconds, int axis, int sign)
        {
            int samples = (int)(seconds * engine.SampleRateHz);
            int steps = 0;
            for (int i = 0; i < samples; i++) steps += Feed(engine, 1f, 0f, 0f, axis, sign);
            return steps;
        }

        static int Feed(CadenceEngine engine, float verticalG, float forwardG, float lateralG, int axis, int sign)
        {
            int v = (int)(verticalG * CountsPerG) * sign;
            int f = (int)(forwardG * CountsPerG);
            int l = (int)(lateralG * CountsPerG);
            if (axis == 0) return engine.Process(v, f, l);
            if (axis == 1) return engine.Process(l, v, f);
            return engine.Process(f, l, v);
        }
    }
}
