using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    /// <summary>Working test doubles (fakes) with inspection helpers. No mocking framework: they run on the device too.</summary>
    public sealed class FakeClock : IClock
    {
        public uint Now;

        public uint NowUs()
        {
            return Now;
        }
    }

    public sealed class FakeBeeper : IBeeper
    {
        public int Starts;
        public int Stops;
        public bool On;
        public int LastFrequencyHz;

        public void Start(int frequencyHz, int dutyPermille)
        {
            Starts++;
            On = true;
            LastFrequencyHz = frequencyHz;
        }

        public void Stop()
        {
            Stops++;
            On = false;
        }
    }

    public sealed class FakeButtons : IButtonPanel
    {
        public int Mask;

        public int ReadPressedMask()
        {
            return Mask;
        }
    }

    public sealed class FakePower : IPowerControl
    {
        public int Sleeps;
        public int Shutdowns;
        public bool LastSleepWakesOnMotion;
        public WakeReason Wake = WakeReason.PowerOn;

        public WakeReason LastWake { get { return Wake; } }

        public void Sleep(bool wakeOnMotion)
        {
            Sleeps++;
            LastSleepWakesOnMotion = wakeOnMotion;
        }

        public void Shutdown()
        {
            Shutdowns++;
        }
    }

    public sealed class FakeBattery : IBattery
    {
        public int Millivolts = 3900;

        public int ReadMillivolts()
        {
            return Millivolts;
        }
    }

    /// <summary>Counts events by kind and remembers the last value of each.</summary>
    public sealed class EventLog : IPodEvents
    {
        public readonly int[] Count = new int[32];
        public readonly int[] LastValue = new int[32];

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            Count[(int)kind]++;
            LastValue[(int)kind] = value;
        }
    }

    /// <summary>An accelerometer that replays a generated running or still signal at 100 Hz, in step with the fake clock.</summary>
    public sealed class FakeAccel : IAccelSource
    {
        readonly FakeClock _clock;
        uint _nextSampleUs;
        int _sample;

        public FakeAccel(FakeClock clock)
        {
            _clock = clock;
            _nextSampleUs = clock.Now;
        }

        /// <summary>0 = still; otherwise the simulated runner's cadence.</summary>
        public float CadenceSpm;
        public bool Missing;

        public int SampleRateHz { get { return 100; } }
        public int CountsPerG { get { return 4096; } }
        public SensorStatus Status { get { return Missing ? SensorStatus.ReadError : SensorStatus.Ok; } }

        /// <summary>Repeats one sample forever (a stuck output register).</summary>
        public bool Stuck;

        public int Read(short[] xyz, int maxSamples)
        {
            if (Stuck)
            {
                int m = 0;
                while (m < maxSamples && Time.IsAtOrAfter(_clock.Now, _nextSampleUs))
                {
                    xyz[3 * m] = 100;
                    xyz[3 * m + 1] = -200;
                    xyz[3 * m + 2] = 4000;
                    m++;
                    _nextSampleUs += 10000;
                }

                return m;
            }

            if (Missing)
            {
                _nextSampleUs = _clock.Now;
                return 0;
            }

            int n = 0;
            while (n < maxSamples && Time.IsAtOrAfter(_clock.Now, _nextSampleUs))
            {
                float vertical = 1f;
                float forward = 0f;
                float lateral = 0f;
                if (CadenceSpm > 0f)
                {
                    float stepPos = _sample * CadenceSpm / 6000f;
                    float phase = stepPos - (int)stepPos;
                    vertical = TestSignals.RunningVerticalG(phase);
                    forward = phase < 0.58f ? -0.4f * TestSignals.Sin01(phase / 0.58f) : 0f;
                    lateral = 0.2f * TestSignals.Sin01(0.5f * stepPos);
                }

                // One count of alternating noise, as a real sensor always has (a bit-identical stream means "stuck").
                xyz[3 * n] = (short)(forward * 4096f + (_sample & 1));
                xyz[3 * n + 1] = (short)(lateral * 4096f);
                xyz[3 * n + 2] = (short)(vertical * 4096f);
                n++;
                _sample++;
                _nextSampleUs += 10000;
            }

            return n;
        }

        public int TakeLostSamples()
        {
            return 0;
        }

        public bool Recover()
        {
            return !Missing;
        }
    }

    /// <summary>
    /// A Bluetooth LE peripheral with one request slot, as on the device (the radio waits for each answer): a test puts a
    /// request in, runs the loop, and reads the answer. Records notifications and the pairing calls.
    /// </summary>
    public sealed class FakeBlePeripheral : IBlePeripheral
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
        public int WindowCalls;
        public int Bonds;
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
            WindowCalls++;
        }

        /// <summary>Set by a test: a central bonded.</summary>
        public bool BondNow;

        public bool TakeBonded()
        {
            if (!BondNow) return false;
            BondNow = false;
            Bonds++;
            return true;
        }

        public void ForgetAllBonds()
        {
            Forgets++;
        }
    }
}
