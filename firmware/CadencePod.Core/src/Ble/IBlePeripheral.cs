namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The Bluetooth LE peripheral as Core sees it. Device: nanoFramework.Device.Bluetooth (firmware/CadencePod.Device/Ble).
    /// Simulator and tests: a virtual link with a central on the other end. Everything is polled from the pod's one loop,
    /// so Core never runs on the radio's thread; nothing here allocates.
    /// </summary>
    public interface IBlePeripheral
    {
        /// <summary>Copies the oldest unanswered read or write into <paramref name="into"/>; false when there is none.</summary>
        bool TakeRequest(BleRequest into);

        /// <summary>Answers the request last taken: attError 0 = success (a read returns value[0..length)), else the ATT error.</summary>
        void Respond(int attError, byte[] value, int length);

        /// <summary>True when at least one central has notifications enabled on the characteristic.</summary>
        bool IsSubscribed(BleCharacteristic characteristic);

        /// <summary>Notifies value[0..length) to every subscribed central.</summary>
        void Notify(BleCharacteristic characteristic, byte[] value, int length);

        /// <summary>Open: a central may pair and bond now. Closed: no new pairing can complete; bonded centrals reconnect.</summary>
        void SetPairingWindow(bool open);

        /// <summary>True once for each central that bonded since the last call.</summary>
        bool TakeBonded();

        /// <summary>Forgets every bond (every phone and watch must pair again in a window).</summary>
        void ForgetAllBonds();
    }
}
