using System;
using CadencePod.Core.Ble;
using nanoFramework.Device.Bluetooth;
using nanoFramework.Device.Bluetooth.GenericAttributeProfile;
using nanoFramework.Device.Bluetooth.Security;
using Buffer = nanoFramework.Device.Bluetooth.Buffer;

namespace CadencePod.Device.Ble
{
    /// <summary>
    /// Core's <see cref="IBlePeripheral"/> on nanoFramework.Device.Bluetooth 1.1.123 (needs a BLE firmware image:
    /// ESP32_BLE_REV3 or ESP32_BLE_REV0, docs/building.md). It decides nothing: it builds the GATT table (docs/ble.md),
    /// hands each read and write to the loop, sends what the loop notifies, and sets the pairing policy.
    /// <para>Threads: the library raises ReadRequested / WriteRequested on its own event thread and the radio waits for
    /// the answer (one request at a time). The handlers only park the request under a lock; the loop takes it in its
    /// next Poll (within ~10–25 ms) and answers from the main thread, so Core never runs on the radio's thread.</para>
    /// <para>Allocation: the library allocates per request (GetRequest, the answer's copy) and per notification (a copy
    /// of the value and a result object per subscribed central: GattLocalCharacteristic.NotifyValue); this class adds
    /// nothing per notification — it reuses one Buffer over its own array and the subscriber array cached when
    /// subscriptions change (docs/ble.md, "Allocation").</para>
    /// </summary>
    public sealed class NanoBlePeripheral : IBlePeripheral
    {
        /// <summary>The CadencePod service and its characteristics (128-bit, random base eb481de2-af74-420f-8439-be8bc11e0eXX).</summary>
        public const string CadencePodServiceUuid = "eb481de2-af74-420f-8439-be8bc11e0e00";
        public const string SettingsUuid = "eb481de2-af74-420f-8439-be8bc11e0e01";
        public const string CommandUuid = "eb481de2-af74-420f-8439-be8bc11e0e02";
        public const string LogControlUuid = "eb481de2-af74-420f-8439-be8bc11e0e03";
        public const string LogDataUuid = "eb481de2-af74-420f-8439-be8bc11e0e04";

        /// <summary>The name the pod advertises (a phone's or watch's sensor list shows it).</summary>
        public const string DeviceName = "CadencePod";

        /// <summary>GAP Appearance: Running Walking Sensor, On-Hip (Assigned Numbers, Appearance Values).</summary>
        public const ushort AppearanceOnHipRunningWalkingSensor = 0x0443;

        /// <summary>Device Information's Firmware Revision String: the CadencePod protocol version an app can check.</summary>
        public const string FirmwareRevision = "CadencePod BLE 1";

        readonly object _gate = new object();
        readonly byte[] _answerBytes = new byte[32];
        readonly Buffer _answerBuffer;
        readonly byte[] _notifyBytes = new byte[RscLayout.MaxMeasurementBytes];
        readonly Buffer _notifyBuffer;

        GattLocalCharacteristic _rsc;
        GattLocalCharacteristic _battery;
        GattLocalCharacteristic _settings;
        GattLocalCharacteristic _command;
        GattLocalCharacteristic _logControl;
        GattLocalCharacteristic _logData;
        GattSubscribedClient[] _rscClients = new GattSubscribedClient[0];

        // The parked request (event thread → loop) and the one the loop is answering.
        bool _pending;
        BleRequestKind _pendingKind;
        BleCharacteristic _pendingCharacteristic;
        readonly byte[] _pendingValue = new byte[BleRequest.MaxValueBytes];
        int _pendingLength;
        GattReadRequest _pendingRead;
        GattWriteRequest _pendingWrite;
        GattReadRequest _answerRead;
        GattWriteRequest _answerWrite;

        bool _windowOpen;
        int _newBonds;

        public NanoBlePeripheral()
        {
            _answerBuffer = new Buffer(_answerBytes);
            _notifyBuffer = new Buffer(_notifyBytes);
        }

