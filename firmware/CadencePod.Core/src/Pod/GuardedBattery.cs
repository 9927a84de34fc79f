using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>The battery behind a guard: a reading that throws is "unknown" (0), never an alarm.</summary>
    public sealed class GuardedBattery : IBattery
    {
        readonly IBattery _inner;
        readonly HardwareFaults _faults;

        public GuardedBattery(IBattery inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int ReadMillivolts()
        {
            try
            {
                return _inner.ReadMillivolts();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Battery);
                return 0;
            }
        }
    }
}
