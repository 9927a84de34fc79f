// Facade of nanoFramework.System.Device.Adc (nanoframework/System.Device.Adc: AdcController.cs, AdcChannel.cs).
namespace System.Device.Adc
{
    public enum AdcChannelMode
    {
        SingleEnded = 0,
        Differential = 1,
    }

    public abstract class AdcChannelBase
    {
        public abstract int ReadValue();
    }

    public class AdcChannel : AdcChannelBase, IDisposable
    {
        internal AdcChannel() { }
        public override int ReadValue() { throw null; }
        public void Dispose() { throw null; }
    }

    public sealed class AdcController
    {
        public AdcController() { throw null; }
        public int ChannelCount { get { throw null; } }
        public AdcChannelMode ChannelMode { get { throw null; } set { throw null; } }
        public int MaxValue { get { throw null; } }
        public int MinValue { get { throw null; } }
        public int ResolutionInBits { get { throw null; } }
        public bool IsChannelModeSupported(AdcChannelMode channelMode) { throw null; }
        public AdcChannel OpenChannel(int channelNumber) { throw null; }
    }
}
