using System.Device.Gpio;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>Buttons to ground with internal pull-ups, read by polling (GPIO events are slow and allocate).</summary>
    public sealed class GpioButtons : IButtonPanel
    {
        readonly GpioPin _up;
        readonly GpioPin _down;
        readonly GpioPin _mode;

        public GpioButtons(GpioController gpio, int upPin, int downPin, int modePin)
        {
            _up = gpio.OpenPin(upPin, PinMode.InputPullUp);
            _down = gpio.OpenPin(downPin, PinMode.InputPullUp);
            _mode = gpio.OpenPin(modePin, PinMode.InputPullUp);
        }

        public int ReadPressedMask()
        {
            int mask = 0;
            if (_up.Read() == PinValue.Low) mask |= ButtonBits.Up;
            if (_down.Read() == PinValue.Low) mask |= ButtonBits.Down;
            if (_mode.Read() == PinValue.Low) mask |= ButtonBits.Mode;
            return mask;
        }
    }
}
