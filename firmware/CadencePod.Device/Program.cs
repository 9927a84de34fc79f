using System;
using System.Threading;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Device.Ble;
using CadencePod.Device.Board;

namespace CadencePod.Device
{
    /// <summary>
    /// The firmware a maker flashes. It builds the real board and hands it to the boot sequence in Core (PodBoot: guarded
    /// parts, sensor retries, the mode from the button held at power-on), then runs what that chose. It decides nothing
    /// itself. Power-up with Up held: bench test; Down: record mode; Mode: dump the run log, then run.
    /// </summary>
    public static class Program
    {
        const int UsPerMs = 1000;

        /// <summary>The FreeRTOS tick Thread.Sleep moves in on the ESP32 (docs/device-limits.md).</summary>
        const int SchedulerTickUs = 10000;

        public static void Main()
        {
            try
            {
                PodBoot boot = PodBoot.Start(new Rev1Board());
                if (boot.Mode == BootMode.BenchTest) BenchTest.Run(boot);
                else if (boot.Mode == BootMode.Record) Record(boot);
                else Run(boot);
            }
            catch (Exception e)
            {
                // Every hardware call is guarded, so only a bug gets here. Main must not end: say so and start again.
                try
                {
                    Console.WriteLine("boot error: " + e.Message);
                    Thread.Sleep(1000);
                    nanoFramework.Runtime.Native.Power.RebootDevice();
                }
                catch (Exception)
                {
                }
            }
        }

        /// <summary>Record mode: the accelerometer as a trace on the console, for replay and evaluate (docs/building.md).</summary>
        static void Record(PodBoot boot)
        {
            var recorder = new TraceRecorder(boot.Sensor, boot.Console);
            recorder.Begin(BoardRev1.Revision);
            while (true)
            {
                try
                {
                    recorder.Pump();
                }
                catch (Exception)
                {
                    // A line lost; the next pump carries on (gaps show as jumps in t_ms).
                }

                Thread.Sleep(TraceRecorder.DrainIntervalMs);
            }
        }

        /// <summary>
        /// The cooperative loop: Poll, then wait for the time it returns. Ordinary wakes (buttons, the sensor batch,
        /// seconds) use Thread.Sleep, which is 10 ms-grained; a tone edge gets a coarse sleep to 25 ms before it and a
        /// spin on the µs clock for the rest, so beeps start within tens of µs of their time (docs/building.md).
        /// </summary>
        static void Run(PodBoot boot)
        {
            PodLoop loop = boot.Loop;
            StartBluetooth(loop, boot.Console);
            var clock = boot.Clock;
            uint lastGcUs = clock.NowUs();
            while (true)
            {
                try
                {
                    uint wake = loop.Poll();
                    int waitUs = Time.DiffUs(wake, clock.NowUs());
                    if (!loop.NextWakeIsToneEdge)
                    {
                        if (waitUs >= UsPerMs) Thread.Sleep(waitUs / UsPerMs);
                        continue;
                    }

                    // Worth a sleep only when at least one 10 ms tick fits before the spin starts.
                    if (waitUs > Tunables.SpinLeadUs + SchedulerTickUs)
                    {
                        if (waitUs >= Tunables.GcWindowUs && !loop.Tones.IsToneOn)
                        {
                            uint now = clock.NowUs();
                            if (Time.DiffUs(now, lastGcUs) >= Tunables.GcEverySeconds * Time.UsPerSecond)
                            {
                                // The GC runs at a moment we choose (well clear of the next beep), so never mid-beat.
                                lastGcUs = now;
                                nanoFramework.Runtime.Native.GC.Run(false);
                            }
                        }

                        Thread.Sleep((waitUs - Tunables.SpinLeadUs) / UsPerMs);
                    }

                    while (Time.DiffUs(wake, clock.NowUs()) > 0)
                    {
                        // spin: HighResTimer.GetCurrent() costs tens of µs on the interpreter
                    }
                }
                catch (Exception e)
                {
                    // An unhandled exception would end the thread: report it and keep the beat going.
                    boot.Console.WriteLine("loop error: " + e.Message);
                }
            }
        }

        /// <summary>
        /// The footpod and the settings service (docs/ble.md). Only BLE firmware images have the Bluetooth natives: on
        /// any other, or if the stack throws, the pod runs as before without it.
        /// </summary>
        static void StartBluetooth(PodLoop loop, ITextOut console)
        {
            try
            {
                var ble = new NanoBlePeripheral();
                bool on = ble.Start(NanoBlePeripheral.DeviceName);
                if (on) loop.AttachBle(ble);
                console.WriteLine("bluetooth: " + (on ? "footpod advertising as " + NanoBlePeripheral.DeviceName : "off (no Bluetooth in this firmware image)"));
            }
            catch (Exception e)
            {
                console.WriteLine("bluetooth: off (" + e.Message + ")");
            }
        }
    }
}
