namespace CadencePod.Core
{
    /// <summary>
    /// Every tunable of the firmware, in one place, grouped by the stage that uses it (the loop, sensor health, the
    /// signal stages, the cadence estimator, pacing, the controller, its sounds, buttons, battery, buffers, Bluetooth). Each
    /// name carries its unit; each comment says why the value is what it is: a measurement (with the tool and the set it
    /// was measured on), a datasheet or platform fact (docs/device-limits.md), a study (docs/pacing.md), or "chosen" —
    /// a design choice nobody has measured yet. Signal-processing values are in seconds, hertz or g and are turned into
    /// samples at the engine's sample rate, so the same values hold from 50 to 200 Hz. The tools read these constants
    /// instead of restating them.
    /// </summary>
    public static class Tunables
    {
        // ---- The loop: timing and I/O (PodLoop; docs/building.md §7) ----

        /// <summary>The loop drains the accelerometer this often (µs); the MPU-6050 FIFO holds 1.7 s at 100 Hz, so a drain
        /// that waits for a tone edge loses nothing. Chosen: 10 samples per batch at 100 Hz.</summary>
        public const int ServiceIntervalUs = 100000;

        /// <summary>Most samples one FIFO transfer reads (192 bytes, a buffer allocated once); the loop asks for as many per
        /// read (at most CadenceEngine.MaxBatchSamples), and a full batch means more is waiting: it reads again at once.</summary>
        public const int SensorBurstSamples = 32;

        /// <summary>
        /// Buttons are polled this often (µs): the debounce (<see cref="DebounceUs"/>) then sees a level twice before it
        /// counts, and a press registers within 40 ms. Polling is what wakes the loop most, so its period sets most of the
        /// loop's cost per second (10 ms cost 24 % more interpreter time per sample, NanoBench).
        /// </summary>
        public const int ButtonPollUs = 20000;

        /// <summary>
        /// Bluetooth requests are looked for this often while none come (µs); right after one was answered, at every
        /// button poll, so a log read runs at the loop's pace. A central waits up to 0.5–1 s for an answer (the native
        /// stack's timeout, docs/ble.md), so 50 ms is far inside it.
        /// </summary>
        public const int BlePollUs = 50000;

        /// <summary>A beat is handed to the tone scheduler this long before its onset (µs): longer than the slowest slow
        /// work the edge guard lets start, so the hand-over is never late. Chosen; the jitter model shows no late beat.</summary>
        public const int BeatLookaheadUs = 30000;

        /// <summary>Slow work (sensor batch, seconds) waits while a tone edge is closer than this (µs): a 100 ms batch
        /// takes ≈ 3.2 ms of interpreter time (cost × 1.5 µs per IL instruction, docs/device-limits.md), with room for a
        /// 2 ms FIFO read. The jitter model (`simulator jitter`) finds no beat off by more than 5 ms with it.</summary>
        public const int EdgeGuardUs = 12000;

        /// <summary>The cell voltage is read once every this many seconds (a reading averages BatterySamplesPerReading
        /// conversions; a cell moves a few mV a minute). Chosen.</summary>
        public const int BatteryReadEveryS = 10;

        /// <summary>The head sleeps until this long before a tone edge, then spins on the µs clock (µs): Thread.Sleep
        /// overshoots by up to one 10 ms FreeRTOS tick plus the idle poll (docs/device-limits.md).</summary>
        public const int SpinLeadUs = 25000;

        /// <summary>The head forces a garbage collection right after a beat when the next edge is at least this far
        /// away (µs), at most once every <see cref="GcEverySeconds"/>: the GC then never runs mid-beat. Chosen.</summary>
        public const int GcWindowUs = 150000;
        public const int GcEverySeconds = 10;

        // ---- Sensor health (SensorHealth, the driver; docs/reliability.md) ----

        /// <summary>Boot: attempts to initialise the sensor before running without it (each resets it and waits 100 ms).</summary>
        public const int SensorInitAttempts = 3;

        /// <summary>Immediate retries of a failed sensor read within one drain: bus errors are mostly single transactions
        /// (fault injection: 30 % NACKs for 60 s lose no beat with them).</summary>
        public const int ReadRetries = 2;

        /// <summary>Consecutive failed drains before the sensor counts as missing (1 s at one drain per 100 ms); every
        /// this many failures the driver is asked to recover.</summary>
        public const int SensorMissingAfterFailures = 10;

