using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// The whole pod on doubles: the same PodLoop the device runs, a sample-level accelerometer (a generated runner, or a
    /// recording), driven in virtual time by the <see cref="Lockstep"/> driver. Unit tests and NanoBench use it.
    /// </summary>
    public sealed class PodRig
    {
        /// <summary>Where the virtual clock starts.</summary>
        public const long StartUs = 1000;

        public readonly VirtualClock Clock = new VirtualClock();
        public readonly SimBeeper Beeper;
        public readonly ScriptedButtons Buttons;
        public readonly SimPower Power = new SimPower();
        public readonly SimBattery Battery = new SimBattery();
        public readonly EventLog Events = new EventLog();
        public readonly MemoryBlockStore Store;
        public readonly AccelDouble Accel;
        public readonly PodLoop Loop;
        public readonly Lockstep Driver;

        public PodRig() : this(new MemoryBlockStore())
        {
        }

        public PodRig(MemoryBlockStore store) : this(store, WakeReason.PowerOn)
        {
        }

        /// <summary>Builds and boots the pod, then runs it 50 ms so the first button poll sees nothing pressed (a button
        /// held at boot is not a press).</summary>
        public PodRig(MemoryBlockStore store, WakeReason wake) : this(store, wake, BoardDouble.SampleRateHz)
        {
            Loop.Boot();
            Run(0.05f);
        }

        PodRig(MemoryBlockStore store, WakeReason wake, int sampleRateHz)
        {
            Store = store;
            Power.Wake = wake;
            Clock.NowUs64 = StartUs;
            Beeper = new SimBeeper(Clock);
            Buttons = new ScriptedButtons(Clock);
            Accel = new AccelDouble(Clock, sampleRateHz);
            Loop = new PodLoop(Clock, Accel, Beeper, Buttons, Store, Battery, Power, Events);
            Driver = new Lockstep(Clock, Loop);
        }

        /// <summary>The pod built but not booted (NanoBench attaches Bluetooth first and times from the boot on).</summary>
        public static PodRig Unbooted(int sampleRateHz)
        {
            return new PodRig(new MemoryBlockStore(), WakeReason.PowerOn, sampleRateHz);
        }

        public PodController Controller { get { return Loop.Controller; } }

        /// <summary>Runs the loop in lockstep for the given virtual seconds.</summary>
        public void Run(float seconds)
        {
            Driver.RunFor((long)(seconds * Time.UsPerSecond));
        }

        /// <summary>Holds the buttons in mask for the given seconds, then lets go for 0.3 s.</summary>
        public void Press(int mask, float seconds)
        {
            Buttons.HeldMask = mask;
            Run(seconds);
            Buttons.HeldMask = 0;
            Run(0.3f);
        }
    }
}
