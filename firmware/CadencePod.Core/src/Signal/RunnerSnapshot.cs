using CadencePod.Core.Seams;

namespace CadencePod.Core.Signal
{
    /// <summary>
    /// The runner and the sensor as the rest of the pod sees them, filled once per sensor batch by the loop
    /// (<see cref="Update"/>) into this one preallocated object. The controller, the pacing engine and the Bluetooth
    /// service read it; none of them reads the cadence engine, so every decision between two batches sees the same
    /// values. Fields are written only by Update.
    /// </summary>
    public sealed class RunnerSnapshot
    {
        /// <summary>Live cadence (spm); 0 while still.</summary>
        public float CadenceSpm;

        public MotionState Motion;

        /// <summary>0–100: how regular the recent steps were and how long the bout has lasted.</summary>
        public int ConfidencePercent;

        /// <summary>Step period (µs) at the measured sample rate; 0 while still.</summary>
        public int StepPeriodUs;

        /// <summary>True inside a bout: <see cref="NextFootfallUs"/> is the predicted next footfall (µs, the loop's clock).</summary>
        public bool HasFootfall;
        public uint NextFootfallUs;

        /// <summary>Steps the engine has counted since boot.</summary>
        public int TotalSteps;

        /// <summary>Sensor health after the batch (SensorHealth).</summary>
        public SensorStatus Sensor;

        /// <summary>Samples lost just before this batch (a FIFO overflow or an outage); 0 almost always.</summary>
        public int SamplesLost;

        /// <summary>Reads the engine after a batch taken at <paramref name="nowUs"/>: the footfall prediction, counted in
        /// samples from the batch's newest sample, becomes a time on the loop's clock.</summary>
        public void Update(CadenceEngine engine, uint nowUs, SensorStatus sensor, int samplesLost)
        {
            CadenceSpm = engine.CadenceSpm;
            Motion = engine.Motion;
            ConfidencePercent = engine.ConfidencePercent;
            StepPeriodUs = engine.StepPeriodUs;
            TotalSteps = engine.TotalSteps;
            Sensor = sensor;
            SamplesLost = samplesLost;
            int samples;
            HasFootfall = engine.TryGetSamplesToNextFootfall(out samples);
            NextFootfallUs = HasFootfall ? nowUs + (uint)engine.SamplesToUs(samples) : 0u;
        }
    }
}
