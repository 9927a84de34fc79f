#nullable disable // the simulator compiles the doubles with nullable annotations on; they are nanoFramework code (none there)
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;

namespace CadencePod.Doubles
{
    /// <summary>
    /// A board made of doubles, as the boot sequence (PodBoot) sees a board: the register-level MPU-6050 and the other
    /// doubles by default; any part can be replaced (a throwing double, the simulator's files and recorders) or made to
    /// throw when it is opened, as a native driver does when a pin is taken or memory runs out. The unit tests and the
    /// simulator boot their pod on it.
    /// </summary>
    public sealed class BoardDouble : IPodBoard
    {
        /// <summary>Board rev1's sensor rate (BoardRev1.MpuSampleRateHz; the doubles cannot see the head).</summary>
        public const int SampleRateHz = 100;

        public readonly VirtualClock VirtualClock;
        public readonly VirtualDelay VirtualDelay;
        public readonly Mpu6050RegisterFile Chip;
        public readonly SimBeeper SimBeeper;
        public readonly ScriptedButtons ScriptedButtons;
        public readonly SimPower SimPower = new SimPower();
        public readonly SimBattery SimBattery = new SimBattery();
        public readonly MemoryBlockStore Memory = new MemoryBlockStore();
        public readonly TextLog Text = new TextLog();
        public readonly EventLog Log = new EventLog();

        public bool ThrowOnOpenSensor, ThrowOnOpenBeeper, ThrowOnOpenButtons, ThrowOnOpenStorage, ThrowOnOpenBattery, ThrowOnOpenPower;

        /// <summary>The parts the board opens; the doubles above unless replaced.</summary>
        public IBeeper Beeper;
        public IButtonPanel Buttons;
        public IBlockStore Store;
        public IBattery BatteryPart;
        public IPowerControl Power;
        public IPodEvents EventSink;
        public ITextOut ConsoleOut;
        public string BoardRevision = "test";
        public int RateHz = SampleRateHz;

        /// <summary>A board whose sensor lies still, its clock at startUs.</summary>
        public BoardDouble(long startUs) : this(NewClock(startUs), null)
        {
        }

        /// <summary>A board on the given clock and chip (null: a chip lying still on that clock).</summary>
        public BoardDouble(VirtualClock clock, Mpu6050RegisterFile chip)
        {
            VirtualClock = clock;
            VirtualDelay = new VirtualDelay(clock);
            Chip = chip != null ? chip : new Mpu6050RegisterFile(clock, new StillSource());
            SimBeeper = new SimBeeper(clock);
            ScriptedButtons = new ScriptedButtons(clock);
            Beeper = SimBeeper;
            Buttons = ScriptedButtons;
            Store = Memory;
            BatteryPart = SimBattery;
            Power = SimPower;
            EventSink = Log;
            ConsoleOut = Text;
        }

        static VirtualClock NewClock(long startUs)
        {
            var clock = new VirtualClock();
            clock.NowUs64 = startUs;
            return clock;
        }

        public string Revision { get { return BoardRevision; } }
        public IClock Clock { get { return VirtualClock; } }
        public IDelay Delay { get { return VirtualDelay; } }
        public ITextOut Console { get { return ConsoleOut; } }
        public IPodEvents Events { get { return EventSink; } }
        public int SensorRateHz { get { return RateHz; } }

        public IRegisterBus OpenSensorBus()
        {
            if (ThrowOnOpenSensor) throw new Exception("simulated I2C open failure");
            return Chip;
        }

        public IBeeper OpenBeeper()
        {
            if (ThrowOnOpenBeeper) throw new Exception("simulated PWM open failure");
            return Beeper;
        }

        public IButtonPanel OpenButtons()
        {
            if (ThrowOnOpenButtons) throw new Exception("simulated GPIO open failure");
            return Buttons;
        }

        public IBlockStore OpenStorage()
        {
            if (ThrowOnOpenStorage) throw new Exception("simulated file system open failure");
            return Store;
        }

        public IBattery OpenBattery()
        {
            if (ThrowOnOpenBattery) throw new Exception("simulated ADC open failure");
            return BatteryPart;
        }

        public IPowerControl OpenPower(Mpu6050Fifo sensor)
        {
            if (ThrowOnOpenPower) throw new Exception("simulated sleep API failure");
            return Power;
        }
    }
}