        /// <summary>Bit-identical samples for this long (s) mean a stuck sensor: a real sensor's low bits always move
        /// (noise of several counts at ±8 g).</summary>
        public const int StuckSensorSeconds = 2;

        /// <summary>
        /// Driver: reads in a row that found the FIFO empty before it checks that the chip still holds its configuration:
        /// at 100 Hz a working FIFO gains 10 samples between the loop's reads, so five empty reads mean a chip that reset
        /// itself (brown-out, glitch) and now sleeps with the FIFO off.
        /// </summary>
        public const int SensorEmptyReadsBeforeCheck = 5;

        /// <summary>
        /// Driver: failed transactions (NACK, timeout, exception) in a row before the next read checks the configuration (a
        /// chip that lost power answers again in its power-up state); single failures on a noisy bus do not cost the extra
        /// transaction.
        /// </summary>
        public const int SensorFailuresBeforeCheck = 3;

        /// <summary>Deep sleep with wake on motion: the MPU-6050's motion interrupt fires above this (mg). Chosen; not yet
        /// verified on hardware (docs/building.md §8).</summary>
        public const int MotionWakeThresholdMg = 40;

        /// <summary>Record mode drains the sensor this often (ms): the FIFO holds 1.7 s, a drain prints about 5 lines.</summary>
        public const int RecordDrainIntervalMs = 50;

        /// <summary>After lost samples or a sensor fault, beats stay audible this long (s) while the engine re-finds the
        /// runner: a bout needs 4–6 steps, 2–4 s at a running cadence.</summary>
        public const int SensorGraceS = 8;

        // ---- Step detection (Signal; docs/algorithm.md, "Tunables") ----

        /// <summary>
        /// The pipeline's internal rate (Hz): input samples are summed in groups of rate / InternalRateHz (2 at 100 Hz,
        /// 4 at 200 Hz). 50 Hz resolves the fastest cadence's hump with parabolic interpolation and halves the cost.
        /// </summary>
        public const int InternalRateHz = 50;

        /// <summary>Slowest input rate the engine accepts (Hz); a lower configured rate is taken as this one (a guard
        /// against a zero or absurd rate from a bad sensor read; the supported range starts at InternalRateHz).</summary>
        public const int EngineMinRateHz = 10;

        /// <summary>The output data rate the sensor driver configures when the board asks for none (Hz; a rate of 0 or
        /// less, Mpu6050Fifo.DividerFor): the rate every board so far asks for (IPodBoard.SensorRateHz). A guard, as
        /// EngineMinRateHz is.</summary>
        public const int SensorFallbackRateHz = 100;

        /// <summary>
        /// Fastest sensor output data rate the pod is built for (Hz): the MPU-6050's accelerometer samples at 1 kHz at most.
        /// The slowest is <see cref="InternalRateHz"/> (the pipeline sums rate / InternalRateHz samples, at least one).
        /// </summary>
        public const int SensorMaxRateHz = 1000;

        /// <summary>Time constant of the gravity / DC estimate of the magnitude (s).</summary>
        public const float DcTimeConstantS = 0.8f;

        /// <summary>Cut-off of each of the two cascaded one-pole low-pass stages (Hz); removes heel-strike spikes.</summary>
        public const float LowPassHz = 3.2f;

        /// <summary>The magnitude's Newton square root starts afresh (from |x| + |y| + |z|, with one more iteration) when |a|²
        /// moved by more than High:Low either way since the last sample (|a| by about 12 %): a heel strike can move it
        /// several-fold, and two iterations from the old value then overshoot (docs/algorithm.md stage 1).</summary>
        public const float MagnitudeJumpSquaredHigh = 5f;
        public const float MagnitudeJumpSquaredLow = 4f;

        /// <summary>Peak and step positions are kept in this many parts of an internal sample (the "X16" in their names:
        /// 1.25 ms at 50 Hz), in integers; the parabola through a peak's neighbours places it to that resolution.
        /// Chosen: far finer than the few milliseconds a step's placement is off by (docs/algorithm.md stage 6).</summary>
        public const int PeakPositionSubSteps = 16;

        /// <summary>Half-life of the amplitude envelope that scales the thresholds (s).</summary>
        public const float EnvelopeHalfLifeS = 0.8f;

        /// <summary>A peak must rise above this share of the envelope …</summary>
        public const float PeakRiseFraction = 0.35f;

        /// <summary>… and the signal must fall below minus this share before the next peak can start.</summary>
        public const float PeakFallFraction = 0.10f;

