namespace CadencePod.Simulator.Board;

/// <summary>
/// What the pod's serial console carries (docs/building.md, "Serial output"): UART0 at 921600 baud, where the firmware's
/// Console.WriteLine lines arrive as plain text when no debugger is attached. The boot banner, the event lines, the
/// run-log dump and record mode's trace are written by the firmware's own code (Core's PodBoot, RunLog, TraceRecorder);
/// the simulator adds what the ESP32's ROM prints at reset.
/// </summary>
public static class SerialConsole
{
    /// <summary>
    /// The ESP32 ROM's boot lines at reset are sent at 115200 baud; a terminal at the console's 921600 shows them as a
    /// short run of garbage (here U+FFFD, as most terminals draw an undecodable byte). Readers skip everything before the
    /// line they start at.
    /// </summary>
    public static readonly string[] Esp32RomBoot = { new string('\uFFFD', 23) };
}
