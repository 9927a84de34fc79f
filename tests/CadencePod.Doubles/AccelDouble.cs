#nullable disable // the simulator compiles the doubles with nullable annotations on; they are nanoFramework code (none there)
using CadencePod.Core;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;

namespace CadencePod.Doubles
{
    /// <summary>
    /// An accelerometer at the sample level, with no bus behind it: it delivers samples at its rate on the virtual clock,
    /// either a recording replayed in a loop (<see cref="Replay"/>) or a generated runner (<see cref="CadenceSpm"/>; 0 is a
    /// pod lying still). It can go missing (reads fail) or stuck (one sample repeated). For the register level — the
    /// firmware's own driver on a simulated chip — use <see cref="Mpu6050RegisterFile"/>.
    /// </summary>
    public sealed class AccelDouble : IAccelSource
    {
        readonly VirtualClock _clock;
        readonly int _rateHz;
        readonly int _periodUs;
        readonly float _samplesPerMinute;
        long _nextSampleUs;
        int _sample;
        short[] _recording;
        int _frames;
        int _frame;

        /// <summary>The generated runner's cadence; 0 = still.</summary>
        public float CadenceSpm;

        /// <summary>Reads fail (a bus error) and no samples come.</summary>
        public bool Missing;

        /// <summary>Repeats one sample forever (a stuck output register).</summary>
        public bool Stuck;

        /// <summary>Samples the next TakeLostSamples reports lost (an overflow), then 0 again.</summary>
        public int LoseNext;

        /// <summary>Read and Recover calls so far.</summary>
        public int Reads;
        public int Recoveries;

        public AccelDouble(VirtualClock clock, int sampleRateHz)
        {
            _clock = clock;
            _rateHz = sampleRateHz;
            _periodUs = Time.UsPerSecond / sampleRateHz;
            _samplesPerMinute = 60f * sampleRateHz;
            _nextSampleUs = clock.NowUs64;
        }

        /// <summary>Serves xyz (interleaved x, y, z counts) from now on, looped, instead of the generated runner.</summary>
        public void Replay(short[] xyz)
        {
            _recording = xyz;
            _frames = xyz.Length / 3;
            _frame = 0;
        }

        public int SampleRateHz { get { return _rateHz; } }

        public int CountsPerG { get { return Mpu6050Fifo.ConfiguredCountsPerG; } }

        public SensorStatus Status { get { return Missing ? SensorStatus.ReadError : SensorStatus.Ok; } }

        public int Read(short[] xyz, int maxSamples)
        {
            Reads++;
            long now = _clock.NowUs64;
            int n = 0;
            if (Stuck)
            {
                for (; n < maxSamples && now >= _nextSampleUs; n++)
                {
                    xyz[3 * n] = 100;
                    xyz[3 * n + 1] = -200;
                    xyz[3 * n + 2] = 4000;
                    _nextSampleUs += _periodUs;
                }

                return n;
            }

            if (Missing)
            {
                _nextSampleUs = now;
                return 0;
            }

            short[] recording = _recording;
            if (recording != null)
            {
                for (; n < maxSamples && now >= _nextSampleUs; n++)
                {
                    int k = 3 * _frame;
                    xyz[3 * n] = recording[k];
                    xyz[3 * n + 1] = recording[k + 1];
                    xyz[3 * n + 2] = recording[k + 2];
                    _frame = _frame + 1 == _frames ? 0 : _frame + 1;
                    _nextSampleUs += _periodUs;
                }

                return n;
            }

            int countsPerG = Mpu6050Fifo.ConfiguredCountsPerG;
            for (; n < maxSamples && now >= _nextSampleUs; n++)
            {
                float vertical = 1f;
                float forward = 0f;
                float lateral = 0f;
                if (CadenceSpm > 0f)
                {
                    float stepPos = _sample * CadenceSpm / _samplesPerMinute;
                    float phase = stepPos - (int)stepPos;
                    vertical = RunnerSignal.VerticalG(phase);
                    forward = RunnerSignal.ForwardG(phase);
                    lateral = RunnerSignal.LateralG(stepPos);
                }

                // One count of alternating noise, as a real sensor always has (a bit-identical stream means "stuck").
                xyz[3 * n] = (short)(forward * countsPerG + (_sample & 1));
                xyz[3 * n + 1] = (short)(lateral * countsPerG);
                xyz[3 * n + 2] = (short)(vertical * countsPerG);
                _sample++;
                _nextSampleUs += _periodUs;
            }

            return n;
        }

        public int TakeLostSamples()
        {
            int lost = LoseNext;
            LoseNext = 0;
            return lost;
        }

        public bool Recover()
        {
            Recoveries++;
            return !Missing;
        }
    }
}
