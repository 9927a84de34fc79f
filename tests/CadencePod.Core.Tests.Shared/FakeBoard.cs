#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>
    /// A board made of doubles: the register-level MPU-6050, fakes for the rest. Each part can be made to throw when it is
    /// opened (as a native driver does when a pin is taken or memory runs out) or be replaced by a throwing double.
    /// </summary>
    public sealed class FakeBoard : IPodBoard
    {
        public readonly FakeClock FakeClock = new FakeClock();
        public readonly FakeDelay FakeDelay;
        public readonly TextLog Text = new TextLog();
        public readonly BootEvents Log = new BootEvents();
        public readonly Mpu6050RegisterFile Chip;
        public readonly FakeBeeper FakeBeeper = new FakeBeeper();
        public readonly FakeButtons FakeButtons = new FakeButtons();
        public readonly FakePower FakePower = new FakePower();
        public readonly FakeBattery FakeBattery = new FakeBattery();
        public readonly MemoryBlockStore Memory = new MemoryBlockStore();

        public bool ThrowOnOpenSensor, ThrowOnOpenBeeper, ThrowOnOpenButtons, ThrowOnOpenStorage, ThrowOnOpenBattery, ThrowOnOpenPower;
        public IBeeper Beeper;
        public IButtonPanel Buttons;
        public IBlockStore Store;
        public IPowerControl Power;

        public FakeBoard()
        {
            FakeClock.Now = 7000u;
            FakeDelay = new FakeDelay(FakeClock);
            Chip = new Mpu6050RegisterFile(FakeClock, new StillSource());
            Beeper = FakeBeeper;
            Buttons = FakeButtons;
            Store = Memory;
            Power = FakePower;
        }

        public string Revision { get { return "test"; } }

        public IClock Clock { get { return FakeClock; } }

        public IDelay Delay { get { return FakeDelay; } }

        public ITextOut Console { get { return Text; } }

        public IPodEvents Events { get { return Log; } }

        public int SensorRateHz { get { return 100; } }

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
            return FakeBattery;
        }

        public IPowerControl OpenPower(Mpu6050Fifo sensor)
        {
            if (ThrowOnOpenPower) throw new Exception("simulated sleep API failure");
            return Power;
        }

        /// <summary>Runs the booted loop in fake time (the clock jumps to each time the loop asks for).</summary>
        public void Run(PodBoot boot, int milliseconds)
        {
            uint end = FakeClock.Now + (uint)(milliseconds * 1000);
            while (Time.DiffUs(end, FakeClock.Now) > 0)
            {
                uint next = boot.Loop.Poll();
                int step = Time.DiffUs(next, FakeClock.Now);
                FakeClock.Now += (uint)(step > 0 ? step : 1);
            }
        }
    }
}
