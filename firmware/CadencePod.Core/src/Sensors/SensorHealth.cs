using CadencePod.Core.Seams;

namespace CadencePod.Core.Sensors
{
    /// <summary>
    /// The loop's view of the accelerometer's health, one drain at a time (docs/reliability.md): samples lost to an
    /// overflow or an outage, failed reads retried at once, an output stuck on one value, and the status that turns
    /// repeated failures into a missing sensor — asking the source to recover when they call for it. The loop calls
    /// <see cref="BeginDrain"/>, then <see cref="Read"/> until a read comes back short, then <see cref="EndDrain"/>.
    /// No allocation after construction.
    /// </summary>
    public sealed class SensorHealth
    {
        readonly IAccelSource _accel;
        readonly int _stuckSamples;
        SensorStatus _status;
        int _lostSamples;
        int _lostNow;
        int _drained;
        int _retries;
        int _readFailures;
        int _lastX, _lastY, _lastZ;
        int _identicalSamples;

        public SensorHealth(IAccelSource accel)
        {
            _accel = accel;
            _stuckSamples = Tunables.StuckSensorSeconds * accel.SampleRateHz;
        }

        /// <summary>Ok, ReadError (the last drain failed) or Missing (failures for long enough, or a stuck output).</summary>
        public SensorStatus Status { get { return _status; } }

        /// <summary>Samples lost to FIFO overflows or outages since boot.</summary>
        public int LostSamples { get { return _lostSamples; } }

        /// <summary>Samples read in the current (or last) drain.</summary>
        public int DrainedSamples { get { return _drained; } }

        /// <summary>The sensor did not come up at boot: missing from the start, so its pattern sounds at once.</summary>
        public void MarkMissing()
        {
            _status = SensorStatus.Missing;
        }

        /// <summary>Starts a drain; returns the samples the source lost since the last one (0 almost always).</summary>
        public int BeginDrain()
        {
            _retries = 0;
            _drained = 0;
            int lost = _accel.TakeLostSamples();
            _lostNow = lost;
            if (lost > 0) _lostSamples += lost;
            return lost;
        }

        /// <summary>
        /// Reads up to maxSamples samples into xyz; returns how many. A read that fails is tried again at once, up to
        /// Tunables.ReadRetries times a drain: bus errors are usually transient, and the FIFO keeps the samples meanwhile.
        /// </summary>
        public int Read(short[] xyz, int maxSamples)
        {
            int got = _accel.Read(xyz, maxSamples);
            while (got == 0 && _retries < Tunables.ReadRetries && _accel.Status != SensorStatus.Ok)
            {
                _retries++;
                got = _accel.Read(xyz, maxSamples);
            }

            // A real sensor's low bits always move; seconds of identical samples mean a stuck output.
            int lastX = _lastX, lastY = _lastY, lastZ = _lastZ, identical = _identicalSamples;
            for (int k = 0; k < AccelSampleLayout.Axes * got; k += AccelSampleLayout.Axes)
            {
                int x = xyz[k], y = xyz[k + AccelSampleLayout.Y], z = xyz[k + AccelSampleLayout.Z];
                if (x == lastX && y == lastY && z == lastZ)
                {
                    identical++;
                }
                else
                {
                    identical = 0;
                    lastX = x;
                    lastY = y;
                    lastZ = z;
                }
            }

            _lastX = lastX;
            _lastY = lastY;
            _lastZ = lastZ;
            _identicalSamples = identical;
            _drained += got;
            return got;
        }

        /// <summary>
        /// Ends the drain: updates <see cref="Status"/> and asks the source to recover when a stuck output appears or
        /// failures pile up. Returns true when the drain was undisturbed (nothing lost, the source fine), so its samples
        /// count for the rate calibration.
        /// </summary>
        public bool EndDrain()
        {
            SensorStatus source = _accel.Status;
            if (_identicalSamples >= _stuckSamples)
            {
                _status = SensorStatus.Missing;
                // At each drain of the second after it was found (the count goes on while the output stays stuck).
                if (_drained > 0 && _identicalSamples < _stuckSamples + _accel.SampleRateHz) _accel.Recover();
            }
            else if (source == SensorStatus.Ok)
            {
                _readFailures = 0;
                _status = SensorStatus.Ok;
            }
            else
            {
                _readFailures++;
                if (_readFailures >= Tunables.SensorMissingAfterFailures) _status = SensorStatus.Missing;
                else if (_status != SensorStatus.Missing) _status = SensorStatus.ReadError;
                if (_readFailures % Tunables.SensorMissingAfterFailures == 0) _accel.Recover();
            }

            return _lostNow == 0 && source == SensorStatus.Ok;
        }
    }
}