        /// <summary>Builds the services and starts advertising the footpod. False (and the pod runs without Bluetooth)
        /// when the firmware has no Bluetooth or the stack refuses.</summary>
        public bool Start(string deviceName)
        {
            try
            {
                BluetoothLEServer server = BluetoothLEServer.Instance;
                server.DeviceName = deviceName;
                server.Appearance = AppearanceOnHipRunningWalkingSensor;

                // Running Speed and Cadence (0x1814): open to anyone, like every footpod. It is created first, so it is
                // the service the pod advertises (watches look for 0x1814); the library adds Device Information with it.
                GattServiceProviderResult rscResult = GattServiceProvider.Create(GattServiceUuids.RunningSpeedAndCadence);
                if (rscResult.Error != BluetoothError.Success) return false;
                GattServiceProvider rscProvider = rscResult.ServiceProvider;
                GattLocalService rscService = rscProvider.Service;
                _rsc = Characteristic(rscService, GattCharacteristicUuids.RscMeasurement, GattCharacteristicProperties.Notify, false, null);
                _rsc.SubscribedClientsChanged += OnRscSubscriptions;
                Characteristic(rscService, GattCharacteristicUuids.RscFeature, GattCharacteristicProperties.Read, false,
                    Static(new byte[] { (byte)RscEncoder.Features, (byte)(RscEncoder.Features >> 8) }));
                Characteristic(rscService, GattCharacteristicUuids.SensorLocation, GattCharacteristicProperties.Read, false,
                    Static(new byte[] { (byte)RscLayout.SensorLocationHip }));

                GattServiceProvider deviceInformation = server.GetServiceByUUID(GattServiceUuids.DeviceInformation);
                if (deviceInformation != null)
                {
                    Characteristic(deviceInformation.Service, GattCharacteristicUuids.FirmwareRevisionString, GattCharacteristicProperties.Read, false,
                        Static(System.Text.Encoding.UTF8.GetBytes(FirmwareRevision)));
                }

                GattServiceProviderResult batteryResult = GattServiceProvider.Create(GattServiceUuids.Battery);
                if (batteryResult.Error != BluetoothError.Success) return false;
                _battery = Characteristic(batteryResult.ServiceProvider.Service, GattCharacteristicUuids.BatteryLevel, GattCharacteristicProperties.Read, false, null);

                // CadencePod service: settings, commands and the run log. The stack refuses them on an unencrypted link
                // (EncryptionRequired → NimBLE's READ_ENC / WRITE_ENC flags); the pairing policy below makes every
                // encrypted link a bonded one.
                GattServiceProviderResult podResult = GattServiceProvider.Create(new Guid(CadencePodServiceUuid));
                if (podResult.Error != BluetoothError.Success) return false;
                GattLocalService pod = podResult.ServiceProvider.Service;
                _settings = Characteristic(pod, new Guid(SettingsUuid), GattCharacteristicProperties.Read | GattCharacteristicProperties.Write, true, null);
                _command = Characteristic(pod, new Guid(CommandUuid), GattCharacteristicProperties.Write, true, null);
                _logControl = Characteristic(pod, new Guid(LogControlUuid), GattCharacteristicProperties.Write, true, null);
                _logData = Characteristic(pod, new Guid(LogDataUuid), GattCharacteristicProperties.Read, true, null);

                DevicePairing pairing = server.Pairing;
                pairing.PairingRequested += OnPairingRequested;
                pairing.PairingComplete += OnPairingComplete;
                SetPairingWindow(false);

                GattServiceProviderAdvertisingParameters advertising = new GattServiceProviderAdvertisingParameters();
                advertising.IsConnectable = true;
                advertising.IsDiscoverable = true;
                rscProvider.StartAdvertising(advertising);
                return true;
            }
            catch (Exception)
            {
                return false; // no Bluetooth in this firmware image: the pod works as before
            }
        }

