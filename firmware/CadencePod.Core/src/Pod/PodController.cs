using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The one orchestrator: owns the pod's states and turns buttons, the runner's motion, the sensor's health,
    /// the battery and timeouts into transitions, sounds and saved settings (docs/user-guide.md has the map).
    /// Pure logic behind seams, driven by the loop with the injected µs time.
    /// </summary>
    public sealed class PodController
    {
        static readonly int[] ToneChoicesHz = { 2700, 3200, 2200 };

        readonly PodSettings _settings = new PodSettings();
        readonly SettingsStore _settingsStore;
        readonly RunLog _runLog;
        readonly PaceTarget _target = new PaceTarget();
        readonly BaselineCapture _baseline = new BaselineCapture();
        readonly PacingEngine _pacing;
        readonly ProgressionPlan _plan = new ProgressionPlan();
        readonly ToneScheduler _tones;
        readonly IPowerControl _power;
        readonly IPodEvents _events;
        readonly Beep _previewBeep = new Beep();

        PodState _state = PodState.Idle;
        PodState _stateBeforeFault = PodState.Idle;
        bool _locked;
        bool _settingsDirty;
        int _secondsSinceChange;
        int _stillSeconds;
        int _pausedSeconds;
        int _sensorAlarmS = 100000;
        int _batteryAlarmS = 100000;
        int _runStartSteps;
        int _minuteSum;
        int _minuteSeconds;
        float _cadenceSpm;
        MotionState _motion;
        bool _shutdown;
        int _engineSteps;   // the engine's step total, reported after each batch
        int _graceS;        // seconds the beat stays audible after a sensor gap

        public PodController(IBlockStore store, ToneScheduler tones, IPowerControl power, IPodEvents events)
        {
            _settingsStore = new SettingsStore(store);
            _runLog = new RunLog(store);
            _pacing = new PacingEngine(_target);
            _tones = tones;
            _power = power;
            _events = events;
        }

        public PodState State { get { return _state; } }
        public PodSettings Settings { get { return _settings; } }
        public PaceTarget Target { get { return _target; } }
        public PacingEngine Pacing { get { return _pacing; } }
        public BaselineCapture Baseline { get { return _baseline; } }
        public ProgressionPlan Plan { get { return _plan; } }
        public RunLog RunLog { get { return _runLog; } }
        public bool IsLocked { get { return _locked; } }
        public bool IsShutDown { get { return _shutdown; } }

        /// <summary>Gets the gestures the controller does not own (pairing, forgetting bonds, calibration); null refuses them.</summary>
        public IButtonExtension Extension;

        /// <summary>The engine's step total after the last sensor batch (the calibration counts steps with it).</summary>
        public int EngineSteps { get { return _engineSteps; } }

        /// <summary>Loads settings (defaults plus the audible notice when unreadable) and enters Idle.</summary>
        public void Boot(uint nowUs)
        {
            SettingsLoadResult loaded = _settingsStore.Load(_settings);
            ApplySettings();
            _events.OnPodEvent(nowUs, PodEvent.Boot, (int)loaded);
            if (loaded == SettingsLoadResult.ResetToDefaults)
            {
                _events.OnPodEvent(nowUs, PodEvent.SettingsReset, 0);
                Play(SoundPatterns.SettingsReset, nowUs);
                _settingsDirty = true;
            }

            SetState(PodState.Idle, nowUs);

            // The wake cause decides the greeting: a button wake answers with the confirm blip so the runner knows
            // the pod is on; a motion wake stays silent (it is already listening); a power-on is silent unless reset.
            WakeReason wake = _power.LastWake;
            _events.OnPodEvent(nowUs, PodEvent.Wake, (int)wake);
            if (wake == WakeReason.Button) Play(SoundPatterns.Confirm, nowUs);
        }

        /// <summary>A debounced button gesture.</summary>
        public void OnButton(ButtonEvent e, uint nowUs)
        {
            if (e == ButtonEvent.None || _state == PodState.Sleep || _shutdown) return;
            _events.OnPodEvent(nowUs, PodEvent.Button, (int)e);
            if (e == ButtonEvent.BothLong)
            {
                _locked = !_locked;
                Play(_locked ? SoundPatterns.Locked : SoundPatterns.Unlocked, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.Locked, _locked ? 1 : 0);
                return;
            }

            if (_locked)
            {
                if (e != ButtonEvent.LongArmed) Play(SoundPatterns.LockedPress, nowUs);
                return;
            }

            if (e == ButtonEvent.PairingChord || e == ButtonEvent.ForgetBondsChord || e == ButtonEvent.CalibrationChord)
            {
                if (Extension == null || !Extension.OnButton(e, nowUs)) Play(SoundPatterns.Refuse, nowUs);
                return;
            }

            switch (e)
            {
                case ButtonEvent.LongArmed:
                    Play(SoundPatterns.Armed, nowUs);
                    break;
                case ButtonEvent.UpShort:
                    ChangeTarget(+1, 1, nowUs, true);
                    break;
                case ButtonEvent.DownShort:
                    ChangeTarget(-1, 1, nowUs, true);
                    break;
                case ButtonEvent.UpRepeat:
                    ChangeTarget(+1, Tunables.RepeatStepSpm, nowUs, false);
                    break;
                case ButtonEvent.DownRepeat:
                    ChangeTarget(-1, Tunables.RepeatStepSpm, nowUs, false);
                    break;
                case ButtonEvent.UpLong:
                    if (_state == PodState.Pacing || _state == PodState.Paused || (_state == PodState.Fault && _pacing.IsPacing)) StopPacing(nowUs);
                    else StartPacing(nowUs);
                    break;
                case ButtonEvent.DownLong:
                    // Running: capture the baseline now. Standing: switch between relative (+%) and absolute (spm) targets.
                    if (_motion == MotionState.Running) CaptureBaselineNow(nowUs);
                    else ToggleTargetMode(nowUs);
                    break;
                case ButtonEvent.BothShort:
                    CycleCueMode(nowUs);
                    break;
                case ButtonEvent.ModeShort:
                    _settings.VolumeLevel = _settings.VolumeLevel == 0 ? 3 : _settings.VolumeLevel - 1;
                    _pacing.VolumeLevel = _settings.VolumeLevel;
                    MarkDirty();
                    // The confirm sounds at the new volume (a quiet tick when muted, so the change is still heard).
                    _tones.PlayPattern(SoundPatterns.Confirm, nowUs, _settings.VolumeLevel);
                    _events.OnPodEvent(nowUs, PodEvent.VolumeChanged, _settings.VolumeLevel);
                    break;
                case ButtonEvent.ModeLong:
                    int next = 0;
                    for (int i = 0; i < ToneChoicesHz.Length; i++)
                    {
                        if (ToneChoicesHz[i] == _settings.ToneHz) next = (i + 1) % ToneChoicesHz.Length;
                    }

                    _settings.ToneHz = ToneChoicesHz[next];
                    _pacing.ToneHz = _settings.ToneHz;
                    MarkDirty();
                    PreviewTempo(nowUs);
                    break;
            }
        }

        /// <summary>Once per second with the runner and the hardware's health.</summary>
        public void OnSecond(uint nowUs, CadenceEngine engine, SensorStatus sensor, int batteryMv)
        {
            if (_shutdown || _state == PodState.Sleep) return;
            _cadenceSpm = engine.CadenceSpm;
            _motion = engine.Motion;
            CheckBattery(nowUs, batteryMv, engine);
            if (_shutdown) return;
            CheckSensor(nowUs, sensor);

            if (_graceS > 0 && _state != PodState.Fault)
            {
                _graceS--;
                if (_graceS == 0 || _motion == MotionState.Running) _pacing.ForceAudible = false;
                if (_motion == MotionState.Running) _graceS = 0;
            }

            _pacing.OnSecond();
            if (_pacing.TakeProbeEnded())
            {
                int probe = _pacing.Summary.ProbeCadenceSpm;
                int target = _target.TargetSpm;
                bool held = target > 0 && (probe - target) * 1000 >= -target * Tunables.ZoneToleranceTenths;
                Play(held ? SoundPatterns.ProbeHeld : SoundPatterns.ProbeSlipped, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.ProbeEnded, probe);
            }

            bool running = _motion == MotionState.Running;
            _stillSeconds = _motion == MotionState.Still ? _stillSeconds + 1 : 0;

            if (_pacing.IsPacing || _state == PodState.Paused) AccumulateMinute(running ? (int)(_cadenceSpm + 0.5f) : 0);

            switch (_state)
            {
                case PodState.Idle:
                    if (!_target.HasBaseline && running)
                    {
                        _baseline.Begin();
                        SetState(PodState.CapturingBaseline, nowUs);
                    }
                    else if (_stillSeconds >= _settings.AutoSleepS)
                    {
                        GoToSleep(nowUs);
                    }

                    break;
                case PodState.CapturingBaseline:
                    if (_baseline.OnSecond(_cadenceSpm, _motion))
                    {
                        AdoptBaseline(_baseline.BaselineSpm, nowUs);
                        SetState(PodState.Idle, nowUs);
                    }

                    break;
                case PodState.Pacing:
                    if (_stillSeconds >= Tunables.PauseAfterStillS)
                    {
                        _pacing.Stop();
                        _pausedSeconds = 0;
                        SetState(PodState.Paused, nowUs);
                    }

                    break;
                case PodState.Paused:
                    _pausedSeconds++;
                    if (running)
                    {
                        _pacing.Start(nowUs + 300000u);
                        SetState(PodState.Pacing, nowUs);
                    }
                    else if (_pausedSeconds >= Tunables.EndRunAfterPausedS)
                    {
                        EndRun(nowUs, engine.TotalSteps);
                        SetState(PodState.Idle, nowUs);
                    }

                    break;
            }

            _secondsSinceChange++;
            if (_settingsDirty && _secondsSinceChange >= 3) SaveSettings(nowUs);
        }

        /// <summary>
        /// Samples were lost (FIFO overflow, outage): the engine restarts its bout, so for a few seconds it cannot say the
        /// runner is running. The beat stays audible meanwhile instead of auto-muting.
        /// </summary>
        public void OnSensorGap()
        {
            _graceS = Tunables.SensorGraceS;
            _pacing.ForceAudible = true;
        }

        /// <summary>The loop reports the engine's step total after each batch.</summary>
        public void OnSteps(int totalSteps)
        {
            _engineSteps = totalSteps;
        }

        void StartPacing(uint nowUs)
        {
            if (_target.TargetSpm <= 0)
            {
                Play(SoundPatterns.Refuse, nowUs); // relative target without a baseline yet
                return;
            }

            _pacing.BeginRun();
            _runLog.BeginRun();
            _minuteSum = 0;
            _minuteSeconds = 0;
            _runStartSteps = _engineSteps;
            Play(SoundPatterns.Start, nowUs);
            _pacing.Start(nowUs + (uint)SoundPatterns.DurationUs(SoundPatterns.Start) + 400000u);
            SetState(_state == PodState.Fault ? PodState.Fault : PodState.Pacing, nowUs);
            if (_state == PodState.Fault) _stateBeforeFault = PodState.Pacing;
        }

        void StopPacing(uint nowUs)
        {
            _pacing.Stop();
            Play(SoundPatterns.Stop, nowUs);
            EndRun(nowUs, _engineSteps);
            if (_state == PodState.Fault) _stateBeforeFault = PodState.Idle;
            else SetState(PodState.Idle, nowUs);
        }

        void EndRun(uint nowUs, int totalSteps)
        {
            _pacing.Stop();
            if (_minuteSeconds > 0) _runLog.AddMinute(_minuteSum / _minuteSeconds);
            RunSummary run = _pacing.FinishRun(totalSteps - _runStartSteps);
            if (!_runLog.Append(run)) _events.OnPodEvent(nowUs, PodEvent.StorageError, 1);
            _events.OnPodEvent(nowUs, PodEvent.RunEnded, run.InZonePercent);
            _plan.Enabled = _settings.PlanEnabled;
            if (_plan.OnRunCompleted(run) && _target.Mode == TargetMode.Relative)
            {
                _target.SetPercentTenths(_plan.CurrentPercentTenths);
                Play(SoundPatterns.PlanAdvanced, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.PlanAdvanced, _plan.CurrentPercentTenths);
            }

            CopyPlanToSettings();
            MarkDirty();
        }

        void AccumulateMinute(int cadence)
        {
            _minuteSum += cadence;
            _minuteSeconds++;
            if (_minuteSeconds >= 60)
            {
                _runLog.AddMinute(_minuteSum / _minuteSeconds);
                _minuteSum = 0;
                _minuteSeconds = 0;
            }
        }

        void ChangeTarget(int direction, int steps, uint nowUs, bool preview)
        {
            ClampResult r = _target.Step(direction, steps);
            _settings.PercentTenths = _target.PercentTenths;
            _settings.AbsoluteSpm = _target.AbsoluteSpm;
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.Mode == TargetMode.Absolute ? _target.AbsoluteSpm : _target.PercentTenths);
            if (r != ClampResult.Ok)
            {
                Play(SoundPatterns.Refuse, nowUs);
                return;
            }

            Play(SoundPatterns.Confirm, nowUs);
            if (preview) PreviewTempo(nowUs);
        }

        /// <summary>Four beats at the target tempo so the runner hears what they chose.</summary>
        void PreviewTempo(uint nowUs)
        {
            int spm = _target.TargetSpm;
            if (spm <= 0) return;
            int period = Time.PeriodUsFromSpm(spm);
            uint start = nowUs + (uint)SoundPatterns.DurationUs(SoundPatterns.Confirm) + 250000u;
            for (int i = 0; i < 4; i++)
            {
                _previewBeep.OnsetUs = start + (uint)(i * period);
                _previewBeep.DurationUs = Tunables.BeatDurationUs;
                _previewBeep.FrequencyHz = _settings.ToneHz;
                _previewBeep.Level = _settings.VolumeLevel == 0 ? 1 : _settings.VolumeLevel;
                _previewBeep.Audible = true;
                _tones.ScheduleBeat(_previewBeep);
            }
        }

        void CaptureBaselineNow(uint nowUs)
        {
            int spm = _baseline.CaptureNow(_cadenceSpm, _motion);
            if (spm <= 0)
            {
                Play(SoundPatterns.Refuse, nowUs);
                return;
            }

            AdoptBaseline(spm, nowUs);
            if (_state == PodState.CapturingBaseline) SetState(PodState.Idle, nowUs);
        }

        void AdoptBaseline(int spm, uint nowUs)
        {
            _target.SetBaselineSpm(spm);
            _settings.BaselineSpm = _target.BaselineSpm;
            MarkDirty();
            Play(SoundPatterns.BaselineCaptured, nowUs);
            _events.OnPodEvent(nowUs, PodEvent.BaselineCaptured, spm);
        }

        void ToggleTargetMode(uint nowUs)
        {
            TargetMode next = _target.Mode == TargetMode.Relative ? TargetMode.Absolute : TargetMode.Relative;
            if (next == TargetMode.Relative && !_target.HasBaseline)
            {
                Play(SoundPatterns.Refuse, nowUs); // a relative target needs a baseline first
                return;
            }

            _target.Mode = next;
            _settings.TargetMode = next;
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.TargetSpm);
            Play(SoundPatterns.Confirm, nowUs);
            PreviewTempo(nowUs);
        }

        void CycleCueMode(uint nowUs)
        {
            int next = ((int)_settings.CueMode + 1) % 5;
            _settings.CueMode = (CueMode)next;
            _pacing.SetMode(_settings.CueMode, _plan.CompletedRuns);
            if (_settings.CueMode != CueMode.SilentProbe) MarkDirty();
            Play(SoundPatterns.ForMode(next + 1), nowUs);
            _events.OnPodEvent(nowUs, PodEvent.CueModeChanged, next);
        }

        void CheckSensor(uint nowUs, SensorStatus sensor)
        {
            if (sensor == SensorStatus.Missing)
            {
                if (_state != PodState.Fault)
                {
                    _stateBeforeFault = _state;
                    SetState(PodState.Fault, nowUs);
                    _events.OnPodEvent(nowUs, PodEvent.SensorFault, (int)sensor);
                    _sensorAlarmS = Tunables.AlarmRepeatS;
                }

                // The metronome keeps its beat: with no motion data it plays at the current tempo, unmuted.
                _pacing.ForceAudible = true;
                _sensorAlarmS++;
                if (_sensorAlarmS >= Tunables.AlarmRepeatS)
                {
                    _sensorAlarmS = 0;
                    Play(SoundPatterns.SensorMissing, nowUs);
                }
            }
            else if (_state == PodState.Fault)
            {
                // Keep the beat audible until the engine has the runner again (or the grace runs out).
                _graceS = Tunables.SensorGraceS;
                _events.OnPodEvent(nowUs, PodEvent.SensorRecovered, 0);
                SetState(_stateBeforeFault == PodState.Paused ? PodState.Pacing : _stateBeforeFault, nowUs);
                if (_state == PodState.Pacing && !_pacing.IsPacing) _pacing.Start(nowUs + 300000u);
            }
        }

        void CheckBattery(uint nowUs, int batteryMv, CadenceEngine engine)
        {
            if (batteryMv <= 0) return; // unknown
            if (batteryMv < Tunables.BatteryCriticalMv)
            {
                if (_pacing.IsPacing || _state == PodState.Paused) EndRun(nowUs, engine.TotalSteps);
                SaveSettings(nowUs);
                _tones.Clear();
                _events.OnPodEvent(nowUs, PodEvent.Shutdown, batteryMv);
                _shutdown = true;
                _power.Shutdown();
                return;
            }

            if (batteryMv < Tunables.BatteryLowMv)
            {
                _batteryAlarmS++;
                if (_batteryAlarmS >= Tunables.AlarmRepeatS)
                {
                    _batteryAlarmS = 0;
                    Play(SoundPatterns.BatteryLow, nowUs);
                    _events.OnPodEvent(nowUs, PodEvent.BatteryLow, batteryMv);
                }
            }
        }

        void GoToSleep(uint nowUs)
        {
            SaveSettings(nowUs);
            _tones.Clear();
            SetState(PodState.Sleep, nowUs);
            _events.OnPodEvent(nowUs, PodEvent.Sleep, 0);
            _power.Sleep(_settings.WakeOnMotion);
        }

        /// <summary>Wakes from a light sleep (simulator); on the device a wake is a reboot.</summary>
        public void Wake(uint nowUs)
        {
            if (_state != PodState.Sleep) return;
            _stillSeconds = 0;
            SetState(PodState.Idle, nowUs);
        }

        void SetState(PodState state, uint nowUs)
        {
            if (state == _state) return;
            _state = state;
            _events.OnPodEvent(nowUs, PodEvent.StateChanged, (int)state);
        }

        void Play(int[] pattern, uint nowUs)
        {
            _tones.PlayPattern(pattern, nowUs, _settings.VolumeLevel);
            _events.OnPodEvent(nowUs, PodEvent.Pattern, SoundPatterns.IdOf(pattern));
        }

        void MarkDirty()
        {
            _settingsDirty = true;
            _secondsSinceChange = 0;
        }

        void SaveSettings(uint nowUs)
        {
            _settingsDirty = false;
            if (!_settingsStore.Save(_settings)) _events.OnPodEvent(nowUs, PodEvent.StorageError, 0);
        }

        /// <summary>Reports an event for another part of the pod (the Bluetooth service) through the pod's event sink.</summary>
        public void ReportEvent(uint nowUs, PodEvent kind, int value)
        {
            _events.OnPodEvent(nowUs, kind, value);
        }

        /// <summary>Plays a pattern for another part of the pod (the Bluetooth service) and reports it like the controller's own.</summary>
        public void Announce(int[] pattern, uint nowUs)
        {
            Play(pattern, nowUs);
        }

        /// <summary>
        /// Changes one setting (<see cref="PodSettingId"/>) as the buttons would: the value is checked in full first —
        /// out of range, unknown or not possible now changes nothing and returns why; a valid value is applied, saved
        /// through the two-slot store (after the same 3 s quiet as a button change) and answered with the same sound a
        /// button change makes (confirm; the cue-mode count; four beats of a new target or tone).
        /// </summary>
        public SettingResult TrySetSetting(int id, int value, uint nowUs)
        {
            SettingResult check = CheckSetting(id, value);
            if (check != SettingResult.Ok) return check;
            switch ((PodSettingId)id)
            {
                case PodSettingId.TargetMode:
                    _target.Mode = (TargetMode)value;
                    _settings.TargetMode = _target.Mode;
                    break;
                case PodSettingId.TargetPercentTenths:
                    _target.SetPercentTenths(value);
                    _settings.PercentTenths = _target.PercentTenths;
                    break;
                case PodSettingId.TargetAbsoluteSpm:
                    _target.SetAbsoluteSpm(value);
                    _settings.AbsoluteSpm = _target.AbsoluteSpm;
                    break;
                case PodSettingId.CueMode:
                    _settings.CueMode = (CueMode)value;
                    _pacing.SetMode(_settings.CueMode, _plan.CompletedRuns);
                    if (_settings.CueMode != CueMode.SilentProbe) MarkDirty();
                    Play(SoundPatterns.ForMode(value + 1), nowUs);
                    _events.OnPodEvent(nowUs, PodEvent.CueModeChanged, value);
                    _events.OnPodEvent(nowUs, PodEvent.SettingWritten, id);
                    return SettingResult.Ok;
                case PodSettingId.Volume:
                    _settings.VolumeLevel = value;
                    _pacing.VolumeLevel = value;
                    MarkDirty();
                    _tones.PlayPattern(SoundPatterns.Confirm, nowUs, value); // at the new volume, as the Mode button does
                    _events.OnPodEvent(nowUs, PodEvent.VolumeChanged, value);
                    _events.OnPodEvent(nowUs, PodEvent.SettingWritten, id);
                    return SettingResult.Ok;
                case PodSettingId.PhaseLock:
                    _settings.PhaseLock = value == 1;
                    _pacing.PhaseLock = _settings.PhaseLock;
                    break;
                case PodSettingId.PlanEnabled:
                    _settings.PlanEnabled = value == 1;
                    _plan.Enabled = _settings.PlanEnabled;
                    break;
                case PodSettingId.WakeOnMotion:
                    _settings.WakeOnMotion = value == 1;
                    break;
                case PodSettingId.AutoSleepS:
                    _settings.AutoSleepS = value;
                    break;
                case PodSettingId.ToneHz:
                    _settings.ToneHz = value;
                    _pacing.ToneHz = value;
                    MarkDirty();
                    _events.OnPodEvent(nowUs, PodEvent.SettingWritten, id);
                    PreviewTempo(nowUs); // the Mode button's long press plays four beats in the new tone
                    return SettingResult.Ok;
                case PodSettingId.CalibrationDistanceM:
                    _settings.CalibrationDistanceM = value;
                    break;
                case PodSettingId.StrideLengthMm:
                    _settings.StrideLengthMm = value;
                    break;
            }

            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.SettingWritten, id);
            Play(SoundPatterns.Confirm, nowUs);
            bool target = id == (int)PodSettingId.TargetMode || id == (int)PodSettingId.TargetPercentTenths || id == (int)PodSettingId.TargetAbsoluteSpm;
            if (target)
            {
                _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.Mode == TargetMode.Absolute ? _target.AbsoluteSpm : _target.PercentTenths);
                PreviewTempo(nowUs);
            }

            return SettingResult.Ok;
        }

        /// <summary>The whole check of <see cref="TrySetSetting"/>, changing nothing.</summary>
        public SettingResult CheckSetting(int id, int value)
        {
            switch (id)
            {
                case (int)PodSettingId.TargetMode:
                    if (value != 0 && value != 1) return SettingResult.OutOfRange;
                    // A relative target needs a baseline, as on the buttons.
                    return value == 0 && !_target.HasBaseline ? SettingResult.NotPossibleNow : SettingResult.Ok;
                case (int)PodSettingId.TargetPercentTenths:
                    if (value < Tunables.TargetPercentMinTenths || value > Tunables.TargetPercentMaxTenths) return SettingResult.OutOfRange;
                    return value % Tunables.TargetPercentStepTenths == 0 ? SettingResult.Ok : SettingResult.OutOfRange;
                case (int)PodSettingId.TargetAbsoluteSpm:
                    return InRange(value, Tunables.TargetAbsoluteMinSpm, Tunables.TargetAbsoluteMaxSpm);
                case (int)PodSettingId.CueMode:
                    return InRange(value, 0, (int)CueMode.SilentProbe);
                case (int)PodSettingId.Volume:
                    return InRange(value, 0, 3);
                case (int)PodSettingId.PhaseLock:
                case (int)PodSettingId.PlanEnabled:
                case (int)PodSettingId.WakeOnMotion:
                    return InRange(value, 0, 1);
                case (int)PodSettingId.AutoSleepS:
                    return InRange(value, 60, 7200);
                case (int)PodSettingId.ToneHz:
                    for (int i = 0; i < ToneChoicesHz.Length; i++)
                    {
                        if (ToneChoicesHz[i] == value) return SettingResult.Ok;
                    }

                    return SettingResult.OutOfRange;
                case (int)PodSettingId.CalibrationDistanceM:
                    return InRange(value, Tunables.CalibrationDistanceMinM, Tunables.CalibrationDistanceMaxM);
                case (int)PodSettingId.StrideLengthMm:
                    return value == 0 ? SettingResult.Ok : InRange(value, Tunables.StrideMinMm, Tunables.StrideMaxMm);
                default:
                    return SettingResult.UnknownSetting;
            }
        }

        static SettingResult InRange(int value, int min, int max)
        {
            return value >= min && value <= max ? SettingResult.Ok : SettingResult.OutOfRange;
        }

        /// <summary>
        /// Forgets the baseline so the pod captures it again at the next steady run. Not while a run is paced (its
        /// relative target would vanish mid-run): NotPossibleNow, nothing changed.
        /// </summary>
        public SettingResult ResetBaseline(uint nowUs)
        {
            if (_pacing.IsPacing || _state == PodState.Paused || _state == PodState.Pacing) return SettingResult.NotPossibleNow;
            _target.ClearBaseline();
            _settings.BaselineSpm = 0;
            if (_state == PodState.CapturingBaseline) SetState(PodState.Idle, nowUs);
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.BaselineReset, 0);
            Play(SoundPatterns.Confirm, nowUs);
            return SettingResult.Ok;
        }

        /// <summary>Applies <see cref="Settings"/> to the target, pacing and plan (at boot, or after a host tool edits them).</summary>
        public void ApplySettings()
        {
            _target.Mode = _settings.TargetMode;
            _target.SetPercentTenths(_settings.PercentTenths);
            _target.SetAbsoluteSpm(_settings.AbsoluteSpm);
            if (_settings.BaselineSpm > 0) _target.SetBaselineSpm(_settings.BaselineSpm);
            else _target.ClearBaseline();
            _pacing.VolumeLevel = _settings.VolumeLevel;
            _pacing.ToneHz = _settings.ToneHz;
            _pacing.PhaseLock = _settings.PhaseLock;
            _plan.Enabled = _settings.PlanEnabled;
            _plan.Stage = _settings.PlanStage;
            _plan.SuccessfulRuns = _settings.PlanSuccessfulRuns;
            _plan.CompletedRuns = _settings.PlanCompletedRuns;
            _pacing.SetMode(_settings.CueMode == CueMode.SilentProbe ? CueMode.EveryStep : _settings.CueMode, _plan.CompletedRuns);
        }

        void CopyPlanToSettings()
        {
            _settings.PlanStage = _plan.Stage;
            _settings.PlanSuccessfulRuns = _plan.SuccessfulRuns;
            _settings.PlanCompletedRuns = _plan.CompletedRuns;
            _settings.PercentTenths = _target.PercentTenths;
        }
    }
}
