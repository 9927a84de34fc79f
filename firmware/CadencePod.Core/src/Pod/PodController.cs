using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The one orchestrator: owns the pod's states and turns buttons, the runner (<see cref="RunnerSnapshot"/>, filled
    /// by the loop once per sensor batch), the sensor's health, the battery and timeouts into transitions, sounds and
    /// saved settings (docs/user-guide.md has the map). It is the only code that drives the pacing engine and the only
    /// one that queues sounds; it owns the settings (<see cref="Settings"/>, the one copy the target, pacing and plan
    /// read). The loop calls <see cref="OnBatch"/>, <see cref="OnSecond"/>, <see cref="TakeBeatIfDue"/> and
    /// <see cref="OnButton"/>; the Bluetooth service calls its small API (<see cref="TrySetSetting"/> and the rest).
    /// Pure logic behind seams, driven with the injected µs time.
    /// </summary>
    public sealed class PodController
    {
        readonly PodSettings _settings = new PodSettings();
        readonly SettingsStore _settingsStore;
        readonly RunLog _runLog;
        readonly RunnerSnapshot _runner;
        readonly PaceTarget _target;
        readonly BaselineCapture _baseline = new BaselineCapture();
        readonly PacingEngine _pacing;
        readonly ProgressionPlan _plan;
        readonly ToneScheduler _tones;
        readonly IPowerControl _power;
        readonly IPodEvents _events;
        readonly Beep _beep = new Beep();
        readonly Beep _previewBeep = new Beep();

        PodState _state = PodState.Idle;
        PodState _stateBeforeFault = PodState.Idle;
        bool _locked;
        bool _settingsDirty;
        bool _shutdown;
        int _secondsSinceChange;
        int _stillSeconds;
        int _pausedSeconds;
        int _sensorAlarmS = Tunables.AlarmRepeatS;
        int _batteryAlarmS = Tunables.AlarmRepeatS;
        int _runStartSteps;
        int _minuteSum;
        int _minuteSeconds;
        int _graceS;        // seconds the beat stays audible after a sensor gap

        public PodController(IBlockStore store, ToneScheduler tones, IPowerControl power, IPodEvents events, RunnerSnapshot runner)
        {
            _settingsStore = new SettingsStore(store);
            _runLog = new RunLog(store);
            _runner = runner;
            _target = new PaceTarget(_settings);
            _pacing = new PacingEngine(_settings, _target, runner);
            _plan = new ProgressionPlan(_settings);
            _tones = tones;
            _power = power;
            _events = events;
        }

        public PodState State { get { return _state; } }

        /// <summary>The settings: the one copy. Changing a field directly (tests, the simulator before a boot) is seen by
        /// every part at once; <see cref="TrySetSetting"/> checks, saves and answers with a sound.</summary>
        public PodSettings Settings { get { return _settings; } }

        /// <summary>The target rules over <see cref="Settings"/> (read-only use outside the controller).</summary>
        public PaceTarget Target { get { return _target; } }

        /// <summary>The pacing engine, for reading its state (tempo, mode, run summary); only the controller drives it.</summary>
        public PacingEngine Pacing { get { return _pacing; } }

        public RunLog RunLog { get { return _runLog; } }
        public bool IsLocked { get { return _locked; } }
        public bool IsShutDown { get { return _shutdown; } }

        /// <summary>Gets the gestures the controller does not own (pairing, forgetting bonds, calibration); null refuses them.</summary>
        public IButtonExtension Extension;

        /// <summary>Loads settings (defaults plus the audible notice when unreadable) and enters Idle.</summary>
        public void Boot(uint nowUs)
        {
            SettingsLoadResult loaded = _settingsStore.Load(_settings);
            OnSettingsEdited();
            _events.OnPodEvent(nowUs, PodEvent.Boot, (int)loaded);
            if (loaded == SettingsLoadResult.ResetToDefaults)
            {
                _events.OnPodEvent(nowUs, PodEvent.SettingsReset, 0);
                Play(Tunables.SettingsResetSound, nowUs);
                _settingsDirty = true;
            }

            SetState(PodState.Idle, nowUs);

            // The wake cause decides the greeting: a button wake answers with the confirm blip so the runner knows
            // the pod is on; a motion wake stays silent (it is already listening); a power-on is silent unless reset.
            WakeReason wake = _power.LastWake;
            _events.OnPodEvent(nowUs, PodEvent.Wake, (int)wake);
            if (wake == WakeReason.Button) Play(Tunables.ConfirmSound, nowUs);
        }

        /// <summary>
        /// The settings were loaded or changed directly (the boot; a host tool before a run, a test): every part reads
        /// them as they are, and the running cue mode follows the chosen one — but a boot never resumes a silent probe
        /// (the chosen mode is what the runner wants; the probe is a two-minute test, started from the buttons or phone).
        /// </summary>
        public void OnSettingsEdited()
        {
            _pacing.SetMode(_settings.CueMode == CueMode.SilentProbe ? CueMode.EveryStep : _settings.CueMode, _settings.PlanCompletedRuns);
        }

        /// <summary>
        /// Hands the next beat to the tone scheduler once its onset is within Tunables.BeatLookaheadUs. Returns false when
        /// not pacing; otherwise true with the time the following beat is due for hand-over.
        /// </summary>
        public bool TakeBeatIfDue(uint nowUs, out uint handOverUs)
        {
            PacingEngine pacing = _pacing;
            if (!pacing.IsPacing)
            {
                handOverUs = 0;
                return false;
            }

            uint handOver = HandOverUs();
            if (Time.DiffUs(handOver, nowUs) <= 0)
            {
                Beep beep = _beep;
                pacing.TakeBeat(beep);
                bool sounded = _tones.ScheduleBeat(beep);
                _events.OnPodEvent(beep.OnsetUs, PodEvent.Beat, sounded ? 1 : 0);
                handOver = HandOverUs();
            }

            handOverUs = handOver;
            return true;
        }

        /// <summary>False when not pacing; otherwise true with the time the next beat is due for hand-over.</summary>
        public bool NextBeatHandOver(out uint handOverUs)
        {
            if (!_pacing.IsPacing)
            {
                handOverUs = 0;
                return false;
            }

            handOverUs = HandOverUs();
            return true;
        }

        /// <summary>When the next beat goes to the tone scheduler: its onset less the look-ahead.</summary>
        uint HandOverUs()
        {
            return _pacing.NextBeatUs - (uint)Tunables.BeatLookaheadUs;
        }

        /// <summary>
        /// After each sensor batch (the snapshot is fresh). Samples lost before it mean the engine restarted its bout, so
        /// for a few seconds it cannot say the runner is running: the beat stays audible meanwhile instead of auto-muting.
        /// </summary>
        public void OnBatch(uint nowUs)
        {
            if (_runner.SamplesLost == 0) return;
            _graceS = Tunables.SensorGraceS;
            _pacing.HoldAudible(true);
        }

        /// <summary>A debounced button gesture.</summary>
        public void OnButton(ButtonEvent e, uint nowUs)
        {
            if (e == ButtonEvent.None || _state == PodState.Sleep || _shutdown) return;
            _events.OnPodEvent(nowUs, PodEvent.Button, (int)e);
            if (e == ButtonEvent.BothLong)
            {
                _locked = !_locked;
                Play(_locked ? Tunables.LockedSound : Tunables.UnlockedSound, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.Locked, _locked ? 1 : 0);
                return;
            }

            if (_locked)
            {
                if (e != ButtonEvent.LongArmed) Play(Tunables.LockedPressSound, nowUs);
                return;
            }

            if (e == ButtonEvent.PairingChord || e == ButtonEvent.ForgetBondsChord || e == ButtonEvent.CalibrationChord)
            {
                if (Extension == null || !Extension.OnButton(e, nowUs)) Play(Tunables.RefuseSound, nowUs);
                return;
            }

            switch (e)
            {
                case ButtonEvent.LongArmed:
                    Play(Tunables.ArmedSound, nowUs);
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
                    if (_runner.Motion == MotionState.Running) CaptureBaselineNow(nowUs);
                    else ToggleTargetMode(nowUs);
                    break;
                case ButtonEvent.BothShort:
                    ChangeSetting((int)PodSettingId.CueMode, ((int)_settings.CueMode + 1) % ((int)CueMode.SilentProbe + 1), nowUs);
                    break;
                case ButtonEvent.ModeShort:
                    ChangeSetting((int)PodSettingId.Volume, _settings.VolumeLevel == 0 ? Tunables.VolumeMaxLevel : _settings.VolumeLevel - 1, nowUs);
                    break;
                case ButtonEvent.ModeLong:
                    ChangeSetting((int)PodSettingId.ToneHz, NextToneHz(_settings.ToneHz), nowUs);
                    break;
            }
        }

        /// <summary>Once per second: the runner as of the last batch, the sensor's health, the battery (mV, 0 unknown).</summary>
        public void OnSecond(uint nowUs, int batteryMv)
        {
            if (_shutdown || _state == PodState.Sleep) return;
            CheckBattery(nowUs, batteryMv);
            if (_shutdown) return;
            CheckSensor(nowUs, _runner.Sensor);

            MotionState motion = _runner.Motion;
            float cadenceSpm = _runner.CadenceSpm;
            bool running = motion == MotionState.Running;
            if (_graceS > 0 && _state != PodState.Fault)
            {
                _graceS--;
                if (_graceS == 0 || running) _pacing.HoldAudible(false);
                if (running) _graceS = 0;
            }

            _pacing.OnSecond();
            if (_pacing.TakeProbeEnded())
            {
                int probe = _pacing.Summary.ProbeCadenceSpm;
                int target = _target.TargetSpm;
                bool held = target > 0 && (probe - target) * 1000 >= -target * Tunables.ZoneToleranceTenths;
                Play(held ? Tunables.ProbeHeldSound : Tunables.ProbeSlippedSound, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.ProbeEnded, probe);
            }

            // While paced, "still" right after lost samples is no evidence: each gap restarts the engine's bout, and a
            // bus that drops samples every few seconds would otherwise pause the beat of a runner who never stopped.
            bool stillEvidence = motion == MotionState.Still && (_graceS == 0 || _state != PodState.Pacing);
            _stillSeconds = stillEvidence ? _stillSeconds + 1 : 0;

            if (_pacing.IsPacing || _state == PodState.Paused) AccumulateMinute(running ? (int)(cadenceSpm + 0.5f) : 0);

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
                    if (_baseline.OnSecond(cadenceSpm, motion))
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
                        _pacing.Start(nowUs + (uint)Tunables.RestartBeatAfterUs);
                        SetState(PodState.Pacing, nowUs);
                    }
                    else if (_pausedSeconds >= Tunables.EndRunAfterPausedS)
                    {
                        EndRun(nowUs);
                        SetState(PodState.Idle, nowUs);
                    }

                    break;
            }

            _secondsSinceChange++;
            if (_settingsDirty && _secondsSinceChange >= Tunables.SaveAfterQuietS) SaveSettings(nowUs);
        }

        void StartPacing(uint nowUs)
        {
            if (_target.TargetSpm <= 0)
            {
                Play(Tunables.RefuseSound, nowUs); // relative target without a baseline yet
                return;
            }

            _pacing.BeginRun();
            _runLog.BeginRun();
            _minuteSum = 0;
            _minuteSeconds = 0;
            _runStartSteps = _runner.TotalSteps;
            Play(Tunables.StartSound, nowUs);
            _pacing.Start(nowUs + (uint)SoundPatterns.DurationUs(Tunables.StartSound) + (uint)Tunables.FirstBeatAfterStartUs);
            SetState(_state == PodState.Fault ? PodState.Fault : PodState.Pacing, nowUs);
            if (_state == PodState.Fault) _stateBeforeFault = PodState.Pacing;
        }

        void StopPacing(uint nowUs)
        {
            _pacing.Stop();
            Play(Tunables.StopSound, nowUs);
            EndRun(nowUs);
            if (_state == PodState.Fault) _stateBeforeFault = PodState.Idle;
            else SetState(PodState.Idle, nowUs);
        }

        void EndRun(uint nowUs)
        {
            _pacing.Stop();
            if (_minuteSeconds > 0) _runLog.AddMinute(_minuteSum / _minuteSeconds);
            RunSummary run = _pacing.FinishRun(_runner.TotalSteps - _runStartSteps);
            if (!_runLog.Append(run)) _events.OnPodEvent(nowUs, PodEvent.StorageError, 1);
            _events.OnPodEvent(nowUs, PodEvent.RunEnded, run.InZonePercent);
            if (_plan.OnRunCompleted(run) && _target.Mode == TargetMode.Relative)
            {
                _target.SetPercentTenths(_plan.CurrentPercentTenths);
                Play(Tunables.PlanAdvancedSound, nowUs);
                _events.OnPodEvent(nowUs, PodEvent.PlanAdvanced, _plan.CurrentPercentTenths);
            }

            MarkDirty();
        }

        void AccumulateMinute(int cadence)
        {
            _minuteSum += cadence;
            _minuteSeconds++;
            if (_minuteSeconds >= Time.SecondsPerMinute)
            {
                _runLog.AddMinute(_minuteSum / _minuteSeconds);
                _minuteSum = 0;
                _minuteSeconds = 0;
            }
        }

        void ChangeTarget(int direction, int steps, uint nowUs, bool preview)
        {
            ClampResult r = _target.Step(direction, steps);
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.Mode == TargetMode.Absolute ? _target.AbsoluteSpm : _target.PercentTenths);
            if (r != ClampResult.Ok)
            {
                Play(Tunables.RefuseSound, nowUs);
                return;
            }

            Play(Tunables.ConfirmSound, nowUs);
            if (preview) PreviewTempo(nowUs);
        }

        /// <summary>A few beats at the target tempo so the runner hears what they chose.</summary>
        void PreviewTempo(uint nowUs)
        {
            int spm = _target.TargetSpm;
            if (spm <= 0) return;
            int period = Time.PeriodUsFromSpm(spm);
            uint start = nowUs + (uint)SoundPatterns.DurationUs(Tunables.ConfirmSound) + (uint)Tunables.PreviewAfterConfirmUs;
            for (int i = 0; i < Tunables.PreviewBeats; i++)
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
            if (!_baseline.TryCaptureNow(_runner.CadenceSpm, _runner.Motion, out int spm))
            {
                Play(Tunables.RefuseSound, nowUs);
                return;
            }

            AdoptBaseline(spm, nowUs);
            if (_state == PodState.CapturingBaseline) SetState(PodState.Idle, nowUs);
        }

        void AdoptBaseline(int spm, uint nowUs)
        {
            _target.SetBaselineSpm(spm);
            MarkDirty();
            Play(Tunables.BaselineCapturedSound, nowUs);
            _events.OnPodEvent(nowUs, PodEvent.BaselineCaptured, spm);
        }

        void ToggleTargetMode(uint nowUs)
        {
            TargetMode next = _target.Mode == TargetMode.Relative ? TargetMode.Absolute : TargetMode.Relative;
            if (next == TargetMode.Relative && !_target.HasBaseline)
            {
                Play(Tunables.RefuseSound, nowUs); // a relative target needs a baseline first
                return;
            }

            _target.Mode = next;
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.TargetSpm);
            Play(Tunables.ConfirmSound, nowUs);
            PreviewTempo(nowUs);
        }

        static int NextToneHz(int toneHz)
        {
            int[] choices = Tunables.BeatToneChoicesHz;
            int next = 0;
            for (int i = 0; i < choices.Length; i++)
            {
                if (choices[i] == toneHz) next = (i + 1) % choices.Length;
            }

            return choices[next];
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
                }

                // The metronome keeps its beat: with no motion data it plays at the current tempo, unmuted.
                _pacing.HoldAudible(true);
                _sensorAlarmS++;
                if (_sensorAlarmS >= Tunables.AlarmRepeatS)
                {
                    _sensorAlarmS = 0;
                    Play(Tunables.SensorMissingSound, nowUs);
                }
            }
            else
            {
                // The alarm sounds at most once per AlarmRepeatS, across recoveries too: a bus that fails on and off
                // would otherwise play it over the beat every few seconds.
                if (_sensorAlarmS < Tunables.AlarmRepeatS) _sensorAlarmS++;
                if (_state != PodState.Fault) return;

                // Keep the beat audible until the engine has the runner again (or the grace runs out).
                _graceS = Tunables.SensorGraceS;
                _events.OnPodEvent(nowUs, PodEvent.SensorRecovered, 0);
                SetState(_stateBeforeFault == PodState.Paused ? PodState.Pacing : _stateBeforeFault, nowUs);
                if (_state == PodState.Pacing && !_pacing.IsPacing) _pacing.Start(nowUs + (uint)Tunables.RestartBeatAfterUs);
            }
        }

        void CheckBattery(uint nowUs, int batteryMv)
        {
            if (batteryMv <= 0) return; // unknown
            if (batteryMv < Tunables.BatteryCriticalMv)
            {
                if (_pacing.IsPacing || _state == PodState.Paused) EndRun(nowUs);
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
                    Play(Tunables.BatteryLowSound, nowUs);
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
        /// through the two-slot store (after the same quiet as a button change) and answered with the same sound a
        /// button change makes (confirm; the cue-mode count; the preview beats of a new target or tone).
        /// </summary>
        public SettingResult TrySetSetting(int id, int value, uint nowUs)
        {
            SettingResult check = CheckSetting(id, value);
            if (check != SettingResult.Ok) return check;
            ChangeSetting(id, value, nowUs);
            _events.OnPodEvent(nowUs, PodEvent.SettingWritten, id);
            return SettingResult.Ok;
        }

        /// <summary>The whole check of <see cref="TrySetSetting"/>, changing nothing: the record's ranges
        /// (<see cref="PodSettings.Check"/>) and what the pod's state allows.</summary>
        public SettingResult CheckSetting(int id, int value)
        {
            SettingResult r = PodSettings.Check(id, value);
            // A relative target needs a baseline, as on the buttons.
            if (r == SettingResult.Ok && id == (int)PodSettingId.TargetMode && value == (int)TargetMode.Relative && !_target.HasBaseline) return SettingResult.NotPossibleNow;
            return r;
        }

        /// <summary>
        /// One valid change, from the buttons or the phone: the value goes into the settings (the one copy every part
        /// reads), is saved after the quiet, and is answered with its sound. The cue mode also switches the running mode
        /// (a silent probe starts, and is not saved as such: it is a test, not a choice).
        /// </summary>
        void ChangeSetting(int id, int value, uint nowUs)
        {
            _settings.Set(id, value);
            switch ((PodSettingId)id)
            {
                case PodSettingId.CueMode:
                    _pacing.SetMode(_settings.CueMode, _settings.PlanCompletedRuns);
                    if (_settings.CueMode != CueMode.SilentProbe) MarkDirty();
                    Play(SoundPatterns.ForMode(value + 1), nowUs);
                    _events.OnPodEvent(nowUs, PodEvent.CueModeChanged, value);
                    return;
                case PodSettingId.Volume:
                    MarkDirty();
                    // The confirm sounds at the new volume (a quiet tick when muted, so the change is still heard).
                    _tones.PlayPattern(Tunables.ConfirmSound, nowUs, value);
                    _events.OnPodEvent(nowUs, PodEvent.VolumeChanged, value);
                    return;
                case PodSettingId.ToneHz:
                    MarkDirty();
                    PreviewTempo(nowUs); // the new tone, at the target tempo
                    return;
                case PodSettingId.TargetMode:
                case PodSettingId.TargetPercentTenths:
                case PodSettingId.TargetAbsoluteSpm:
                    MarkDirty();
                    Play(Tunables.ConfirmSound, nowUs);
                    _events.OnPodEvent(nowUs, PodEvent.TargetChanged, _target.Mode == TargetMode.Absolute ? _target.AbsoluteSpm : _target.PercentTenths);
                    PreviewTempo(nowUs);
                    return;
                default:
                    MarkDirty();
                    Play(Tunables.ConfirmSound, nowUs);
                    return;
            }
        }

        /// <summary>
        /// Forgets the baseline so the pod captures it again at the next steady run. Not while a run is paced (its
        /// relative target would vanish mid-run): NotPossibleNow, nothing changed.
        /// </summary>
        public SettingResult ResetBaseline(uint nowUs)
        {
            if (_pacing.IsPacing || _state == PodState.Paused || _state == PodState.Pacing) return SettingResult.NotPossibleNow;
            _target.ClearBaseline();
            if (_state == PodState.CapturingBaseline) SetState(PodState.Idle, nowUs);
            MarkDirty();
            _events.OnPodEvent(nowUs, PodEvent.BaselineReset, 0);
            Play(Tunables.ConfirmSound, nowUs);
            return SettingResult.Ok;
        }
    }
}
