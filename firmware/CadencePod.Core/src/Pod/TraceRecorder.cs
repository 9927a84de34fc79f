using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// Record mode: the accelerometer in the trace format (t_ms,ax,ay,az; milliseconds and g) as plain lines on a text
    /// channel — the serial console on the pod, a capture file in the simulator, which then replays it unchanged.
    /// It starts with <see cref="StartLine"/> (readers skip everything before it: the chip's boot output), metadata and the
    /// header; then one line per sample, in g with 4 decimals (0.24 mg per count at ±8 g, so 4 decimals keep 0.1 mg),
    /// formatted here with integers so the pod and the host print the same text. t_ms counts samples at the sensor's
    /// rate; lost samples advance it, so a gap is a jump in t_ms. Each line allocates a string: record mode runs no
    /// metronome, so the garbage collector may run whenever it likes.
    /// </summary>
    public sealed class TraceRecorder
    {
        /// <summary>The first line the recorder writes; trace readers start at it in a serial capture.</summary>
        public const string StartLine = "# source: cadencepod record mode";

        public const string Header = "t_ms,ax,ay,az";

        /// <summary>Record mode drains the sensor this often (ms): the FIFO holds 1.7 s, a drain prints about 5 lines.</summary>
        public const int DrainIntervalMs = Tunables.RecordDrainIntervalMs;

        readonly IAccelSource _accel;
        readonly ITextOut _output;
        readonly short[] _xyz = new short[AccelSampleLayout.Axes * Tunables.SensorBurstSamples];
        long _sample;

        public TraceRecorder(IAccelSource accel, ITextOut output)
        {
            _accel = accel;
            _output = output;
        }

        /// <summary>Samples written so far (lost ones included).</summary>
        public long SampleIndex { get { return _sample; } }

        public void Begin(string boardRevision)
        {
            _output.WriteLine(StartLine);
            _output.WriteLine("# board: " + boardRevision);
            _output.WriteLine("# sample_rate_hz: " + _accel.SampleRateHz.ToString());
            _output.WriteLine("# counts_per_g: " + _accel.CountsPerG.ToString());
            _output.WriteLine(Header);
        }

        /// <summary>Writes whatever the sensor has; returns the number of lines written.</summary>
        public int Pump()
        {
            int rate = _accel.SampleRateHz;
            int countsPerG = _accel.CountsPerG;
            int lines = 0;
            int n;
            do
            {
                _sample += _accel.TakeLostSamples();
                n = _accel.Read(_xyz, Tunables.SensorBurstSamples);
                for (int i = 0; i < n; i++)
                {
                    int at = AccelSampleLayout.Axes * i;
                    _output.WriteLine(Line(_sample * 1000 / rate, _xyz[at], _xyz[at + AccelSampleLayout.Y], _xyz[at + AccelSampleLayout.Z], countsPerG));
                    _sample++;
                    lines++;
                }
            }
            while (n == Tunables.SensorBurstSamples);
            return lines;
        }

        public static string Line(long tMs, int x, int y, int z, int countsPerG)
        {
            return tMs.ToString() + "," + G(x, countsPerG) + "," + G(y, countsPerG) + "," + G(z, countsPerG);
        }

        /// <summary>The trace's unit of acceleration: g with 4 decimals.</summary>
        const long TenThousandthsPerG = 10000;

        /// <summary>Counts as g with 4 decimals, rounded half away from zero: "-0.2441", "1.0000".</summary>
        public static string G(int counts, int countsPerG)
        {
            bool negative = counts < 0;
            long magnitude = negative ? -(long)counts : counts;
            long tenThousandths = (magnitude * (2 * TenThousandthsPerG) / countsPerG + 1) / 2;
            if (tenThousandths == 0) return "0.0000";
            long whole = tenThousandths / TenThousandthsPerG;
            // The fraction's digits with its leading zeros: those of TenThousandthsPerG + fraction after the leading 1.
            string digits = (TenThousandthsPerG + tenThousandths % TenThousandthsPerG).ToString().Substring(1);
            return (negative ? "-" : "") + whole.ToString() + "." + digits;
        }
    }
}