        GattLocalCharacteristic Characteristic(GattLocalService service, Guid uuid, GattCharacteristicProperties properties, bool bondedOnly, Buffer staticValue)
        {
            GattLocalCharacteristicParameters p = new GattLocalCharacteristicParameters();
            p.CharacteristicProperties = properties;
            p.ReadProtectionLevel = bondedOnly ? GattProtectionLevel.EncryptionRequired : GattProtectionLevel.Plain;
            p.WriteProtectionLevel = bondedOnly ? GattProtectionLevel.EncryptionRequired : GattProtectionLevel.Plain;
            if (staticValue != null) p.StaticValue = staticValue;
            GattLocalCharacteristicResult result = service.CreateCharacteristic(uuid, p);
            GattLocalCharacteristic c = result.Characteristic;
            if (staticValue == null && (properties & GattCharacteristicProperties.Read) != 0) c.ReadRequested += OnRead;
            if ((properties & GattCharacteristicProperties.Write) != 0) c.WriteRequested += OnWrite;
            return c;
        }

        static Buffer Static(byte[] bytes)
        {
            return new Buffer(bytes);
        }

        bool Map(GattLocalCharacteristic c, out BleCharacteristic id)
        {
            id = BleCharacteristic.RscMeasurement;
            if (c == _battery) id = BleCharacteristic.BatteryLevel;
            else if (c == _settings) id = BleCharacteristic.Settings;
            else if (c == _command) id = BleCharacteristic.Command;
            else if (c == _logControl) id = BleCharacteristic.LogControl;
            else if (c == _logData) id = BleCharacteristic.LogData;
            else return false;
            return true;
        }

        // ---- the library's event thread ----

        void OnRead(GattLocalCharacteristic sender, GattReadRequestedEventArgs args)
        {
            GattReadRequest request = args.GetRequest();
            lock (_gate)
            {
                if (_pending || _answerRead != null || _answerWrite != null || !Map(sender, out BleCharacteristic id))
                {
                    request.RespondWithProtocolError(GattProtocolError.UnlikelyError); // the radio waits for each answer: cannot happen
                    return;
                }

                _pendingKind = BleRequestKind.Read;
                _pendingCharacteristic = id;
                _pendingRead = request;
                _pendingWrite = null;
                _pendingLength = 0;
                _pending = true;
            }
        }

        void OnWrite(GattLocalCharacteristic sender, GattWriteRequestedEventArgs args)
        {
            GattWriteRequest request = args.GetRequest();
            Buffer value = request.Value;
            int length = (int)value.Length;
            DataReader reader = DataReader.FromBuffer(value);
            lock (_gate)
            {
                if (_pending || _answerRead != null || _answerWrite != null || !Map(sender, out BleCharacteristic id))
                {
                    request.RespondWithProtocolError(GattProtocolError.UnlikelyError);
                    return;
                }

                int keep = length < _pendingValue.Length ? length : _pendingValue.Length;
                for (int i = 0; i < keep; i++) _pendingValue[i] = reader.ReadByte();
                _pendingKind = BleRequestKind.Write;
                _pendingCharacteristic = id;
                _pendingLength = length; // the true length: Core refuses a longer write as malformed
                _pendingWrite = request;
                _pendingRead = null;
                _pending = true;
            }
        }

        void OnRscSubscriptions(GattLocalCharacteristic sender, object args)
        {
            _rscClients = sender.SubscribedClients; // allocates, but only when a central (un)subscribes
        }

        void OnPairingRequested(object sender, DevicePairingRequestedEventArgs args)
        {
            // In the window the pod pairs Just Works (NoInputNoOutput), so a confirmation is all a central can ask for.
            // Outside it the pod claims a display and requires MITM protection: the central asks for a passkey the pod
            // never shows; leaving the request unanswered lets the pairing time out. Bonded centrals never get here:
            // they re-encrypt with their stored key without pairing.
            if (!_windowOpen) return;
            if (args.PairingKind == DevicePairingKinds.ConfirmOnly || args.PairingKind == DevicePairingKinds.ConfirmPinMatch) args.Accept();
        }