        /// <summary>Smallest filtered peak that can be a step (g); quieter motion is fidgeting.</summary>
        public const float MinPeakG = 0.03f;

        /// <summary>Fastest cadence we accept (spm): sets the fixed refractory period (never scaled by cadence).</summary>
        public const int MaxCadenceSpm = 250;

        /// <summary>Slowest cadence we accept (spm).</summary>
        public const int MinCadenceSpm = 40;

        /// <summary>Regular steps needed before a bout is confirmed and its held-back steps are released.</summary>
        public const int ConfirmSteps = 6;

        /// <summary>… or this many when they are very even (a runner setting off): within ± FastConfirmRegularityPercent of their
        /// mean and ± FastConfirmStrideRegularityPercent of the same foot's interval one stride earlier.</summary>
        public const int FastConfirmSteps = 5;
        public const int FastConfirmRegularityPercent = 15;
        public const int FastConfirmStrideRegularityPercent = 8;

        /// <summary>… or even four at a running cadence (≥ RunningEnterSpm) when they are more even still: a runner's
        /// first steps are; a car seat ringing at a walker's rhythm (60–90 spm) never gets this path.</summary>
        public const int EarliestConfirmSteps = 4;
        public const int EarliestConfirmRegularityPercent = 8;
        public const int EarliestConfirmStrideRegularityPercent = 5;

        /// <summary>… and in both of those early tests, the same foot's interval may also be shorter by up to this percent of
        /// the mean than one stride earlier: a runner or walker setting off from a stand speeds up over the first steps
        /// (running lock median 2.55 → 1.66 s on the population; 15 let a car seat's ringing through, +5 false steps).</summary>
        public const int ConfirmSpeedUpPercent = 10;

        /// <summary>At most this many earlier candidates that continue a newly confirmed bout's rhythm backwards are counted too.</summary>
        public const int RecoverSteps = 12;

        /// <summary>… each one its predecessor's interval from the next within this range of the confirmed candidates' mean
        /// interval (percent): the first steps of a walk are uneven, a bump before them is not in rhythm. Chosen; not
        /// tuned by measurement.</summary>
        public const int RecoverGapMinPercent = 70;
        public const int RecoverGapMaxPercent = 130;

        /// <summary>… or, a weak step missed between two recovered ones, within this range (percent of the mean interval;
        /// two intervals ± 15 %, tighter than inside a bout: before the bout there is no rhythm to vouch for the pair).</summary>
        public const int RecoverMissedGapMinPercent = 185;
        public const int RecoverMissedGapMaxPercent = 215;

        /// <summary>A bout is confirmed only if every held-back interval is within ± this percent of their mean.</summary>
        public const int ConfirmRegularityPercent = 40;

        /// <summary>… and each interval within ± this percent (of the mean) of the same foot's interval one stride earlier.</summary>
        public const int ConfirmStrideRegularityPercent = 25;

        /// <summary>While a bout is forming, an interval may differ from the same foot's one stride earlier by at most this ratio …</summary>
        public const float MaxIntervalRatio = 1.6f;

        /// <summary>… and from the other foot's (the previous interval) by at most this one: pockets alternate up to ~1.8:1.</summary>
        public const float MaxAlternationRatio = 2.2f;

        /// <summary>Once a bout runs, a peak sooner than this share of the step period is a second peak of the same step.</summary>
        public const float DoublePeakFraction = 0.6f;

        /// <summary>Inside a bout, a gap longer than this and shorter than <see cref="MissedStepMaxPeriodPercent"/> of the step
        /// period (percent) is one missed weak step, filled in at the midpoint: two periods, with room for a runner's
        /// ±4 % swings (docs/algorithm.md stage 3). Chosen; not tuned by measurement.</summary>
        public const int MissedStepMinPeriodPercent = 160;
        public const int MissedStepMaxPeriodPercent = 250;

        /// <summary>Horizontal-to-vertical energy ratio below which periodic impacts are jumps, not steps.</summary>
        public const float MinHorizontalRatio = 0.03f;

        /// <summary>Time constant of the gravity direction and energy estimates used for that ratio (s).</summary>
        public const float GravityTimeConstantS = 2.0f;

        /// <summary>Below this much gravity (g², i.e. 0.1 g) there is no direction to split along: all motion counts as
        /// horizontal (free fall, a sensor reading zeros).</summary>
        public const float GravityMinG2 = 0.01f;

