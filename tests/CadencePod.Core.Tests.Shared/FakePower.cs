using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    public sealed class FakePower : IPowerControl
    {
        public int Sleeps;
        public int Shutdowns;
        public bool LastSleepWakesOnMotion;
        public WakeReason Wake = WakeReason.PowerOn;

        public WakeReason LastWake { get { return Wake; } }

        public void Sleep(bool wakeOnMotion)
        {
            Sleeps++;
            LastSleepWakesOnMotion = wakeOnMotion;
        }

        public void Shutdown()
        {
            Shutdowns++;
        }
    }
}
