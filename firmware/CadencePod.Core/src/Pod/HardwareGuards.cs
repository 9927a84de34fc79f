using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Which part of the board a fault came from (the value of a HardwareFault event).</summary>
    public enum HardwarePart
    {
        Sensor = 1,
        Beeper = 2,
        Buttons = 3,
        Storage = 4,
        Battery = 5,
        Power = 6,
        Console = 7,
    }

    /// <summary>
    /// Counts hardware faults by part. The first fault of each part is reported as a <see cref="PodEvent.HardwareFault"/>
    /// event; later ones are only counted (a piezo that throws at every beat must not flood the serial line, and counting
    /// allocates nothing). The bench test prints the counts.
    /// </summary>
    public sealed class HardwareFaults
    {
        readonly int[] _counts = new int[8];
        readonly IPodEvents _events;
        readonly IClock _clock;

        public HardwareFaults(IPodEvents events, IClock clock)
        {
            _events = events;
            _clock = clock;
        }

        public int Count(HardwarePart part)
        {
            return _counts[(int)part];
        }

        public int Total
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _counts.Length; i++) total += _counts[i];
                return total;
            }
        }

        public void Record(HardwarePart part)
        {
            _counts[(int)part]++;
            if (_counts[(int)part] != 1) return;
            try
            {
                _events.OnPodEvent(_clock.NowUs(), PodEvent.HardwareFault, (int)part);
            }
            catch (Exception)
            {
                // The report itself failed (the console): the count stays.
            }
        }
    }

    /// <summary>The piezo behind a guard: a PWM call that throws is counted; the pod carries on (silently, if it must).</summary>
    public sealed class GuardedBeeper : IBeeper
    {
        readonly IBeeper _inner;
        readonly HardwareFaults _faults;

        public GuardedBeeper(IBeeper inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public void Start(int frequencyHz, int dutyPermille)
        {
            try
            {
                _inner.Start(frequencyHz, dutyPermille);
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Beeper);
            }
        }

        public void Stop()
        {
            try
            {
                _inner.Stop();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Beeper);
            }
        }
    }

    /// <summary>Buttons behind a guard: a GPIO read that throws reads as "nothing pressed".</summary>
    public sealed class GuardedButtons : IButtonPanel
    {
        readonly IButtonPanel _inner;
        readonly HardwareFaults _faults;

        public GuardedButtons(IButtonPanel inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int ReadPressedMask()
        {
            try
            {
                return _inner.ReadPressedMask();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Buttons);
                return 0;
            }
        }
    }

    /// <summary>Storage behind a guard: the contract says never throw; a store that does anyway reads as an error.</summary>
    public sealed class GuardedStore : IBlockStore
    {
        readonly IBlockStore _inner;
        readonly HardwareFaults _faults;

        public GuardedStore(IBlockStore inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int Read(int slot, byte[] buffer)
        {
            try
            {
                int n = _inner.Read(slot, buffer);
                if (n < 0) _faults.Record(HardwarePart.Storage);
                return n;
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Storage);
                return -1;
            }
        }

        public bool Write(int slot, byte[] data, int length)
        {
            try
            {
                bool ok = _inner.Write(slot, data, length);
                if (!ok) _faults.Record(HardwarePart.Storage);
                return ok;
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Storage);
                return false;
            }
        }
    }

    /// <summary>The battery behind a guard: a reading that throws is "unknown" (0), never an alarm.</summary>
    public sealed class GuardedBattery : IBattery
    {
        readonly IBattery _inner;
        readonly HardwareFaults _faults;

        public GuardedBattery(IBattery inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int ReadMillivolts()
        {
            try
            {
                return _inner.ReadMillivolts();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Battery);
                return 0;
            }
        }
    }

    /// <summary>Sleep and shutdown behind a guard: if the chip cannot sleep, the pod stays awake (and says so).</summary>
    public sealed class GuardedPower : IPowerControl
    {
        readonly IPowerControl _inner;
        readonly HardwareFaults _faults;

        public GuardedPower(IPowerControl inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public WakeReason LastWake
        {
            get
            {
                try
                {
                    return _inner.LastWake;
                }
                catch (Exception)
                {
                    _faults.Record(HardwarePart.Power);
                    return WakeReason.PowerOn;
                }
            }
        }

        public void Sleep(bool wakeOnMotion)
        {
            try
            {
                _inner.Sleep(wakeOnMotion);
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Power);
            }
        }

        public void Shutdown()
        {
            try
            {
                _inner.Shutdown();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Power);
            }
        }
    }

    /// <summary>Text out behind a guard: a console that throws loses the line, nothing else.</summary>
    public sealed class GuardedText : ITextOut
    {
        readonly ITextOut _inner;
        int _failures;

        public GuardedText(ITextOut inner)
        {
            _inner = inner;
        }

        /// <summary>Lines lost because the console threw.</summary>
        public int Failures { get { return _failures; } }

        public void WriteLine(string line)
        {
            try
            {
                if (_inner != null) _inner.WriteLine(line);
            }
            catch (Exception)
            {
                _failures++;
            }
        }
    }

    /// <summary>Events behind a guard (the device prints them): a console that throws loses the line.</summary>
    public sealed class GuardedEvents : IPodEvents
    {
        readonly IPodEvents _inner;

        public GuardedEvents(IPodEvents inner)
        {
            _inner = inner;
        }

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            try
            {
                if (_inner != null) _inner.OnPodEvent(nowUs, kind, value);
            }
            catch (Exception)
            {
            }
        }
    }

    /// <summary>Stand-ins for parts that could not be opened at all.</summary>
    public sealed class MissingBus : IRegisterBus
    {
        public BusStatus WriteRegister(int register, int value)
        {
            return BusStatus.NotAcknowledged;
        }

        public BusStatus ReadRegisters(int firstRegister, byte[] buffer, int count, out int bytesRead)
        {
            bytesRead = 0;
            return BusStatus.NotAcknowledged;
        }
    }

    public sealed class SilentBeeper : IBeeper
    {
        public void Start(int frequencyHz, int dutyPermille)
        {
        }

        public void Stop()
        {
        }
    }

    public sealed class NoButtons : IButtonPanel
    {
        public int ReadPressedMask()
        {
            return 0;
        }
    }

    /// <summary>No flash: every read and write is a storage error (defaults in use, runs not logged).</summary>
    public sealed class NoStorage : IBlockStore
    {
        public int Read(int slot, byte[] buffer)
        {
            return -1;
        }

        public bool Write(int slot, byte[] data, int length)
        {
            return false;
        }
    }

    /// <summary>No battery sense: always unknown.</summary>
    public sealed class NoBattery : IBattery
    {
        public int ReadMillivolts()
        {
            return 0;
        }
    }

    /// <summary>No sleep control: the pod stays awake.</summary>
    public sealed class StayAwake : IPowerControl
    {
        public WakeReason LastWake { get { return WakeReason.PowerOn; } }

        public void Sleep(bool wakeOnMotion)
        {
        }

        public void Shutdown()
        {
        }
    }
}