        void OnPairingComplete(object sender, DevicePairingEventArgs args)
        {
            if (_windowOpen && args.Status == DevicePairingResultStatus.Paired)
            {
                lock (_gate) _newBonds++;
            }
        }

        // ---- the loop (main thread) ----

        public bool TakeRequest(BleRequest into)
        {
            lock (_gate)
            {
                if (!_pending) return false;
                _pending = false;
                into.Kind = _pendingKind;
                into.Characteristic = _pendingCharacteristic;
                // The stack delivers a request on a guarded characteristic only over an encrypted link, and outside the
                // pairing window no new pairing can complete: an encrypted link is a bond made in a window.
                bool guarded = _pendingCharacteristic >= BleCharacteristic.Settings;
                into.Security = guarded ? BleLinkSecurity.Bonded : BleLinkSecurity.Open;
                into.Length = _pendingLength;
                int n = _pendingLength < BleRequest.MaxValueBytes ? _pendingLength : BleRequest.MaxValueBytes;
                for (int i = 0; i < n; i++) into.Value[i] = _pendingValue[i];
                _answerRead = _pendingRead;
                _answerWrite = _pendingWrite;
                _pendingRead = null;
                _pendingWrite = null;
                return true;
            }
        }

        public void Respond(int attError, byte[] value, int length)
        {
            GattReadRequest read;
            GattWriteRequest write;
            lock (_gate)
            {
                read = _answerRead;
                write = _answerWrite;
                _answerRead = null;
                _answerWrite = null;
            }

            // Too late (the stack gave up after its timeout) is harmless: the library ignores an answer to an old request.
            if (read != null)
            {
                if (attError != 0)
                {
                    read.RespondWithProtocolError((byte)attError);
                    return;
                }

                for (int i = 0; i < length; i++) _answerBytes[i] = value[i];
                _answerBuffer.Length = (uint)length;
                read.RespondWithValue(_answerBuffer);
            }
            else if (write != null)
            {
                if (attError != 0) write.RespondWithProtocolError((byte)attError);
                else write.Respond();
            }
        }

        public bool IsSubscribed(BleCharacteristic characteristic)
        {
            return characteristic == BleCharacteristic.RscMeasurement && _rscClients.Length > 0;
        }

        public void Notify(BleCharacteristic characteristic, byte[] value, int length)
        {
            if (characteristic != BleCharacteristic.RscMeasurement) return;
            for (int i = 0; i < length; i++) _notifyBytes[i] = value[i];
            _notifyBuffer.Length = (uint)length;
            GattSubscribedClient[] clients = _rscClients;
            for (int i = 0; i < clients.Length; i++) _rsc.NotifyValue(_notifyBuffer, clients[i]);
        }

        public void SetPairingWindow(bool open)
        {
            _windowOpen = open;
            DevicePairing pairing = BluetoothLEServer.Instance.Pairing;
            if (open)
            {
                pairing.IOCapabilities = DevicePairingIOCapabilities.NoInputNoOutput; // Just Works: the pod has no display
                pairing.ProtectionLevel = DevicePairingProtectionLevel.Encryption;
                pairing.AllowBonding = true;
            }
            else
            {
                pairing.AllowBonding = false;
                pairing.IOCapabilities = DevicePairingIOCapabilities.DisplayOnly;
                pairing.ProtectionLevel = DevicePairingProtectionLevel.EncryptionAndAuthentication;
            }
        }

        public bool TakeBonded()
        {
            lock (_gate)
            {
                if (_newBonds == 0) return false;
                _newBonds--;
                return true;
            }
        }

        public void ForgetAllBonds()
        {
            try
            {
                DeviceBonding.DeleteAllBonds();
            }
            catch (Exception)
            {
                // The stack is not running (no Bluetooth): there are no bonds to forget.
            }
        }
    }
}