        /// <summary>Below this dynamic energy (g²) there is no motion and the ratio reads 0: far under a walker's (≈ 0.01 g²).</summary>
        public const float MotionMinEnergyG2 = 1e-6f;

        /// <summary>Every this many internal samples feed the gravity split (the energies change over seconds; a quarter of
        /// the samples cost a quarter: docs/algorithm.md, "Cost").</summary>
        public const int GravitySplitDecimation = 4;

        // ---- Cadence, motion and footfalls (StepTracker, CadenceEngine) ----

        /// <summary>Most step intervals (an even number, so left/right asymmetry cancels) averaged for the cadence.</summary>
        public const int CadenceWindowSteps = 42;

        /// <summary>… and spanning at most this long (s): 28 steps of a runner, 16 of a walker.</summary>
        public const float CadenceWindowMaxS = 10f;

        /// <summary>
        /// The window restarts for a change of pace when its newest steps (spanning CadenceChangeWindowS) and the rest of it
        /// differ in cadence by this much (spm) …
        /// </summary>
        public const float CadenceChangeSpm = 7.5f;

        /// <summary>… the newest steps spanning at least this long (s) …</summary>
        public const float CadenceChangeWindowS = 3f;

        /// <summary>… the newest stride off the rest by at least this share of CadenceChangeSpm, the same way …</summary>
        public const float CadenceChangeStrideShare = 0.5f;

        /// <summary>… on this many consecutive steps …</summary>
        public const int CadenceChangeVotes = 2;

        /// <summary>… once the window spans at least this long (s); until then it is the bout's own steps, as the reference is …</summary>
        public const float CadenceChangeHistoryS = 8f;

        /// <summary>… with at least this many intervals on each side.</summary>
        public const int CadenceChangeMinSteps = 4;

        /// <summary>Weight of each new step's stride-to-stride deviation in the running irregularity (an exponential mean
        /// over about five steps); only the confidence figure reads it. Chosen.</summary>
        public const float IrregularitySmoothing = 0.2f;

        /// <summary>Confidence: regularity = 1 − this × irregularity (20 % irregularity is no confidence) …</summary>
        public const float ConfidenceIrregularityScale = 5f;

        /// <summary>… times the bout's maturity, full after this many steps (the phase lock waits for it). Chosen.</summary>
        public const int ConfidenceMatureSteps = 16;

        /// <summary>Still when no step came for the step period plus this (s) …</summary>
        public const float StillAfterExtraS = 1.2f;

        /// <summary>… and never later than this after the last step (s).</summary>
        public const float StillAfterMaxS = 1.8f;

        /// <summary>Running at or above this cadence (spm) …</summary>
        public const int RunningEnterSpm = 140;

        /// <summary>… and back to walking below this one (hysteresis).</summary>
        public const int RunningLeaveSpm = 132;

        /// <summary>
        /// The filtered hump a step is detected at comes this long after the foot's contact (s): the low-pass's delay plus
        /// where the hump sits in the stance. Steps and predicted footfalls are moved back by it. Medians of detected −
        /// true on the synthetic and population sets (walking 101–108 ms, running 163–169 ms); not yet measured on a pod.
        /// </summary>
        public const float FootfallLagWalkingS = 0.105f;
        public const float FootfallLagRunningS = 0.165f;

        /// <summary>The sensor's real output data rate is measured against the µs clock: first over this long (s), to be
        /// right early in a run (±1 sample in 10 s is ±0.1 % at 100 Hz) …</summary>
        public const int RateCalibrationFirstWindowS = 10;

        /// <summary>… then over windows this long (s), averaged in, to follow the oscillator's temperature drift …</summary>
        public const int RateCalibrationWindowS = 30;

        /// <summary>… each new window weighing this much against the rate so far (half: a drift shows within two windows). Chosen.</summary>
        public const float RateCalibrationAveraging = 0.5f;

        /// <summary>… and a window further than this from the configured rate (percent) is not the sensor: it is ignored.</summary>
        public const int RateCalibrationMaxErrorPercent = 8;

        // ---- Pacing (Pacing; docs/pacing.md has the evidence, studies by first author and year) ----

        /// <summary>Running time before the automatic baseline window opens (s): warm-up cadence is low and noisy.</summary>
        public const int BaselineWarmupS = 60;

        /// <summary>Length of the steady window whose median becomes the baseline (s).</summary>
        public const int BaselineWindowS = 180;

        /// <summary>The window restarts when a second's cadence leaves ±this (tenths of a percent) of the window mean.</summary>
        public const int BaselineStabilityTenths = 30;

