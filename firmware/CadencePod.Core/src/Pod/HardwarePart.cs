using System;

namespace CadencePod.Core.Pod
{
    /// <summary>Which part of the board a fault came from (the value of a HardwareFault event).</summary>
    public enum HardwarePart
    {
        Sensor = 1,
        Beeper = 2,
        Buttons = 3,
        Storage = 4,
        Battery = 5,
        Power = 6,
        Console = 7,
    }
}
