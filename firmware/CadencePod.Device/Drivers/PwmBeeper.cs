using System;
using System.Device.Pwm;
using CadencePod.Core.Seams;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
    /// <summary>The piezo through the NPN stage: LEDC PWM at the tone frequency; duty sets loudness.</summary>
    public sealed class PwmBeeper : IBeeper
    {
        readonly PwmChannel _channel;
        int _frequencyHz;

        /// <summary>Maps a PWM function to the pin (unassigned by default on the ESP32), then opens the channel.</summary>
        public PwmBeeper(int pin, int pwmChannel, int initialFrequencyHz)
        {
            Configuration.SetPinFunction(pin, PwmFunction(pwmChannel));
            _channel = PwmChannel.CreateFromPin(pin, initialFrequencyHz, 0);
            if (_channel == null) throw new InvalidOperationException("no PWM on pin " + pin.ToString());
            _frequencyHz = initialFrequencyHz;
        }

        public void Start(int frequencyHz, int dutyPermille)
        {
            if (frequencyHz != _frequencyHz)
            {
                _channel.Frequency = frequencyHz;
                _frequencyHz = frequencyHz;
            }

            _channel.DutyCycle = dutyPermille / 1000.0;
            _channel.Start();
        }

        public void Stop()
        {
            _channel.Stop();
        }

        static DeviceFunction PwmFunction(int channel)
        {
            switch (channel)
            {
                case 2: return DeviceFunction.PWM2;
                case 3: return DeviceFunction.PWM3;
                case 4: return DeviceFunction.PWM4;
                default: return DeviceFunction.PWM1;
            }
        }
    }
}
