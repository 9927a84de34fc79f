using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The pod's Bluetooth LE side, driven by the loop: a standard Running Speed and Cadence footpod (cadence, speed from
    /// the runner's stride calibration, walking/running) that anyone may read, and the CadencePod service (settings,
    /// commands, run log) that answers only bonded centrals. Pairing is possible only in the window the wearer opens
    /// with a button chord. docs/ble.md has the services, the byte layouts and the security rules.
    /// <para>Requests are answered on the loop's thread from <see cref="Service"/>; one notification a second from
    /// <see cref="OnSecond"/>. Nothing allocates after construction.</para>
    /// </summary>
    public sealed class BleService : IButtonExtension
    {
        readonly IBlePeripheral _link;
        // The longest answer: the settings snapshot, a log chunk or a two-byte feature value.
        const int ResponseBytes = SettingsProtocolLayout.SnapshotBytes > LogChunkLayout.MaxChunkBytes ? SettingsProtocolLayout.SnapshotBytes : LogChunkLayout.MaxChunkBytes;

        readonly PodController _controller;
        readonly RunnerSnapshot _runner;
        readonly BleRequest _request = new BleRequest();
        readonly byte[] _response = new byte[ResponseBytes];
        readonly byte[] _rsc = new byte[RscLayout.MaxMeasurementBytes];
        readonly RunLogReader _log;
        readonly StrideCalibration _calibration = new StrideCalibration();
        bool _started;
        bool _windowOpen;
        uint _windowClosesUs;
        int _stillNotifications;

        /// <summary>The cell voltage the loop last read (mV; 0 unknown), for Battery Level reads.</summary>
        public int BatteryMv;

        public BleService(IBlePeripheral link, PodController controller, RunnerSnapshot runner)
        {
            _link = link;
            _controller = controller;
            _runner = runner;
            _log = new RunLogReader(controller.RunLog);
        }

        /// <summary>RSC Measurements sent since boot.</summary>
        public int Notifications;

        public StrideCalibration Calibration { get { return _calibration; } }

        /// <summary>Answers what the centrals asked, closes an expired pairing window, notices new bonds. Cheap when idle.
        /// True when it answered a request (the loop then looks again soon: a log read comes chunk after chunk).</summary>
        public bool Service(uint nowUs)
        {
            if (!_started)
            {
                _started = true;
                _link.SetPairingWindow(false); // closed at boot, whatever the radio's default
            }

            if (_windowOpen && Time.DiffUs(nowUs, _windowClosesUs) >= 0)
            {
                CloseWindow();
                _controller.Announce(Tunables.PairingClosedSound, nowUs);
                Report(nowUs, PodEvent.Pairing, (int)PairingChange.WindowClosed);
            }

            while (_link.TakeBonded())
            {
                Report(nowUs, PodEvent.Pairing, (int)PairingChange.Bonded);
                if (_windowOpen)
                {
                    CloseWindow(); // one bond per window: the next phone needs the chord again
                    _controller.Announce(Tunables.PairedSound, nowUs);
                }
            }

            bool answered = false;
            while (_link.TakeRequest(_request))
            {
                Handle(nowUs);
                answered = true;
            }

            return answered;
        }

        /// <summary>Once a second: the RSC Measurement, while the runner moves and a central listens (then a few zeros).</summary>
        public void OnSecond(uint nowUs, int batteryMv)
        {
            BatteryMv = batteryMv;
            if (!_link.IsSubscribed(BleCharacteristic.RscMeasurement)) return;
            RunnerSnapshot runner = _runner;
            MotionState motion = runner.Motion;
            if (motion != MotionState.Still) _stillNotifications = 0;
            else if (_stillNotifications >= Tunables.RscStillNotifications) return;
            else _stillNotifications++;
            int length = RscEncoder.EncodeMeasurement(_rsc, runner.CadenceSpm, motion, _controller.Settings.StrideLengthMm);
            _link.Notify(BleCharacteristic.RscMeasurement, _rsc, length);
            Notifications++;
        }

        /// <summary>The pairing chord, the forget-bonds chord and the calibration chord.</summary>
        public bool OnButton(ButtonEvent e, uint nowUs)
        {
            switch (e)
            {
                case ButtonEvent.PairingChord:
                    _windowOpen = true;
                    _windowClosesUs = nowUs + (uint)Tunables.PairingWindowS * Time.UsPerSecond;
                    _link.SetPairingWindow(true);
                    _controller.Announce(Tunables.PairingOpenSound, nowUs);
                    Report(nowUs, PodEvent.Pairing, (int)PairingChange.WindowOpened);
                    return true;
                case ButtonEvent.ForgetBondsChord:
                    _link.ForgetAllBonds();
                    _controller.Announce(Tunables.BondsForgottenSound, nowUs);
                    Report(nowUs, PodEvent.Pairing, (int)PairingChange.BondsForgotten);
                    return true; // the window the chord opened at 3 s stays open: pair the new phone now
                case ButtonEvent.CalibrationChord:
                    if (!_calibration.Running)
                    {
                        StartCalibration(nowUs);
                        return true;
                    }

                    if (FinishCalibration(_controller.Settings.CalibrationDistanceM, nowUs) == AttErrorCodes.None) return true;
                    _calibration.Cancel(); // a refused finish from the buttons ends the run: the refusal says so
                    Report(nowUs, PodEvent.Calibration, 0);
                    return false;
                default:
                    return false;
            }
        }

        void CloseWindow()
        {
            _windowOpen = false;
            _link.SetPairingWindow(false);
        }

        void StartCalibration(uint nowUs)
        {
            _calibration.Start(_runner.TotalSteps);
            _controller.Announce(Tunables.CalibrationStartSound, nowUs);
            Report(nowUs, PodEvent.Calibration, -1);
        }

        /// <summary>Takes the run's stride when it gives one (saved and confirmed like any setting); otherwise changes nothing.</summary>
        int FinishCalibration(int distanceM, uint nowUs)
        {
            if (!_calibration.TryGetStrideMm(_runner.TotalSteps, distanceM, out int strideMm)) return AttErrorCodes.NotPossibleNow;
            int error = SettingsProtocol.AttErrorOf(_controller.TrySetSetting((int)PodSettingId.StrideLengthMm, strideMm, nowUs));
            if (error != AttErrorCodes.None) return error;
            _calibration.Cancel();
            Report(nowUs, PodEvent.Calibration, strideMm);
            return AttErrorCodes.None;
        }

        void Handle(uint nowUs)
        {
            int error = Access(_request.Characteristic, _request.Kind, _request.Security);
            int length = 0;
            if (error == AttErrorCodes.None)
            {
                if (_request.Kind == BleRequestKind.Read) length = Read(out error);
                else error = Write(nowUs);
            }

            _link.Respond(error, _response, error == AttErrorCodes.None ? length : 0);
        }

        /// <summary>
        /// The security rules, per characteristic: the footpod, battery and sensor facts are open to anyone (as on every
        /// footpod); settings, commands and the log need a bonded link. An unencrypted link gets Insufficient
        /// Authentication (pair first), an encrypted but unbonded one Insufficient Authorization.
        /// </summary>
        public static int Access(BleCharacteristic c, BleRequestKind kind, BleLinkSecurity security)
        {
            bool read = kind == BleRequestKind.Read;
            switch (c)
            {
                case BleCharacteristic.RscMeasurement:
                    return read ? AttErrorCodes.ReadNotPermitted : AttErrorCodes.WriteNotPermitted; // notify only
                case BleCharacteristic.RscFeature:
                case BleCharacteristic.SensorLocation:
                case BleCharacteristic.BatteryLevel:
                    return read ? AttErrorCodes.None : AttErrorCodes.WriteNotPermitted;
                case BleCharacteristic.Settings:
                    break;
                case BleCharacteristic.Command:
                case BleCharacteristic.LogControl:
                    if (read) return AttErrorCodes.ReadNotPermitted;
                    break;
                case BleCharacteristic.LogData:
                    if (!read) return AttErrorCodes.WriteNotPermitted;
                    break;
                default:
                    return read ? AttErrorCodes.ReadNotPermitted : AttErrorCodes.WriteNotPermitted;
            }

            if (security == BleLinkSecurity.Bonded) return AttErrorCodes.None;
            return security == BleLinkSecurity.Open ? AttErrorCodes.InsufficientAuthentication : AttErrorCodes.InsufficientAuthorization;
        }

        int Read(out int error)
        {
            error = AttErrorCodes.None;
            switch (_request.Characteristic)
            {
                case BleCharacteristic.RscFeature:
                    LittleEndian.PutU16(_response, 0, RscEncoder.Features);
                    return RscLayout.FeatureBytes;
                case BleCharacteristic.SensorLocation:
                    _response[0] = RscLayout.SensorLocationHip;
                    return 1;
                case BleCharacteristic.BatteryLevel:
                    _response[0] = (byte)RscEncoder.BatteryPercent(BatteryMv);
                    return 1;
                case BleCharacteristic.Settings:
                    return SettingsProtocol.EncodeSnapshot(_controller, _calibration.Running, _response);
                case BleCharacteristic.LogData:
                    return _log.NextChunk(_response);
                default:
                    error = AttErrorCodes.ReadNotPermitted;
                    return 0;
            }
        }

        int Write(uint nowUs)
        {
            byte[] v = _request.Value;
            int n = _request.Length;
            switch (_request.Characteristic)
            {
                case BleCharacteristic.Settings:
                    return SettingsProtocol.WriteSetting(_controller, v, n, nowUs);
                case BleCharacteristic.Command:
                    return Command(v, n, nowUs);
                case BleCharacteristic.LogControl:
                    if (n < 1) return AttErrorCodes.InvalidAttributeValueLength;
                    if (v[SettingsProtocolLayout.AtOperation] == SettingsProtocolLayout.LogRewind)
                    {
                        if (n != SettingsProtocolLayout.LogRewindBytes) return AttErrorCodes.InvalidAttributeValueLength;
                        _log.Rewind();
                        return AttErrorCodes.None;
                    }

                    if (v[SettingsProtocolLayout.AtOperation] == SettingsProtocolLayout.LogSeek)
                    {
                        if (n != SettingsProtocolLayout.LogSeekBytes) return AttErrorCodes.InvalidAttributeValueLength;
                        return _log.Seek(LittleEndian.GetU32(v, SettingsProtocolLayout.AtSeekSequence)) ? AttErrorCodes.None : AttErrorCodes.OutOfRange;
                    }

                    return AttErrorCodes.UnknownOperation;
                default:
                    return AttErrorCodes.WriteNotPermitted;
            }
        }

        int Command(byte[] v, int n, uint nowUs)
        {
            if (n < 1) return AttErrorCodes.InvalidAttributeValueLength;
            int op = v[SettingsProtocolLayout.AtOperation];
            int expected = op == SettingsProtocolLayout.CommandFinishCalibration ? SettingsProtocolLayout.FinishCalibrationBytes : SettingsProtocolLayout.CommandBytes;
            if (op < SettingsProtocolLayout.CommandResetBaseline || op > SettingsProtocolLayout.CommandCancelCalibration) return AttErrorCodes.UnknownOperation;
            if (n != expected) return AttErrorCodes.InvalidAttributeValueLength;
            switch (op)
            {
                case SettingsProtocolLayout.CommandResetBaseline:
                    return SettingsProtocol.AttErrorOf(_controller.ResetBaseline(nowUs));
                case SettingsProtocolLayout.CommandStartCalibration:
                    if (_calibration.Running) return AttErrorCodes.NotPossibleNow;
                    StartCalibration(nowUs);
                    return AttErrorCodes.None;
                case SettingsProtocolLayout.CommandFinishCalibration:
                    int distance = LittleEndian.GetU16(v, SettingsProtocolLayout.AtFinishDistanceM);
                    if (distance == 0) distance = _controller.Settings.CalibrationDistanceM;
                    else if (PodSettings.Check((int)PodSettingId.CalibrationDistanceM, distance) != SettingResult.Ok) return AttErrorCodes.OutOfRange;
                    return FinishCalibration(distance, nowUs);
                default:
                    if (!_calibration.Running) return AttErrorCodes.NotPossibleNow;
                    _calibration.Cancel();
                    _controller.Announce(Tunables.ConfirmSound, nowUs);
                    Report(nowUs, PodEvent.Calibration, 0);
                    return AttErrorCodes.None;
            }
        }

        void Report(uint nowUs, PodEvent kind, int value)
        {
            _controller.ReportEvent(nowUs, kind, value);
        }
    }
}
