namespace CadencePod.Core.Seams
{
    /// <summary>One ADC channel, raw counts as the native driver returns them (0 … its MaxValue). May throw.</summary>
    public interface IAnalogInput
    {
        /// <summary>Largest raw value (4095 for the ESP32's 12-bit ADC).</summary>
        int MaxRaw { get; }

        int ReadRaw();
    }
}
