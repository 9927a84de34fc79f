namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The characteristics the pod serves. The head maps each to its UUID and GATT properties (docs/ble.md has the table);
    /// Core only ever sees these numbers.
    /// </summary>
    public enum BleCharacteristic
    {
        /// <summary>RSC Measurement (0x2A53): notify.</summary>
        RscMeasurement = 0,
        /// <summary>RSC Feature (0x2A54): read.</summary>
        RscFeature = 1,
        /// <summary>Sensor Location (0x2A5D): read.</summary>
        SensorLocation = 2,
        /// <summary>Battery Level (0x2A19): read.</summary>
        BatteryLevel = 3,
        /// <summary>CadencePod Settings: read a snapshot, write one setting. Bonded links only.</summary>
        Settings = 4,
        /// <summary>CadencePod Command: write an action (reset baseline, calibration). Bonded links only.</summary>
        Command = 5,
        /// <summary>CadencePod Log Control: write rewind / seek. Bonded links only.</summary>
        LogControl = 6,
        /// <summary>CadencePod Log Data: each read returns the next chunk of the run log. Bonded links only.</summary>
        LogData = 7,
    }

    /// <summary>How far a link is trusted, as the head knows it when the request arrives.</summary>
    public enum BleLinkSecurity
    {
        /// <summary>Not encrypted: anyone in range.</summary>
        Open = 0,
        /// <summary>Encrypted, but not by a bond made in a pairing window (a central that paired without bonding).</summary>
        Encrypted = 1,
        /// <summary>Encrypted with a bond the wearer allowed in a pairing window.</summary>
        Bonded = 2,
    }

    public enum BleRequestKind
    {
        None = 0,
        Read = 1,
        Write = 2,
    }

    /// <summary>ATT error codes the pod answers with (Bluetooth Core spec Vol 3 Part F 3.4.1.1; 0x80–0x9F application
    /// errors; 0xFF from the Core Specification Supplement's common profile errors).</summary>
    public static class AttError
    {
        public const int None = 0;
        public const int ReadNotPermitted = 0x02;
        public const int WriteNotPermitted = 0x03;
        /// <summary>The link is not encrypted: the central should pair (and bond) first.</summary>
        public const int InsufficientAuthentication = 0x05;
        /// <summary>The link is encrypted but not bonded in a pairing window.</summary>
        public const int InsufficientAuthorization = 0x08;
        /// <summary>The written value has the wrong length for what it says it is.</summary>
        public const int InvalidAttributeValueLength = 0x0D;
        /// <summary>Application error: unknown setting id, command or log operation.</summary>
        public const int UnknownOperation = 0x80;
        /// <summary>Application error: valid, but not possible now (e.g. finishing a calibration that was never started).</summary>
        public const int NotPossibleNow = 0x81;
        /// <summary>Out of Range (Core Specification Supplement, common profile and service error codes).</summary>
        public const int OutOfRange = 0xFF;
    }

    /// <summary>One read or write from a central, copied by the head into this preallocated object (never allocated per request).</summary>
    public sealed class BleRequest
    {
        /// <summary>Longest write value kept; a longer write keeps its true <see cref="Length"/> and is refused as malformed.</summary>
        public const int MaxValueBytes = 32;

        public BleRequestKind Kind;
        public BleCharacteristic Characteristic;
        public BleLinkSecurity Security;
        /// <summary>Write value (the first MaxValueBytes bytes).</summary>
        public readonly byte[] Value = new byte[MaxValueBytes];
        /// <summary>The write's true length in bytes (may exceed MaxValueBytes).</summary>
        public int Length;

        public void Clear()
        {
            Kind = BleRequestKind.None;
            Length = 0;
        }
    }

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
