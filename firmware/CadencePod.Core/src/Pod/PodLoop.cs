using CadencePod.Core.Ble;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Signal;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The pod's one cooperative loop, shared by the ESP32 head and the simulator. It keeps time, does the I/O and works
    /// out when to wake; the controller decides. <see cref="Poll"/> does everything that is due at the given time and
    /// returns when it next needs to run: tone edges first (exact), then the controller hands over the next beat a little
    /// ahead of its onset, then — only when no tone edge is near — buttons, Bluetooth requests, the accelerometer batch
    /// (sensor health, the cadence engine, the runner snapshot) and the once-a-second work. The head decides how to wait
    /// until the returned time (sleep coarse, then spin); the simulator jumps there. No allocation after construction.
    /// </summary>
    public sealed class PodLoop
    {
        readonly IClock _clock;
        readonly IButtonPanel _buttons;
        readonly IBattery _battery;
        readonly IPodEvents _events;
        readonly SensorHealth _health;
        readonly CadenceEngine _engine;
        readonly RateCalibrator _rate;
        readonly RunnerSnapshot _runner = new RunnerSnapshot();
        readonly ToneScheduler _tones;
        readonly ButtonGestures _gestures = new ButtonGestures();
        readonly PodController _controller;
        readonly short[] _batch = new short[Tunables.SensorBurstSamples * AccelSampleLayout.Axes];
        BleService _ble;

        uint _nextServiceUs;
        uint _nextButtonsUs;
        uint _nextSecondUs;
        uint _nextSlowUs; // the sooner of _nextServiceUs and _nextSecondUs
        uint _nextBleUs;
        int _secondsToBattery;
        int _batteryMv;
        bool _booted;
        bool _nextWakeIsToneEdge;

        public PodLoop(IClock clock, IAccelSource accel, IBeeper beeper, IButtonPanel buttons, IBlockStore store,
            IBattery battery, IPowerControl power, IPodEvents events)
        {
            _clock = clock;
            _buttons = buttons;
            _battery = battery;
            _events = events;
            _health = new SensorHealth(accel);
            _engine = new CadenceEngine(accel.SampleRateHz, accel.CountsPerG);
            _rate = new RateCalibrator(accel.SampleRateHz);
            _tones = new ToneScheduler(beeper);
            _controller = new PodController(store, _tones, power, events, _runner);
        }

        public PodController Controller { get { return _controller; } }
        public ToneScheduler Tones { get { return _tones; } }
        public SensorHealth Health { get { return _health; } }

        /// <summary>The runner as of the last sensor batch: what the controller, pacing and Bluetooth read.</summary>
        public RunnerSnapshot Runner { get { return _runner; } }

        /// <summary>The Bluetooth side, when a peripheral is attached (null otherwise).</summary>
        public BleService Ble { get { return _ble; } }

        /// <summary>
        /// True when the time <see cref="Poll"/> last returned is a tone edge: the head must be awake exactly then
        /// (sleep coarse, spin the last milliseconds). Other wakes tolerate the scheduler's 10 ms grain.
        /// </summary>
        public bool NextWakeIsToneEdge { get { return _nextWakeIsToneEdge; } }

        /// <summary>
        /// Adds the Bluetooth LE side (docs/ble.md): requests are answered in the loop's slow work, the footpod notifies
        /// once a second, and the pairing / calibration chords reach it through the controller. Call before the first Poll.
        /// </summary>
        public BleService AttachBle(IBlePeripheral peripheral)
        {
            _ble = new BleService(peripheral, _controller, _runner);
            _controller.Extension = _ble;
            _ble.BatteryMv = _batteryMv;
            return _ble;
        }

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

        /// <summary>
        /// Runs what is due now; returns the µs time at which it wants to run next. It and <see cref="NextWakeUs"/> run
        /// at every wake (about 60 a second), so their wrap-safe comparisons are written out as (int)(a − b), which is
        /// what Time.DiffUs computes: on the interpreter the call would cost more than the arithmetic.
        /// </summary>
        public uint Poll()
        {
            if (!_booted) Boot();
            uint now = _clock.NowUs();
            _tones.Run(now);
            bool pacing = _controller.TakeBeatIfDue(now, out uint handOverUs);

            bool hasEdge = _tones.NextEdgeUs(out uint edge);
            bool heldBack = hasEdge && (int)(edge - now) < Tunables.EdgeGuardUs;
            if (!heldBack)
            {
                bool ran = false;     // something may have queued a sound
                bool decided = false; // … or the controller may have started or stopped the metronome
                if ((int)(now - _nextButtonsUs) >= 0)
                {
                    _nextButtonsUs = now + Tunables.ButtonPollUs;
                    _gestures.Poll(now, _buttons.ReadPressedMask());
                    while (_gestures.HasEvent)
                    {
                        _controller.OnButton(_gestures.NextEvent(), now);
                        decided = true;
                    }

                    if (_ble != null && _controller.State != PodState.Sleep && (int)(now - _nextBleUs) >= 0)
                    {
                        bool answered = _ble.Service(now);
                        _nextBleUs = now + (uint)(answered ? Tunables.ButtonPollUs : Tunables.BlePollUs);
                        ran = true;
                        decided |= answered;
                    }
                }

                if ((int)(now - _nextSlowUs) >= 0)
                {
                    RunSlowWork(now);
                    decided = true;
                }

                if (ran || decided) hasEdge = _tones.NextEdgeUs(out edge);
                if (decided) pacing = _controller.NextBeatHandOver(out handOverUs);
            }

            return NextWakeUs(now, hasEdge, heldBack, edge, pacing, handOverUs);
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
                    _secondsToBattery = Tunables.BatteryReadEveryS;
                    _batteryMv = _battery.ReadMillivolts();
                }

                _controller.OnSecond(now, _batteryMv);
                if (_ble != null && _controller.State != PodState.Sleep) _ble.OnSecond(now, _batteryMv);
            }

            _nextSlowUs = Time.DiffUs(_nextServiceUs, _nextSecondUs) < 0 ? _nextServiceUs : _nextSecondUs;
        }

        /// <summary>One FIFO drain: health, the engine, the rate calibration, then the runner snapshot for the controller.</summary>
        void Service(uint now)
        {
            SensorHealth health = _health;
            int lost = health.BeginDrain();
            if (lost > 0)
            {
                _engine.ReportGap(lost);
                _events.OnPodEvent(now, PodEvent.SamplesLost, lost);
            }

            int got;
            do
            {
                got = health.Read(_batch, Tunables.SensorBurstSamples);
                int released = _engine.ProcessBatch(_batch, got);
                for (int k = 0; k < released; k++) _events.OnPodEvent(now, PodEvent.Step, _engine.NewStepSample(k));
            }
            while (got == Tunables.SensorBurstSamples);

            if (_rate.OnDrain(now, health.DrainedSamples, !health.EndDrain()))
            {
                _engine.SetMeasuredSampleRate(_rate.RateHz);
                _events.OnPodEvent(now, PodEvent.RateCalibrated, (int)(_rate.RateHz * 1000f));
            }

            _runner.Update(_engine, now, health.Status, lost);
            _controller.OnBatch(now);
        }

        /// <summary>
        /// The sooner of the next button poll, the slow work and a tone edge — the edge itself while it holds the slow
        /// work back (nothing else can run before it) — and the next beat's hand-over.
        /// </summary>
        uint NextWakeUs(uint now, bool hasEdge, bool heldBack, uint edge, bool pacing, uint handOverUs)
        {
            _nextWakeIsToneEdge = false;
            uint next = _nextButtonsUs;
            if ((int)(_nextSlowUs - next) < 0) next = _nextSlowUs;
            if (heldBack || (hasEdge && (int)(edge - next) <= 0))
            {
                next = edge;
                _nextWakeIsToneEdge = true;
            }

            if (pacing && (int)(handOverUs - next) < 0)
            {
                next = handOverUs;
                _nextWakeIsToneEdge = false;
            }

            if ((int)(next - now) < 0) next = now;
            return next;
        }
    }
}
