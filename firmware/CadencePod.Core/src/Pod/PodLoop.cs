using CadencePod.Core.Ble;
using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The pod's one cooperative loop, shared by the ESP32 head and the simulator. <see cref="Poll"/> does
    /// everything that is due at the given time and returns when it next needs to run:
    /// tone edges first (exact), then the next beat is handed to the tone scheduler a little ahead of its onset,
    /// then — only when no tone edge is near — the accelerometer batch, buttons, and the once-a-second work.
    /// The head decides how to wait until the returned time (sleep coarse, then spin); the simulator jumps there.
    /// No allocation after construction.
    /// </summary>
    public sealed class PodLoop
    {
        /// <summary>A beat is handed to the tone scheduler this long before its onset.</summary>
        public const int BeatLookaheadUs = 30000;

        /// <summary>Slow work (sensor batch, seconds) waits while a tone edge is closer than this.</summary>
        public const int EdgeGuardUs = 12000;

        /// <summary>
        /// Buttons are polled this often: the debounce (Tunables.DebounceUs, 20 ms) then sees a level twice before it
        /// counts, and a press registers within 40 ms. Polling is what wakes the loop most, so its period sets most of
        /// the loop's cost per second (10 ms cost 24 % more interpreter time per sample, NanoBench).
        /// </summary>
        public const int ButtonPollUs = 20000;

        /// <summary>
        /// Bluetooth requests are looked for this often while none come (µs); right after one was answered, at every
        /// button poll, so a log read runs at the loop's pace. A central waits up to 0.5–1 s for an answer (the native
        /// stack's timeout), so 50 ms is far inside it.
        /// </summary>
        public const int BlePollUs = 50000;

        const int BatchSamples = 32; // at most CadenceEngine.MaxBatchSamples

        readonly IClock _clock;
        readonly IAccelSource _accel;
        readonly IButtonPanel _buttons;
        readonly IBattery _battery;
        readonly IPodEvents _events;
        readonly CadenceEngine _engine;
        readonly ToneScheduler _tones;
        readonly ButtonGestures _gestures = new ButtonGestures();
        readonly PodController _controller;
        readonly PacingEngine _pacing;
        readonly Beep _beep = new Beep();
        readonly short[] _batch = new short[BatchSamples * 3];
        readonly RateCalibrator _rate;
        BleService _ble;

        uint _nextServiceUs;
        uint _nextButtonsUs;
        uint _nextSecondUs;
        uint _nextSlowUs; // the sooner of _nextServiceUs and _nextSecondUs
        uint _nextBleUs;
        int _secondsToBattery;
        int _batteryMv;
        int _readFailures;
        bool _booted;
        int _lastX, _lastY, _lastZ;
        int _identicalSamples;

        public PodLoop(IClock clock, IAccelSource accel, IBeeper beeper, IButtonPanel buttons, Seams.IBlockStore store,
            IBattery battery, IPowerControl power, IPodEvents events)
        {
            _clock = clock;
            _accel = accel;
            _buttons = buttons;
            _battery = battery;
            _events = events;
            _engine = new CadenceEngine(accel.SampleRateHz, accel.CountsPerG);
            _tones = new ToneScheduler(beeper);
            _controller = new PodController(store, _tones, power, events);
            _pacing = _controller.Pacing;
            _rate = new RateCalibrator(accel.SampleRateHz);
        }

        public CadenceEngine Engine { get { return _engine; } }
        public PodController Controller { get { return _controller; } }
        public ToneScheduler Tones { get { return _tones; } }
        public ButtonGestures Gestures { get { return _gestures; } }
        public RateCalibrator Rate { get { return _rate; } }

        /// <summary>The Bluetooth side, when a peripheral is attached (null otherwise).</summary>
        public BleService Ble { get { return _ble; } }

        /// <summary>
        /// Adds the Bluetooth LE side (docs/ble.md): requests are answered in the loop's slow work, the footpod notifies
        /// once a second, and the pairing / calibration chords reach it through the controller. Call before the first Poll.
        /// </summary>
        public BleService AttachBle(IBlePeripheral peripheral)
        {
            _ble = new BleService(peripheral, _controller, _engine);
            _controller.Extension = _ble;
            _ble.BatteryMv = _batteryMv;
            return _ble;
        }

        /// <summary>Samples lost to FIFO overflows or outages since boot.</summary>
        public int LostSamples;

        /// <summary>Sensor status as the loop sees it (Missing after repeated failed reads).</summary>
        public SensorStatus Sensor;

        public void Boot()
        {
            uint now = _clock.NowUs();
            _controller.Boot(now);
            _nextServiceUs = now;
            _nextButtonsUs = now;
            _nextBleUs = now;
            _nextSecondUs = now + Time.UsPerSecond;
            _nextSlowUs = now;
            _batteryMv = _battery.ReadMillivolts();
            if (_ble != null) _ble.BatteryMv = _batteryMv;
            _booted = true;
        }

        /// <summary>Runs what is due now; returns the µs time at which it wants to run next.</summary>
        public uint Poll()
        {
            if (!_booted) Boot();
            uint now = _clock.NowUs();
            _tones.Run(now);

            if (_pacing.IsPacing && Time.DiffUs(_pacing.NextBeatUs, now) <= BeatLookaheadUs)
            {
                _pacing.TakeBeat(_beep);
                bool sounded = _tones.ScheduleBeat(_beep);
                _events.OnPodEvent(_beep.OnsetUs, PodEvent.Beat, sounded ? 1 : 0);
            }

            bool hasEdge = _tones.NextEdgeUs(out uint edge);
            if (!hasEdge || Time.DiffUs(edge, now) >= EdgeGuardUs)
            {
                bool ran = false;
                if (Time.IsAtOrAfter(now, _nextButtonsUs))
                {
                    _nextButtonsUs = now + ButtonPollUs;
                    _gestures.Poll(now, _buttons.ReadPressedMask());
                    while (_gestures.HasEvent)
                    {
                        _controller.OnButton(_gestures.NextEvent(), now);
                        ran = true;
                    }

                    if (_ble != null && _controller.State != PodState.Sleep && Time.IsAtOrAfter(now, _nextBleUs))
                    {
                        _nextBleUs = now + (uint)(_ble.Service(now) ? ButtonPollUs : BlePollUs);
                        ran = true;
                    }
                }

                if (Time.IsAtOrAfter(now, _nextSlowUs))
                {
                    RunSlowWork(now);
                    ran = true;
                }

                // What ran may have queued sounds.
                if (ran) hasEdge = _tones.NextEdgeUs(out edge);
            }

            return NextWakeUs(now, hasEdge, edge);
        }

        /// <summary>The sensor batch and the once-a-second tick, whichever is due.</summary>
        void RunSlowWork(uint now)
        {
            if (Time.IsAtOrAfter(now, _nextServiceUs))
            {
                _nextServiceUs += Tunables.ServiceIntervalUs;
                if (Time.DiffUs(now, _nextServiceUs) > 0) _nextServiceUs = now + Tunables.ServiceIntervalUs; // fell behind: skip, never burst
                Service(now);
            }

            if (Time.IsAtOrAfter(now, _nextSecondUs))
            {
                _nextSecondUs += Time.UsPerSecond;
                if (Time.DiffUs(now, _nextSecondUs) > 0) _nextSecondUs = now + Time.UsPerSecond;
                if (--_secondsToBattery <= 0)
                {
                    _secondsToBattery = 10;
                    _batteryMv = _battery.ReadMillivolts();
                }

                _controller.OnSecond(now, _engine, Sensor, _batteryMv);
                if (_ble != null && _controller.State != PodState.Sleep) _ble.OnSecond(now, _batteryMv);
            }

            _nextSlowUs = Time.DiffUs(_nextServiceUs, _nextSecondUs) < 0 ? _nextServiceUs : _nextSecondUs;
        }

        void Service(uint now)
        {
            int lost = _accel.TakeLostSamples();
            if (lost > 0)
            {
                LostSamples += lost;
                _engine.ReportGap(lost);
                _controller.OnSensorGap();
                _events.OnPodEvent(now, PodEvent.SamplesLost, lost);
            }

            int got;
            int total = 0;
            int retries = 0;
            do
            {
                got = _accel.Read(_batch, BatchSamples);
                if (got == 0 && _accel.Status != SensorStatus.Ok && retries < Tunables.ReadRetries)
                {
                    // Bus errors are usually transient: try again at once; the FIFO keeps the samples meanwhile.
                    retries++;
                    got = BatchSamples;
                    continue;
                }

                // A real sensor's low bits always move; seconds of identical samples mean a stuck output.
                int lastX = _lastX, lastY = _lastY, lastZ = _lastZ, identical = _identicalSamples;
                for (int k = 0; k < 3 * got; k += 3)
                {
                    int x = _batch[k], y = _batch[k + 1], z = _batch[k + 2];
                    if (x == lastX && y == lastY && z == lastZ)
                    {
                        identical++;
                    }
                    else
                    {
                        identical = 0;
                        lastX = x;
                        lastY = y;
                        lastZ = z;
                    }
                }

                _lastX = lastX;
                _lastY = lastY;
                _lastZ = lastZ;
                _identicalSamples = identical;
                int released = _engine.ProcessBatch(_batch, got);
                for (int k = 0; k < released; k++) _events.OnPodEvent(now, PodEvent.Step, _engine.NewStepSample(k));

                total += got;
            }
            while (got == BatchSamples);

            SensorStatus status = _accel.Status;
            if (_identicalSamples >= Tunables.StuckSensorSeconds * _accel.SampleRateHz)
            {
                Sensor = SensorStatus.Missing;
                if (total > 0 && _identicalSamples < (Tunables.StuckSensorSeconds + 1) * _accel.SampleRateHz) _accel.Recover();
            }
            else if (status == SensorStatus.Ok)
            {
                _readFailures = 0;
                Sensor = SensorStatus.Ok;
            }
            else
            {
                _readFailures++;
                if (_readFailures >= Tunables.SensorMissingAfterFailures) Sensor = SensorStatus.Missing;
                else if (Sensor != SensorStatus.Missing) Sensor = SensorStatus.ReadError;
                if (_readFailures % Tunables.SensorMissingAfterFailures == 0) _accel.Recover();
            }

            if (_rate.OnDrain(now, total, lost > 0 || status != SensorStatus.Ok))
            {
                _engine.SetMeasuredSampleRate(_rate.RateHz);
                _events.OnPodEvent(now, PodEvent.RateCalibrated, (int)(_rate.RateHz * 1000f));
            }

            _controller.OnSteps(_engine.TotalSteps);
            int toNext = _engine.SamplesToNextFootfall();
            bool hasFootfall = toNext != int.MinValue;
            uint footfallUs = hasFootfall ? now + (uint)_engine.SamplesToUs(toNext) : 0u;
            _pacing.OnRunner(_engine.CadenceSpm, _engine.Motion, _engine.ConfidencePercent, _engine.StepPeriodUs, hasFootfall, footfallUs);
        }

        /// <summary>
        /// True when the time <see cref="Poll"/> last returned is a tone edge: the head must be awake exactly then
        /// (sleep coarse, spin the last milliseconds). Other wakes tolerate the scheduler's 10 ms grain.
        /// </summary>
        public bool NextWakeIsToneEdge;

        uint NextWakeUs(uint now, bool hasEdge, uint edge)
        {
            NextWakeIsToneEdge = false;
            uint next = _nextButtonsUs;
            if (Time.DiffUs(_nextSlowUs, next) < 0) next = _nextSlowUs;
            if (hasEdge && Time.DiffUs(edge, next) <= 0)
            {
                next = edge;
                NextWakeIsToneEdge = true;
            }

            if (_pacing.IsPacing)
            {
                uint handOver = _pacing.NextBeatUs - (uint)BeatLookaheadUs;
                if (Time.DiffUs(handOver, next) < 0)
                {
                    next = handOver;
                    NextWakeIsToneEdge = false;
                }
            }

            if (Time.DiffUs(next, now) < 0) next = now;
            return next;
        }
    }
}
