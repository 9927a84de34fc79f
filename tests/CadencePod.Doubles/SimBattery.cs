using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>The cell as the battery seam reports it (mV; 0 = unknown); a test or the simulator sets it.</summary>
    public sealed class SimBattery : IBattery
    {
        /// <summary>A cell about two thirds charged, above every warning.</summary>
        public int Millivolts = 3950;

        public int ReadMillivolts()
        {
            return Millivolts;
        }
    }
}
