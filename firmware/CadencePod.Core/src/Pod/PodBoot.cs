using System;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The head's boot sequence, on the host as on the pod: open each part behind a guard (a part that throws is replaced
    /// by a stand-in and recorded), initialise the sensor with bounded retries, choose the mode from the button held,
    /// print the banner, and build and boot the loop. Nothing here can throw to the caller: a missing sensor, a sensor that
    /// throws or a flash that throws all reach the loop, which sounds the matching pattern (sensor missing: three low
    /// tones within a second; no usable flash: the settings-reset tones, as defaults are in use).
    /// </summary>
    public sealed class PodBoot
    {
        public BootMode Mode;
        public PodLoop Loop;
        public Mpu6050Fifo Sensor;
        public bool SensorUp;
        public int SensorAttempts;
        public HardwareFaults Faults;
        public IClock Clock;
        public ITextOut Console;
        public IPodEvents Events;
        public IBeeper Beeper;
        public IButtonPanel Buttons;
        public IBlockStore Store;
        public IBattery Battery;
        public IPowerControl Power;
        public int HeldAtBoot;

        public static PodBoot Start(IPodBoard board)
        {
            var boot = new PodBoot();
            boot.Clock = board.Clock;
            boot.Console = new GuardedText(board.Console);
            boot.Events = new GuardedEvents(board.Events);
            var faults = new HardwareFaults(boot.Events, boot.Clock);
            boot.Faults = faults;

            IRegisterBus bus = null;
            try
            {
                bus = board.OpenSensorBus();
            }
            catch (Exception)
            {
            }

            if (bus == null) bus = new MissingBus();
            boot.Sensor = new Mpu6050Fifo(bus, board.SensorRateHz);
            for (int attempt = 1; attempt <= Tunables.SensorInitAttempts && !boot.SensorUp; attempt++)
            {
                boot.SensorAttempts = attempt;
                if (attempt > 1) Wait(board.Delay, Mpu6050Bits.ResetWaitMs); // let a reset in progress finish
                boot.SensorUp = InitializeSensor(boot.Sensor, board.Delay);
            }

            if (!boot.SensorUp) faults.Record(HardwarePart.Sensor);
            boot.Console.WriteLine("CadencePod " + board.Revision + ": MPU-6050 " + SensorWords(boot.Sensor, boot.SensorUp));

            IBeeper beeper = null;
            try
            {
                beeper = board.OpenBeeper();
            }
            catch (Exception)
            {
            }

            if (beeper == null)
            {
                faults.Record(HardwarePart.Beeper);
                beeper = new SilentBeeper();
            }

            boot.Beeper = new GuardedBeeper(beeper, faults);

            IButtonPanel buttons = null;
            try
            {
                buttons = board.OpenButtons();
            }
            catch (Exception)
            {
            }

            if (buttons == null)
            {
                faults.Record(HardwarePart.Buttons);
                buttons = new NoButtons();
            }

            boot.Buttons = new GuardedButtons(buttons, faults);

            IBlockStore store = null;
            try
            {
                store = board.OpenStorage();
            }
            catch (Exception)
            {
            }

            if (store == null)
            {
                faults.Record(HardwarePart.Storage);
                store = new NoStorage();
            }

            boot.Store = new GuardedStore(store, faults);

            IBattery battery = null;
            try
            {
                battery = board.OpenBattery();
            }
            catch (Exception)
            {
            }

            if (battery == null)
            {
                faults.Record(HardwarePart.Battery);
                battery = new NoBattery();
            }

            boot.Battery = new GuardedBattery(battery, faults);

            IPowerControl power = null;
            try
            {
                power = board.OpenPower(boot.Sensor);
            }
            catch (Exception)
            {
            }

            if (power == null)
            {
                faults.Record(HardwarePart.Power);
                power = new StayAwake();
            }

            boot.Power = new GuardedPower(power, faults);
            boot.Console.WriteLine("wake: " + ((int)boot.Power.LastWake).ToString());

            boot.HeldAtBoot = boot.Buttons.ReadPressedMask();
            boot.Mode = ModeFor(boot.HeldAtBoot);
            if (boot.Mode == BootMode.BenchTest || boot.Mode == BootMode.Record) return boot;

            boot.Loop = new PodLoop(boot.Clock, boot.Sensor, boot.Beeper, boot.Buttons, boot.Store, boot.Battery, boot.Power, boot.Events);
            // The loop would find a missing sensor after ten failed reads; tell it now, so the pattern comes at once.
            if (!boot.SensorUp) boot.Loop.Health.MarkMissing();
            boot.Loop.Boot();
            if (boot.Mode == BootMode.DumpLogThenRun) boot.Loop.Controller.RunLog.Dump(boot.Console);
            return boot;
        }

        /// <summary>Up (bit 0) → bench test, Down (bit 1) → record, Mode (bit 2) → dump the log; otherwise run.</summary>
        public static BootMode ModeFor(int heldMask)
        {
            if ((heldMask & ButtonBits.Up) != 0) return BootMode.BenchTest;
            if ((heldMask & ButtonBits.Down) != 0) return BootMode.Record;
            if ((heldMask & ButtonBits.Mode) != 0) return BootMode.DumpLogThenRun;
            return BootMode.Run;
        }

        /// <summary>"WHO_AM_I 0x68", "not answering", or "WHO_AM_I 0xFF, not a sensor".</summary>
        public static string SensorWords(Mpu6050Fifo sensor, bool up)
        {
            int who = sensor.WhoAmI;
            if (who < 0) return "not answering";
            string hex = "0x" + who.ToString("X2");
            if (up) return "WHO_AM_I " + hex;
            return Mpu6050Fifo.IsChipAnswer(who) ? "WHO_AM_I " + hex + ", configuration not kept" : "WHO_AM_I " + hex + ", not a sensor";
        }

        static bool InitializeSensor(Mpu6050Fifo sensor, IDelay delay)
        {
            try
            {
                return sensor.Initialize(delay);
            }
            catch (Exception)
            {
                return false; // the driver catches the bus's exceptions; this is for a delay that throws
            }
        }

        static void Wait(IDelay delay, int milliseconds)
        {
            try
            {
                delay.WaitMs(milliseconds);
            }
            catch (Exception)
            {
            }
        }
    }
}
