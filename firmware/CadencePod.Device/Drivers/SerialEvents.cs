using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;
using System.IO;
using System.Threading;
using CadencePod.Core.Seams;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
    /// <summary>Writes the rare pod events as lines; beats, steps and buttons are not printed (they would allocate).</summary>
    public sealed class SerialEvents : IPodEvents
    {
        readonly ITextOut _out;

        public SerialEvents(ITextOut output)
        {
            _out = output;
        }

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            if (kind == PodEvent.Beat || kind == PodEvent.Step || kind == PodEvent.Button) return;
            _out.WriteLine("event," + (nowUs / 1000).ToString() + "," + ((int)kind).ToString() + "," + value.ToString());
        }
    }
}