        /// <summary>Shortest window an on-demand capture accepts (s).</summary>
        public const int BaselineMinOnDemandS = 20;

        /// <summary>Relative target: +5.0 % … +10.0 % in 0.5 % steps (tenths of a percent): +5 % already unloads the knee
        /// (Heiderscheit 2011), +10 % is the usual clinical target.</summary>
        public const int TargetPercentMinTenths = 50;
        public const int TargetPercentMaxTenths = 100;
        public const int TargetPercentStepTenths = 5;
        public const int TargetPercentDefaultTenths = 50;

        /// <summary>Absolute target range (spm) and its default.</summary>
        public const int TargetAbsoluteMinSpm = 120;
        public const int TargetAbsoluteMaxSpm = 220;
        public const int TargetAbsoluteDefaultSpm = 170;

        /// <summary>Hidden ramp: largest tempo step (tenths of a percent); below the ~4 % a listener notices (Van Dyck 2015).</summary>
        public const int RampStepTenths = 10;

        /// <summary>Beats each ramp step is held before the next one.</summary>
        public const int RampHoldBeats = 32;

        /// <summary>The ramp waits while the runner is more than this (tenths of a percent) below the tempo.</summary>
        public const int RampFollowToleranceTenths = 25;

        /// <summary>Phase lock: share of the phase error corrected per beat (percent).</summary>
        public const int PhaseLockGainPercent = 30;

        /// <summary>Phase lock: largest change of one beat interval (tenths of a percent); 2.5 % is the displacement JND
        /// (Friberg &amp; Sundberg 1995).</summary>
        public const int PhaseLockMaxShiftTenths = 24;

        /// <summary>Phase lock: the engine's confidence (percent) below which its footfall prediction is not followed — a
        /// bout shorter than 8 steps or stride-to-stride deviations above 10 %. Chosen.</summary>
        public const int PhaseLockMinConfidencePercent = 50;

        /// <summary>Off-target mode: silent while within ±this (tenths of a percent) of the target.</summary>
        public const int ZoneToleranceTenths = 20;

        /// <summary>Off-target mode: beats in one cue burst, and the shortest time between bursts (s).</summary>
        public const int CueBurstBeats = 4;
        public const int CueRepeatMinS = 20;

        /// <summary>Faded mode: cue-on time per cycle (s); the off time grows with completed runs (see FadeOffS): faded
        /// feedback retains best (Davis 2020).</summary>
        public const int FadeOnS = 60;

        /// <summary>Silent probe length (s).</summary>
        public const int ProbeDurationS = 120;

        /// <summary>Beats of walking or standing before the metronome auto-mutes.</summary>
        public const int AutoMuteAfterBeats = 4;

        /// <summary>Beat tone: duration (µs), frequency (Hz) and the accent's frequency.</summary>
        public const int BeatDurationUs = 20000;
        public const int BeatToneHz = 2700;
        public const int AccentToneHz = 3400;
        public const int SlowCueToneHz = 3800;
        public const int FastCueToneHz = 1800;

        /// <summary>The beat tones the Mode button cycles through (Hz), default first: the 12 mm disc's loud band (docs/pacing.md).</summary>
        public static readonly int[] BeatToneChoicesHz = { BeatToneHz, 3200, 2200 };

        /// <summary>Progression plan: runs held in the zone before the next stage, and the in-zone share that counts.</summary>
        public const int PlanRunsToAdvance = 3;
        public const int PlanInZoneSharePercent = 60;

        /// <summary>Runs shorter than this (s) are not counted by the plan.</summary>
        public const int PlanMinRunS = 600;

        /// <summary>The plan's stages: +5 % → +7.5 % → +10 % (tenths of a percent).</summary>
        public static readonly int[] PlanStageTenths = { 50, 75, 100 };

        /// <summary>Faded feedback off-time per cycle (s) by completed plan runs: 1–4 continuous, then fading.</summary>
        public static int FadeOffS(int completedRuns)
        {
            if (completedRuns < 4) return 0;
            if (completedRuns < 8) return 60;
            if (completedRuns < 12) return 120;
            return 240;
        }

        // ---- The controller: states, sounds, saving (PodController; docs/user-guide.md) ----

        /// <summary>Pacing pauses after this long standing still (s) and the run ends after this long paused (s).</summary>
        public const int PauseAfterStillS = 5;
        public const int EndRunAfterPausedS = 600;

