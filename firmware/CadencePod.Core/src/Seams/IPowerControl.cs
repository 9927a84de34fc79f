namespace CadencePod.Core.Seams
{
    /// <summary>Sleep and shutdown. Device: ESP32 deep sleep with EXT0 wake on a button (and optionally the MPU INT pin).</summary>
    public interface IPowerControl
    {
        /// <summary>What woke the pod for this boot.</summary>
        WakeReason LastWake { get; }

        /// <summary>Enters deep sleep; on the device this does not return (wake = reboot, the wake cause decides).</summary>
        void Sleep(bool wakeOnMotion);

        /// <summary>Battery critical: everything is saved; power down for good until charged.</summary>
        void Shutdown();
    }
}
