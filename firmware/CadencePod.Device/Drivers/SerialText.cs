using System;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>
    /// Plain lines on the serial console. On the ESP32 Console.WriteLine goes to UART0 (the dev board's USB serial port,
    /// 921600 baud) as plain text when no debugger is attached, and to Visual Studio's output window when one is
    /// (docs/building.md, "Serial output").
    /// </summary>
    public sealed class SerialText : ITextOut
    {
        public void WriteLine(string line)
        {
            Console.WriteLine(line);
        }
    }
}