        /// <summary>The first beat falls this long after the start chirp ends (µs): a breath between the two sounds. Chosen.</summary>
        public const int FirstBeatAfterStartUs = 400000;

        /// <summary>When running resumes after a pause, or the sensor after a fault, the beat starts again this long later
        /// (µs). Chosen.</summary>
        public const int RestartBeatAfterUs = 300000;

        /// <summary>A new target or tone is previewed with this many beats at its tempo, starting this long after the
        /// confirm blip (µs). Chosen.</summary>
        public const int PreviewBeats = 4;
        public const int PreviewAfterConfirmUs = 250000;

        /// <summary>A changed setting is saved after this long without another change (s): a burst of presses or phone
        /// writes is one flash write.</summary>
        public const int SaveAfterQuietS = 3;

        /// <summary>Default auto-sleep after this long without motion while idle (s), and the range the phone may set.</summary>
        public const int AutoSleepDefaultS = 600;
        public const int AutoSleepMinS = 60;
        public const int AutoSleepMaxS = 7200;

        /// <summary>Repeat the low-battery and sensor-fault patterns at most this often (s); the sensor's across recoveries
        /// too, so a bus failing on and off does not play it over the beat every few seconds.</summary>
        public const int AlarmRepeatS = 120;

        /// <summary>Loudness levels 0 (mute) … 3, as PWM duty (per mille of the period; 500 is the loudest square wave).
        /// Chosen; the loudness of each level has not been measured on the piezo.</summary>
        public static readonly int[] VolumeDutyPermille = { 0, 50, 200, 500 };
        public const int VolumeDefaultLevel = 2;
        public const int VolumeMaxLevel = 3;

        /// <summary>A UI pattern queued behind another sound starts this long after it ends (µs), so two never merge.</summary>
        public const int PatternGapUs = 1000;

        // ---- Sounds: the pod's beep language (SoundPatterns, ToneScheduler; docs/user-guide.md, "Sounds") ----
        // Each pattern lists its tones as (frequency Hz, on ms, off ms), one triple per tone (SoundPatternLayout); the
        // last tone's off time is 0. The beat is one 20 ms tone (BeatDurationUs); every pattern has several tones, a tone
        // of 40 ms or more, or both, so none can be heard as a beat, and no two are alike (SoundLanguageTests check
        // both). Pitches lie in 0.7–4 kHz, at or below the piezo's rated 4 kHz (docs/device-limits.md §7). Chosen: the
        // patterns have not been tried on a piezo or by runners; the user guide describes each by its shape, so change
        // the description there when a shape changes.

        /// <summary>Confirm: a quick rising two-tone blip.</summary>
        public static readonly int[] ConfirmSound = { 2200, 40, 20, 3300, 40, 0 };

        /// <summary>Refusal: one low 300 ms buzz (the request was out of range or not possible now).</summary>
        public static readonly int[] RefuseSound = { 900, 300, 0 };

        /// <summary>Start pacing: rising three-tone chirp.</summary>
        public static readonly int[] StartSound = { 1800, 60, 15, 2600, 60, 15, 3600, 90, 0 };

        /// <summary>Stop pacing: falling three-tone chirp.</summary>
        public static readonly int[] StopSound = { 3600, 60, 15, 2600, 60, 15, 1800, 90, 0 };

        /// <summary>Baseline captured: long–short–long.</summary>
        public static readonly int[] BaselineCapturedSound = { 2400, 150, 60, 2400, 50, 60, 2400, 150, 0 };

        /// <summary>Sensor missing: three low 200 ms tones.</summary>
        public static readonly int[] SensorMissingSound = { 800, 200, 100, 800, 200, 100, 800, 200, 0 };

        /// <summary>Settings were unreadable and reset to defaults: two 300 ms mid tones.</summary>
        public static readonly int[] SettingsResetSound = { 1500, 300, 150, 1500, 300, 0 };

        /// <summary>Battery low: falling two-tone, twice.</summary>
        public static readonly int[] BatteryLowSound = { 2000, 200, 50, 1200, 200, 250, 2000, 200, 50, 1200, 200, 0 };

        /// <summary>Buttons locked: two quick falling tones. Unlocked: two quick rising tones (lower than Confirm).</summary>
        public static readonly int[] LockedSound = { 3000, 50, 30, 1600, 50, 0 };
        public static readonly int[] UnlockedSound = { 1600, 50, 30, 3000, 50, 0 };

