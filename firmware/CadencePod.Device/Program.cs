using System;
using System.Device.Gpio;
using System.Device.I2c;
using System.Threading;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Sensors;
using CadencePod.Device.Board;
using CadencePod.Device.Drivers;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device
{
    /// <summary>
    /// The firmware a maker flashes. It builds the board and runs the Core loop; it decides nothing itself.
    /// Power-up with Up held: bench-test mode. With Down held: record mode (trace format over serial).
    /// With Mode held: dump the run log as CSV, then run normally.
    /// </summary>
    public static class Program
    {
        /// <summary>Sleep until this long before a tone edge, then spin: Thread.Sleep may overshoot by up to 10 ms.</summary>
        const int SpinLeadUs = 25000;

        /// <summary>A forced GC runs right after a beat when the next edge is at least this far away.</summary>
        const int GcWindowUs = 150000;
        const int GcEverySeconds = 10;

        public static void Main()
        {
            Configuration.SetPinFunction(BoardRev1.I2cDataPin, DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(BoardRev1.I2cClockPin, DeviceFunction.I2C1_CLOCK);
            var i2c = I2cDevice.Create(new I2cConnectionSettings(BoardRev1.I2cBusId, BoardRev1.MpuAddress, I2cBusSpeed.FastMode));
            var sensor = new Mpu6050Fifo(new I2cRegisterBus(i2c));
            bool sensorUp = sensor.Initialize(new ThreadDelay());
            Console.WriteLine("CadencePod " + BoardRev1.Revision + ": MPU-6050 " + (sensorUp ? "WHO_AM_I 0x" + sensor.WhoAmI.ToString("X2") : "not answering"));

            var gpio = new GpioController();
            var buttons = new GpioButtons(gpio);
            var clock = new HighResClock();
            var beeper = new PwmBeeper(BoardRev1.PiezoPin);
            var store = new FlashBlockStore();
            var battery = new AdcBattery();
            var power = new DeepSleepPower(sensor);
            Console.WriteLine("wake cause: " + ((int)nanoFramework.Hardware.Esp32.Sleep.GetWakeupCause()).ToString());

            int heldAtBoot = buttons.ReadPressedMask();
            if ((heldAtBoot & 1) != 0)
            {
                BenchTest.Run(sensor, beeper, buttons, battery, clock);
                return;
            }

            if ((heldAtBoot & 2) != 0)
            {
                BenchTest.Record(sensor, clock);
                return;
            }

            var loop = new PodLoop(clock, sensor, beeper, buttons, store, battery, power, new SerialEvents());
            loop.Boot();
            if ((heldAtBoot & 4) != 0) loop.Controller.RunLog.Dump(new SerialOut());
            Run(loop, clock);
        }

        /// <summary>
        /// The cooperative loop: Poll, then wait for the time it returns. Ordinary wakes (buttons, the sensor batch,
        /// seconds) use Thread.Sleep, which is 10 ms-grained; a tone edge gets a coarse sleep to 25 ms before it and a
        /// spin on the µs clock for the rest, so beeps start within tens of µs of their time (docs/building.md).
        /// </summary>
        static void Run(PodLoop loop, HighResClock clock)
        {
            uint lastGcUs = clock.NowUs();
            while (true)
            {
                try
                {
                    uint wake = loop.Poll();
                    int waitUs = Time.DiffUs(wake, clock.NowUs());
                    if (!loop.NextWakeIsToneEdge)
                    {
                        if (waitUs >= 1000) Thread.Sleep(waitUs / 1000);
                        continue;
                    }

                    if (waitUs > SpinLeadUs + 10000)
                    {
                        MaybeCollect(loop, clock, ref lastGcUs, waitUs);
                        Thread.Sleep((waitUs - SpinLeadUs) / 1000);
                    }

                    while (Time.DiffUs(wake, clock.NowUs()) > 0)
                    {
                        // spin: HighResTimer.GetCurrent() costs tens of µs on the interpreter
                    }
                }
                catch (Exception e)
                {
                    // An unhandled exception would end the thread silently: report it and keep the beat going.
                    Console.WriteLine("loop error: " + e.Message);
                }
            }
        }

        /// <summary>Runs the GC at a moment we choose (well clear of the next beep) so it never runs mid-beat.</summary>
        static void MaybeCollect(PodLoop loop, HighResClock clock, ref uint lastGcUs, int waitUs)
        {
            if (waitUs < GcWindowUs || loop.Tones.IsToneOn) return;
            uint now = clock.NowUs();
            if (Time.DiffUs(now, lastGcUs) < GcEverySeconds * Time.UsPerSecond) return;
            lastGcUs = now;
            nanoFramework.Runtime.Native.GC.Run(false);
        }
    }
}
