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
        /// The distance per step (mm) the run gives over <paramref name="distanceM"/> metres, or 0 when it cannot give
        /// one (not running, fewer than CalibrationMinSteps steps, or a stride outside StrideMinMm–StrideMaxMm). Changes
        /// nothing: the caller ends the run (<see cref="Cancel"/>) when it takes the result.
        /// </summary>
        public int StrideMmOver(int totalSteps, int distanceM)
        {
            if (!Running) return 0;
            int steps = totalSteps - _startSteps;
            if (steps < Tunables.CalibrationMinSteps) return 0;
            int strideMm = (distanceM * 1000 + steps / 2) / steps;
            if (strideMm < Tunables.StrideMinMm || strideMm > Tunables.StrideMaxMm) return 0;
            return strideMm;
        }
    }
}