        /// <summary>A press while locked: one short low tick, 40 ms.</summary>
        public static readonly int[] LockedPressSound = { 700, 40, 0 };

        /// <summary>Long-press point reached: one 40 ms high tick — let go now.</summary>
        public static readonly int[] ArmedSound = { 4000, 40, 0 };

        /// <summary>Progression plan moved to the next stage: rising four-tone.</summary>
        public static readonly int[] PlanAdvancedSound = { 1800, 70, 20, 2400, 70, 20, 3000, 70, 20, 3600, 120, 0 };

        /// <summary>Silent probe finished: the new cadence stuck (rising) or did not (falling).</summary>
        public static readonly int[] ProbeHeldSound = { 2600, 100, 40, 3400, 160, 0 };
        public static readonly int[] ProbeSlippedSound = { 3400, 100, 40, 2600, 160, 0 };

        /// <summary>Cue-mode announcement: n short 60 ms beeps, n = mode number (1–5).</summary>
        public static readonly int[] Mode1Sound = { 3000, 60, 0 };
        public static readonly int[] Mode2Sound = { 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode3Sound = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode4Sound = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode5Sound = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };

        /// <summary>Bluetooth pairing window open: ding-dong, ding-dong (a doorbell: "someone may come in now").</summary>
        public static readonly int[] PairingOpenSound = { 2500, 100, 50, 1700, 100, 50, 2500, 100, 50, 1700, 100, 0 };

        /// <summary>The pairing window closed without a new bond: one short and one long low tone.</summary>
        public static readonly int[] PairingClosedSound = { 1700, 100, 50, 1700, 250, 0 };

        /// <summary>A phone or watch bonded: rising three tones, the last one long.</summary>
        public static readonly int[] PairedSound = { 1700, 100, 50, 2500, 100, 50, 3400, 200, 0 };

        /// <summary>Every bond forgotten: four falling tones, the last one long.</summary>
        public static readonly int[] BondsForgottenSound = { 3000, 120, 30, 2200, 120, 30, 1400, 120, 30, 900, 300, 0 };

        /// <summary>Stride calibration run started: short–short–long (finishing sounds confirm, or refuse when the run was too short).</summary>
        public static readonly int[] CalibrationStartSound = { 2000, 60, 60, 2000, 60, 60, 2000, 200, 0 };

        // ---- Buttons (ButtonGestures; docs/user-guide.md). Chosen for two buttons under a thumb; not yet tried by runners ----

        /// <summary>A level must hold this long to count (µs): contact bounce lasts a few ms.</summary>
        public const int DebounceUs = 20000;

        /// <summary>A press held this long is a long press (µs) …</summary>
        public const int LongPressUs = 1000000;

        /// <summary>… unless it is held past this, which starts auto-repeat instead (µs).</summary>
        public const int RepeatStartUs = 2000000;

        /// <summary>Auto-repeat interval while held (µs).</summary>
        public const int RepeatIntervalUs = 500000;

        /// <summary>Target step per auto-repeat in absolute mode (spm).</summary>
        public const int RepeatStepSpm = 5;

        /// <summary>Both buttons pressed within this of each other count as a chord (µs).</summary>
        public const int ChordWindowUs = 150000;

        /// <summary>Holding both this long locks or unlocks the buttons (µs).</summary>
        public const int LockHoldUs = 2000000;

        /// <summary>A button held longer than this is stuck (pressed against the body): ignored until released (µs).</summary>
        public const int StuckButtonUs = 20000000;

        // ---- Battery (BatteryGauge, the controller) ----

        /// <summary>Battery thresholds (mV): warn, and save and shut down.</summary>
        public const int BatteryLowMv = 3450;
        public const int BatteryCriticalMv = 3300;

        /// <summary>
        /// A cell reading outside this range (mV) is not a LiPo on the divider: below it the cell's protection would have
        /// cut it off, above it no charger goes. It reads as "unknown" (a missing divider reads near 0, a floating pin
        /// anywhere), never as low or critical.
        /// </summary>
        public const int BatteryPlausibleMinMv = 2500;
        public const int BatteryPlausibleMaxMv = 4500;

        /// <summary>A voltage is believed only after this many plausible readings in a row (10 s apart: a minute) …</summary>
        public const int BatterySettledReadings = 6;

        /// <summary>… that agree within this (mV): a cell moves a few tens of mV in a minute, a floating pin wanders.</summary>
        public const int BatteryAgreementMv = 100;

