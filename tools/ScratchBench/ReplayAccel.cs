using CadencePod.Core;
using CadencePod.Core.Seams;
using CadencePod.Core.Tests;

namespace CadencePod.NanoBench
{
    /// <summary>A sensor that serves a recording, looped, at its sample rate on the fake clock.</summary>
    public sealed class ReplayAccel : IAccelSource
    {
        readonly FakeClock _clock;
        readonly short[] _xyz;
        readonly int _frames;
        readonly uint _periodUs;
        uint _nextSampleUs;
        int _frame;

        public ReplayAccel(FakeClock clock, short[] xyz, int sampleRateHz)
        {
            _clock = clock;
            _xyz = xyz;
            _frames = xyz.Length / 3;
            SampleRateHz = sampleRateHz;
            _periodUs = (uint)(1000000 / sampleRateHz);
            _nextSampleUs = clock.Now;
        }

        public int SampleRateHz { get; private set; }

        public int CountsPerG { get { return TestSignals.CountsPerG; } }

        public SensorStatus Status { get { return SensorStatus.Ok; } }

        public int Read(short[] xyz, int maxSamples)
        {
            int n = 0;
            while (n < maxSamples && Time.IsAtOrAfter(_clock.Now, _nextSampleUs))
            {
                int k = 3 * _frame;
                xyz[3 * n] = _xyz[k];
                xyz[3 * n + 1] = _xyz[k + 1];
                xyz[3 * n + 2] = _xyz[k + 2];
                n++;
                _frame = _frame + 1 == _frames ? 0 : _frame + 1;
                _nextSampleUs += _periodUs;
            }

            return n;
        }

        public int TakeLostSamples()
        {
            return 0;
        }

        public bool Recover()
        {
            return true;
        }
    }
}
