using CadencePod.Core.Ble;

namespace CadencePod.Doubles
{
    /// <summary>
    /// A Bluetooth LE peripheral with one request slot, as on the device (the radio waits for each answer): a test puts a
    /// request in, runs the loop, and reads the answer. Records notifications and the pairing calls.
    /// </summary>
    public sealed class BlePeripheralDouble : IBlePeripheral
    {
        public bool Pending;
        public BleRequestKind Kind;
        public BleCharacteristic Characteristic;
        public BleLinkSecurity Security;
        public readonly byte[] Value = new byte[64];
        public int Length;

        public int Answers;
        public int LastError = -1;
        public readonly byte[] Response = new byte[64];
        public int ResponseLength;

        public bool Subscribed;
        public int Notifications;
        public readonly byte[] LastNotification = new byte[16];
        public int LastNotificationLength;

        public bool WindowOpen;
        public int Forgets;

        /// <summary>Queues one request (replacing an unanswered one).</summary>
        public void Put(BleRequestKind kind, BleCharacteristic characteristic, BleLinkSecurity security, byte[] value, int length)
        {
            Kind = kind;
            Characteristic = characteristic;
            Security = security;
            Length = length;
            for (int i = 0; i < length && i < Value.Length; i++) Value[i] = value[i];
            Pending = true;
        }

        public bool TakeRequest(BleRequest into)
        {
            if (!Pending) return false;
            Pending = false;
            into.Kind = Kind;
            into.Characteristic = Characteristic;
            into.Security = Security;
            into.Length = Length;
            for (int i = 0; i < Length && i < BleRequest.MaxValueBytes; i++) into.Value[i] = Value[i];
            return true;
        }

        public void Respond(int attError, byte[] value, int length)
        {
            Answers++;
            LastError = attError;
            ResponseLength = length;
            for (int i = 0; i < length; i++) Response[i] = value[i];
        }

        public bool IsSubscribed(BleCharacteristic characteristic)
        {
            return Subscribed && characteristic == BleCharacteristic.RscMeasurement;
        }

        public void Notify(BleCharacteristic characteristic, byte[] value, int length)
        {
            Notifications++;
            LastNotificationLength = length;
            for (int i = 0; i < length; i++) LastNotification[i] = value[i];
        }

        public void SetPairingWindow(bool open)
        {
            WindowOpen = open;
        }

        /// <summary>Set by a test: a central bonded.</summary>
        public bool BondNow;

        public bool TakeBonded()
        {
            if (!BondNow) return false;
            BondNow = false;
            return true;
        }

        public void ForgetAllBonds()
        {
            Forgets++;
        }
    }
}