        /// <summary>ADC conversions averaged into one reading (the ESP32's ADC is noisy; 8 reads every 10 s cost nothing).</summary>
        public const int BatterySamplesPerReading = 8;

        // ---- Buffers (sizes fixed at start-up: nothing allocates later) ----

        /// <summary>Tone segments the scheduler queues at most: the longest pattern (5 tones) behind a few beats and a
        /// preview, with room.</summary>
        public const int ToneQueueCapacity = 64;

        /// <summary>Button gestures waiting for the loop: it takes them at every poll, so a few is plenty.</summary>
        public const int ButtonEventQueueSize = 8;

        /// <summary>Steps the tracker keeps (a power of two): more than the cadence window's 42.</summary>
        public const int StepRingSize = 64;

        /// <summary>Candidates dropped while a bout formed that are kept for recovery (more than RecoverSteps).</summary>
        public const int DroppedCandidatesKept = 16;

        /// <summary>Most samples CadenceEngine.ProcessBatch takes in one call: a 100 ms FIFO drain at 200 Hz, with room to spare.</summary>
        public const int EngineMaxBatchSamples = 64;

        /// <summary>Most steps one peak candidate releases at once: a confirmation's held-back (ConfirmSteps) and recovered
        /// (RecoverSteps) steps, with room for two more (a filled-in missed step and the candidate itself).</summary>
        public const int StepsReleasedPerCandidate = ConfirmSteps + RecoverSteps + 2;

        /// <summary>Steps one ProcessBatch call can list (more are dropped): three candidates' worth — a full batch
        /// (EngineMaxBatchSamples: 640 ms at 100 Hz, 320 ms at 200 Hz) holds at most three humps at MaxCadenceSpm.</summary>
        public const int EngineMaxReleasedSteps = 3 * StepsReleasedPerCandidate;

        /// <summary>Longest Bluetooth write value kept (bytes); longer writes are refused as malformed (docs/ble.md).</summary>
        public const int BleMaxWriteBytes = 32;

        /// <summary>Runs the run log keeps on flash (the oldest is overwritten): a month of daily runs.</summary>
        public const int RunLogRuns = 32;

        // ---- Bluetooth LE (docs/ble.md) ----

        /// <summary>A second button pressed at least this long after the first (µs), and before the first reaches its long
        /// press, makes a staggered chord (hold Down then Up: pairing; hold Up then Down: calibration). Presses closer than
        /// ChordWindowUs are "together" (cue mode, lock); the gap between keeps the two kinds of chord apart.</summary>
        public const int StaggeredChordMinUs = 300000;

        /// <summary>A staggered chord acts after both buttons have been held this long (µs): longer than the lock's 2 s, so
        /// a chord meant as "together" that came out staggered never does something at the moment the lock would.</summary>
        public const int StaggeredHoldUs = 3000000;

        /// <summary>Holding the pairing chord this long (µs) forgets every bond first: long enough never to happen by accident.</summary>
        public const int ForgetBondsHoldUs = 10000000;

        /// <summary>The pairing window stays open this long (s): time to open the phone's Bluetooth list and pick the pod,
        /// short enough that a stranger has little chance to pair in it.</summary>
        public const int PairingWindowS = 60;

        /// <summary>After the runner stops, the footpod notifies zero cadence this many times (once a second) so the watch
        /// shows 0, then falls quiet until the runner moves again (every notification costs radio time).</summary>
        public const int RscStillNotifications = 3;

        /// <summary>Distance per step (mm) a calibration may give: a slow walk to a sprint; outside it the run was miscounted.</summary>
        public const int StrideMinMm = 300;
        public const int StrideMaxMm = 2500;

        /// <summary>Known distance of a button-started calibration run (m): one lap of a 400 m track in lane 1. Settable
        /// from the phone within the range below.</summary>
        public const int CalibrationDistanceDefaultM = 400;
        public const int CalibrationDistanceMinM = 100;
        public const int CalibrationDistanceMaxM = 10000;

        /// <summary>A calibration needs at least this many counted steps: a miscount of one step is then at most 1 % of the stride.</summary>
        public const int CalibrationMinSteps = 100;

        /// <summary>Battery Level (percent) maps the cell voltage linearly from the shutdown threshold (0 %) to a LiPo's
        /// charge-end voltage (100 %) (mV). Coarse: a LiPo's curve is not linear; good enough for a low/half/full glance.</summary>
        public const int BatteryEmptyMv = BatteryCriticalMv;
        public const int BatteryFullMv = 4200;
    }
}
