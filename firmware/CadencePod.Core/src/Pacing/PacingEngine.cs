using CadencePod.Core.Signal;
using CadencePod.Core.Storage;

namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// Decides when the pod beeps while pacing (docs/pacing.md). Reads the runner snapshot the loop fills after each
    /// sensor batch, the settings (tone, volume, phase lock) and the injected µs time; driven by the controller alone;
    /// never touches hardware; deterministic; no allocation per beat.
    /// <list type="bullet">
    /// <item>Hidden ramp: the tempo starts at the runner's cadence and climbs to the target in steps of at most
    /// 1 %, each held for <see cref="Tunables.RampHoldBeats"/> beats, waiting while the runner lags.</item>
    /// <item>Phase lock (option): nudges each beat toward the predicted footfall; no interval moves more than 2.4 %.</item>
    /// <item>Cue modes decide which beats sound; walking or standing mutes the beats, which keep time silently.</item>
    /// </list>
    /// </summary>
    public sealed class PacingEngine
    {
        readonly PodSettings _settings;
        readonly PaceTarget _target;
        readonly RunnerSnapshot _runner;
        readonly Metronome _metronome = new Metronome();
        readonly RunSummary _summary = new RunSummary();

        int _tempoDeciSpm;
        int _beatsSinceRampStep;
        int _beatCount;
        int _notRunningBeats = Tunables.AutoMuteAfterBeats;

        // Cue modes.
        CueMode _mode = CueMode.EveryStep;
        CueMode _modeBeforeProbe = CueMode.EveryStep;
        int _burstBeatsLeft;
        BeepKind _burstKind;
        int _secondsSinceBurst = Tunables.CueRepeatMinS; // saturates at CueRepeatMinS
        int _fadeClockS;
        int _fadeOffS;
        int _probeSeconds;
        int _probeSum;
        int _probeCount;
        bool _probeJustEnded;

        // Run statistics.
        int _pacedRunningS;
        int _zoneS;
        int _cadenceSum;

        bool _forceAudible;

        public PacingEngine(PodSettings settings, PaceTarget target, RunnerSnapshot runner)
        {
            _settings = settings;
            _target = target;
            _runner = runner;
        }

        /// <summary>On: beats sound regardless of the (unknown) gait — the sensor is missing, or the engine is re-finding
        /// the runner after lost samples.</summary>
        public void HoldAudible(bool on)
        {
            _forceAudible = on;
        }

        public bool IsPacing { get { return _metronome.IsRunning; } }

        public CueMode Mode { get { return _mode; } }

        /// <summary>Current metronome tempo (tenths of spm); it ramps toward <see cref="PaceTarget.TargetSpm"/>.</summary>
        public int TempoDeciSpm { get { return _tempoDeciSpm; } }

        public int PeriodUs { get { return _metronome.PeriodUs; } }

        public uint NextBeatUs { get { return _metronome.NextBeatUs; } }

        public RunSummary Summary { get { return _summary; } }

        /// <summary>True while the runner is within the tolerance zone around the target.</summary>
        public bool InZone
        {
            get
            {
                int target = _target.TargetSpm;
                float runnerSpm = _runner.CadenceSpm;
                if (target <= 0 || runnerSpm <= 0f) return false;
                float deviation = runnerSpm - target;
                if (deviation < 0f) deviation = -deviation;
                return deviation * 1000f <= target * Tunables.ZoneToleranceTenths;
            }
        }

        /// <summary>True once, on the second a silent probe finished (read <see cref="RunSummary.ProbeCadenceSpm"/>).</summary>
        public bool TakeProbeEnded()
        {
            bool ended = _probeJustEnded;
            _probeJustEnded = false;
            return ended;
        }

        /// <summary>Starts pacing; the first beat falls firstBeatUs. False when there is no target yet.</summary>
        public bool Start(uint firstBeatUs)
        {
            int target = _target.TargetSpm;
            if (target <= 0) return false;
            int targetDeci = target * 10;
            int runnerDeci = (int)(_runner.CadenceSpm * 10f + 0.5f);
            _tempoDeciSpm = _runner.Motion == MotionState.Running && runnerDeci > 0 && runnerDeci < targetDeci ? runnerDeci : targetDeci;
            _beatsSinceRampStep = 0;
            _beatCount = 0;
            _metronome.Start(firstBeatUs, PeriodFromDeci(_tempoDeciSpm));
            return true;
        }

        public void Stop()
        {
            _metronome.Stop();
        }

        /// <summary>Switches the cue mode mid-run; entering the probe remembers the mode to return to.</summary>
        public void SetMode(CueMode mode, int completedRuns)
        {
            if (mode == CueMode.SilentProbe && _mode != CueMode.SilentProbe)
            {
                _modeBeforeProbe = _mode;
                _probeSeconds = 0;
                _probeSum = 0;
                _probeCount = 0;
            }

            _mode = mode;
            _burstBeatsLeft = 0;
            _fadeClockS = 0;
            _fadeOffS = Tunables.FadeOffS(completedRuns);
        }

        /// <summary>Once per second: statistics, zone cues, fading and the probe.</summary>
        public void OnSecond()
        {
            float runnerSpm = _runner.CadenceSpm;
            bool running = _runner.Motion == MotionState.Running && runnerSpm > 0f;
            if (running) _cadenceSum += (int)(runnerSpm + 0.5f);
            if (running) _summary.RunningS++;
            _summary.DurationS++;
            if (!IsPacing) return;

            bool inZone = InZone;
            if (running)
            {
                _pacedRunningS++;
                if (inZone) _zoneS++;
            }

            if (_secondsSinceBurst < Tunables.CueRepeatMinS) _secondsSinceBurst++;
            if (_mode == CueMode.OffTargetOnly && running && !inZone && _burstBeatsLeft == 0 && _secondsSinceBurst >= Tunables.CueRepeatMinS)
            {
                _burstBeatsLeft = Tunables.CueBurstBeats;
                _burstKind = runnerSpm < _target.TargetSpm ? BeepKind.SlowCue : BeepKind.FastCue;
                _secondsSinceBurst = 0;
            }

            if (_mode == CueMode.Faded) _fadeClockS++;

            if (_mode == CueMode.SilentProbe)
            {
                _probeSeconds++;
                if (running)
                {
                    _probeSum += (int)(runnerSpm + 0.5f);
                    _probeCount++;
                }

                if (_probeSeconds >= Tunables.ProbeDurationS)
                {
                    _summary.ProbeCadenceSpm = _probeCount > 0 ? _probeSum / _probeCount : 0;
                    _probeJustEnded = true;
                    _mode = _modeBeforeProbe;
                }
            }
        }

        /// <summary>
        /// Fills beep with the next beat (it may be inaudible: muted beats keep time), then moves the schedule on: ramp
        /// step, phase correction. The controller calls it a little ahead of <see cref="NextBeatUs"/>.
        /// </summary>
        public void TakeBeat(Beep beep)
        {
            PodSettings settings = _settings;
            beep.OnsetUs = _metronome.NextBeatUs;
            beep.DurationUs = Tunables.BeatDurationUs;
            beep.FrequencyHz = settings.ToneHz;
            beep.Level = settings.VolumeLevel;
            beep.Accent = false;
            beep.Kind = BeepKind.Beat;
            beep.Audible = DecideAudible(beep);
            if (beep.Level <= 0) beep.Audible = false;
            _beatCount++;

            _metronome.Advance();
            Ramp();
            if (settings.PhaseLock) CorrectPhase();
        }

        bool DecideAudible(Beep beep)
        {
            if (_forceAudible) return _mode != CueMode.SilentProbe;
            // Auto-mute while walking or still — after a few beats of it, so a brief dropout never silences a runner.
            if (_runner.Motion != MotionState.Running)
            {
                if (_notRunningBeats < Tunables.AutoMuteAfterBeats) _notRunningBeats++;
                if (_notRunningBeats >= Tunables.AutoMuteAfterBeats) return false;
            }
            else
            {
                _notRunningBeats = 0;
            }

            switch (_mode)
            {
                case CueMode.EverySecondStep:
                    beep.Accent = true;
                    beep.FrequencyHz = Tunables.AccentToneHz;
                    return (_beatCount & 1) == 0;
                case CueMode.OffTargetOnly:
                    if (_burstBeatsLeft <= 0) return false;
                    _burstBeatsLeft--;
                    beep.Kind = _burstKind;
                    beep.Accent = true;
                    beep.FrequencyHz = _burstKind == BeepKind.SlowCue ? Tunables.SlowCueToneHz : Tunables.FastCueToneHz;
                    return true;
                case CueMode.Faded:
                    if (_fadeOffS <= 0) return true;
                    return _fadeClockS % (Tunables.FadeOnS + _fadeOffS) < Tunables.FadeOnS;
                case CueMode.SilentProbe:
                    return false;
                default:
                    return true;
            }
        }

        void Ramp()
        {
            int targetDeci = _target.TargetSpm * 10;
            if (targetDeci <= 0 || _tempoDeciSpm == targetDeci) return;
            _beatsSinceRampStep++;
            if (_beatsSinceRampStep < Tunables.RampHoldBeats) return;

            if (_tempoDeciSpm < targetDeci)
            {
                // Wait for a runner who has not caught up with the current tempo yet.
                int runnerDeci = (int)(_runner.CadenceSpm * 10f + 0.5f);
                bool following = _runner.Motion != MotionState.Running
                    || runnerDeci * Units.PermillePerWhole >= _tempoDeciSpm * (Units.PermillePerWhole - Tunables.RampFollowToleranceTenths);
                if (!following) return;
                // One ramp step: RampStepTenths ‰ of the tempo, rounded up (so never 0), either way.
                int next = _tempoDeciSpm + (_tempoDeciSpm * Tunables.RampStepTenths + (Units.PermillePerWhole - 1)) / Units.PermillePerWhole;
                _tempoDeciSpm = next > targetDeci ? targetDeci : next;
            }
            else
            {
                int next = _tempoDeciSpm - (_tempoDeciSpm * Tunables.RampStepTenths + (Units.PermillePerWhole - 1)) / Units.PermillePerWhole;
                _tempoDeciSpm = next < targetDeci ? targetDeci : next;
            }

            _beatsSinceRampStep = 0;
            _metronome.RequestPeriod(PeriodFromDeci(_tempoDeciSpm));
        }

        void CorrectPhase()
        {
            RunnerSnapshot runner = _runner;
            int runnerPeriodUs = runner.StepPeriodUs;
            if (!runner.HasFootfall || runner.Motion != MotionState.Running || runner.ConfidencePercent < Tunables.PhaseLockMinConfidencePercent || runnerPeriodUs <= 0) return;
            int period = _metronome.PeriodUs;
            uint nextBeat = _metronome.NextBeatUs;
            // The engine predicts the foot's contact (it takes the filter's lag off), which is where the beat belongs.
            int error = Time.DiffUs(runner.NextFootfallUs, nextBeat);
            // Nearest footfall to the beat: fold the error into ±half a step period.
            int half = runnerPeriodUs / 2;
            while (error > half) error -= runnerPeriodUs;
            while (error < -half) error += runnerPeriodUs;
            int shift = error * Tunables.PhaseLockGainPercent / 100;
            int limit = period * Tunables.PhaseLockMaxShiftTenths / 1000;
            if (shift > limit) shift = limit;
            if (shift < -limit) shift = -limit;
            if (shift != 0) _metronome.MoveNext(nextBeat + (uint)shift);
        }

        /// <summary>Closes the run's statistics into <see cref="Summary"/>.</summary>
        public RunSummary FinishRun(int steps)
        {
            _summary.Steps = steps;
            _summary.MeanCadenceSpm = _summary.RunningS > 0 ? (_cadenceSum + _summary.RunningS / 2) / _summary.RunningS : 0;
            _summary.BaselineSpm = _target.BaselineSpm;
            _summary.TargetSpm = _target.TargetSpm;
            _summary.InZonePercent = _pacedRunningS > 0 ? _zoneS * 100 / _pacedRunningS : 0;
            return _summary;
        }

        /// <summary>Clears the statistics for a new run.</summary>
        public void BeginRun()
        {
            _summary.Clear();
            _pacedRunningS = 0;
            _zoneS = 0;
            _cadenceSum = 0;
        }

        static int PeriodFromDeci(int deciSpm)
        {
            if (deciSpm <= 0) return 0;
            return (int)((Time.UsPerMinute * 10 + deciSpm / 2) / deciSpm);
        }
    }
}
