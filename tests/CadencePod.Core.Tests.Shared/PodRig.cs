#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Tests
{
    /// <summary>The whole pod on fakes: the same PodLoop the device runs, driven in virtual time.</summary>
    public sealed class PodRig
    {
        public readonly FakeClock Clock = new FakeClock();
        public readonly FakeBeeper Beeper = new FakeBeeper();
        public readonly FakeButtons Buttons = new FakeButtons();
        public readonly FakePower Power = new FakePower();
        public readonly FakeBattery Battery = new FakeBattery();
        public readonly EventLog Events = new EventLog();
        public readonly MemoryBlockStore Store;
        public readonly FakeAccel Accel;
        public readonly PodLoop Loop;

        public PodRig() : this(new MemoryBlockStore())
        {
        }

        public PodRig(MemoryBlockStore store) : this(store, WakeReason.PowerOn)
        {
        }

        public PodRig(MemoryBlockStore store, WakeReason wake)
        {
            Store = store;
            Power.Wake = wake;
            Clock.Now = 1000u;
            Accel = new FakeAccel(Clock);
            Loop = new PodLoop(Clock, Accel, Beeper, Buttons, Store, Battery, Power, Events);
            Loop.Boot();
            Run(0.05f); // the first button poll sees nothing pressed (a button held at boot is not a press)
        }

        public PodController Controller { get { return Loop.Controller; } }

        /// <summary>Runs the loop in lockstep for the given virtual seconds.</summary>
        public void Run(float seconds)
        {
            uint end = Clock.Now + (uint)(seconds * 1000000f);
            while (Time.DiffUs(end, Clock.Now) > 0)
            {
                uint next = Loop.Poll();
                if (Time.DiffUs(next, Clock.Now) <= 0) next = Clock.Now + 1000;
                if (Time.DiffUs(next, end) > 0) next = end;
                Clock.Now = next;
            }
        }

        public void Press(int mask, float seconds)
        {
            Buttons.Mask = mask;
            Run(seconds);
            Buttons.Mask = 0;
            Run(0.3f);
        }
    }
}
