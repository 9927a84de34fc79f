using System.Device.Adc;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>One ADC1 channel, raw counts as the native driver returns them (11/12 dB attenuation, 0 … MaxValue).</summary>
    public sealed class AdcInput : IAnalogInput
    {
        readonly AdcChannel _channel;
        readonly int _maxRaw;

        public AdcInput(int channel)
        {
            var adc = new AdcController();
            _maxRaw = adc.MaxValue;
            _channel = adc.OpenChannel(channel);
        }

        public int MaxRaw { get { return _maxRaw; } }

        public int ReadRaw()
        {
            return _channel.ReadValue();
        }
    }
}
