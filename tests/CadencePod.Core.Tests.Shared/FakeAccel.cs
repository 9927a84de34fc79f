using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    /// <summary>An accelerometer that replays a generated running or still signal at 100 Hz, in step with the fake clock.</summary>
    public sealed class FakeAccel : IAccelSource
    {
        readonly FakeClock _clock;
        uint _nextSampleUs;
        int _sample;

        public FakeAccel(FakeClock clock)
        {
            _clock = clock;
            _nextSampleUs = clock.Now;
        }

        /// <summary>0 = still; otherwise the simulated runner's cadence.</summary>
        public float CadenceSpm;
        public bool Missing;

        public int SampleRateHz { get { return 100; } }
        public int CountsPerG { get { return 4096; } }
        public SensorStatus Status { get { return Missing ? SensorStatus.ReadError : SensorStatus.Ok; } }

        /// <summary>Repeats one sample forever (a stuck output register).</summary>
        public bool Stuck;

        public int Read(short[] xyz, int maxSamples)
        {
            if (Stuck)
            {
                int m = 0;
                while (m < maxSamples && Time.IsAtOrAfter(_clock.Now, _nextSampleUs))
                {
                    xyz[3 * m] = 100;
                    xyz[3 * m + 1] = -200;
                    xyz[3 * m + 2] = 4000;
                    m++;
                    _nextSampleUs += 10000;
                }

                return m;
            }

            if (Missing)
            {
                _nextSampleUs = _clock.Now;
                return 0;
            }

            int n = 0;
            while (n < maxSamples && Time.IsAtOrAfter(_clock.Now, _nextSampleUs))
            {
                float vertical = 1f;
                float forward = 0f;
                float lateral = 0f;
                if (CadenceSpm > 0f)
                {
                    float stepPos = _sample * CadenceSpm / 6000f;
                    float phase = stepPos - (int)stepPos;
                    vertical = TestSignals.RunningVerticalG(phase);
                    forward = phase < 0.58f ? -0.4f * TestSignals.Sin01(phase / 0.58f) : 0f;
                    lateral = 0.2f * TestSignals.Sin01(0.5f * stepPos);
                }

                // One count of alternating noise, as a real sensor always has (a bit-identical stream means "stuck").
                xyz[3 * n] = (short)(forward * 4096f + (_sample & 1));
                xyz[3 * n + 1] = (short)(lateral * 4096f);
                xyz[3 * n + 2] = (short)(vertical * 4096f);
                n++;
                _sample++;
                _nextSampleUs += 10000;
            }

            return n;
        }

        public int TakeLostSamples()
        {
            return 0;
        }

        public bool Recover()
        {
            return !Missing;
        }
    }
}
