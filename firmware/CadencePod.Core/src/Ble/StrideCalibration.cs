namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The runner's distance per step, from a run of known distance: steps are counted from the start to the finish
    /// (the cadence engine's own count), and stride = distance ÷ steps. Speed on the footpod is then cadence × stride.
    /// Started and finished from the buttons (Up then Down, held) or from the phone (CadencePod Command).
    /// </summary>
    public sealed class StrideCalibration
    {
        int _startSteps;

        public bool Running;

        public void Start(int totalSteps)
        {
            _startSteps = totalSteps;
            Running = true;
        }

        public void Cancel()
        {
            Running = false;
        }

        /// <summary>
        /// True with the distance per step (mm) the run gives over <paramref name="distanceM"/> metres; false when it cannot
        /// give one (not running, fewer than CalibrationMinSteps steps, or a stride outside StrideMinMm–StrideMaxMm). Changes
        /// nothing: the caller ends the run (<see cref="Cancel"/>) when it takes the result.
        /// </summary>
        public bool TryGetStrideMm(int totalSteps, int distanceM, out int strideMm)
        {
            strideMm = 0;
            if (!Running) return false;
            int steps = totalSteps - _startSteps;
            if (steps < Tunables.CalibrationMinSteps) return false;
            int stride = (distanceM * 1000 + steps / 2) / steps;
            if (stride < Tunables.StrideMinMm || stride > Tunables.StrideMaxMm) return false;
            strideMm = stride;
            return true;
        }
    }
}
