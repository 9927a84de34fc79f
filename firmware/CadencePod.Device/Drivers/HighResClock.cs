using CadencePod.Core.Seams;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
    // The seams on nanoFramework. Each adapter is thin and takes its pins and settings from the board class through its
    // constructor. Exceptions are not caught here: the boot sequence and the guards in Core (PodBoot, HardwareGuards)
    // catch and record them, and the host tests exercise that with throwing doubles.

    /// <summary>µs since boot from esp_timer (1 µs resolution; the 10 ms system tick is useless for beats).</summary>
    public sealed class HighResClock : IClock
    {
        public uint NowUs()
        {
            return (uint)HighResTimer.GetCurrent();
        }
    }
}
