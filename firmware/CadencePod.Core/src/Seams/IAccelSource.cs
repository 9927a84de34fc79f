namespace CadencePod.Core.Seams
{
    /// <summary>
    /// Accelerometer batches. The device drains the MPU-6050 FIFO; the simulator replays a trace.
    /// Timing comes from the sensor's own output data rate: sample n is n / SampleRateHz after sample 0.
    /// </summary>
    public interface IAccelSource
    {
        int SampleRateHz { get; }

        /// <summary>Counts per g at the configured full scale (4096 at ±8 g).</summary>
        int CountsPerG { get; }

        /// <summary>Copies up to maxSamples samples as interleaved x, y, z counts into xyz; returns how many.</summary>
        int Read(short[] xyz, int maxSamples);

        /// <summary>Samples lost since the previous call (FIFO overflow or bus outage); reading clears it.</summary>
        int TakeLostSamples();

        SensorStatus Status { get; }

        /// <summary>Tries to bring the sensor back (re-initialise). Never throws.</summary>
        bool Recover();
    }
}
