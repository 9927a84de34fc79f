using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>Sleep and shutdown, counted; the wake cause of this boot is set by the test or the simulator.</summary>
    public sealed class SimPower : IPowerControl
    {
        public WakeReason Wake = WakeReason.PowerOn;
        public int Sleeps;
        public int Shutdowns;
        public bool LastSleepWakesOnMotion;

        public WakeReason LastWake { get { return Wake; } }

        /// <summary>True once the pod shut down for good (battery critical).</summary>
        public bool ShutDown { get { return Shutdowns > 0; } }

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
