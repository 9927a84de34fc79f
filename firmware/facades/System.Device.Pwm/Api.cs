// Facade of nanoFramework.System.Device.Pwm 1.1.23 (nanoframework-api.md §3.6).
namespace System.Device.Pwm
{
    public enum PwmPulsePolarity
    {
        ActiveHigh,
        ActiveLow,
    }

    public sealed class PwmChannel : IDisposable
    {
        public PwmChannel(int chip, int channel, int frequency = 400, double dutyCyclePercentage = 0.5) { throw null; }
        public static PwmChannel CreateFromPin(int pin, int frequency = 400, double dutyCyclePercentage = 0.5) { throw null; }
        public static PwmChannel Create(int chip, int channel, int frequency = 400, double dutyCyclePercentage = 0.5) { throw null; }
        public int Frequency { get { throw null; } set { throw null; } }
        public double DutyCycle { get { throw null; } set { throw null; } }
        public void Start() { throw null; }
        public void Stop() { throw null; }
        public void Dispose() { throw null; }
    }
}
