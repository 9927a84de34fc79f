using System;
using System.Threading;
using CadencePod.Core;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Signal;
using CadencePod.Core.Ui;
using CadencePod.Device.Drivers;

namespace CadencePod.Device
{
    /// <summary>
    /// Modes for makers (hardware/assembly.md): bench test — I²C status, raw acceleration, detected steps, every beep
    /// pattern, button echo, battery voltage — and record mode, which streams the accelerometer in the trace format
    /// (t_ms,ax,ay,az in g) over the serial console so runners can contribute recordings.
    /// </summary>
    public static class BenchTest
    {
        public static void Run(Mpu6050Fifo sensor, IBeeper beeper, IButtonPanel buttons, IBattery battery, IClock clock)
        {
            Console.WriteLine("# bench test " + Board.BoardRev1.Revision);
            Console.WriteLine("i2c: WHO_AM_I=0x" + (sensor.WhoAmI < 0 ? "--" : sensor.WhoAmI.ToString("X2")) + " status=" + ((int)sensor.Status).ToString() + " bus_errors=" + sensor.BusErrors.ToString());
            Console.WriteLine("battery_mv: " + battery.ReadMillivolts().ToString());

            var tones = new ToneScheduler(beeper);
            int[][] patterns = SoundPatterns.All();
            string[] names = SoundPatterns.AllNames();
            for (int i = 0; i < patterns.Length; i++)
            {
                Console.WriteLine("pattern: " + names[i]);
                uint start = clock.NowUs();
                tones.PlayPattern(patterns[i], start, 2);
                while (!tones.IsIdle)
                {
                    tones.Run(clock.NowUs());
                }

                Thread.Sleep(400);
            }

            var engine = new CadenceEngine(sensor.SampleRateHz, sensor.CountsPerG);
            var xyz = new short[96];
            int lastButtons = 0;
            int printed = 0;
            while (true)
            {
                int n = sensor.Read(xyz, 32);
                for (int i = 0; i < n; i++)
                {
                    int steps = engine.Process(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
                    if (steps > 0) Console.WriteLine("step, cadence_spm=" + engine.CadenceSpm.ToString("F1"));
                }

                if (n > 0 && ++printed % 10 == 0)
                {
                    Console.WriteLine("accel_counts: " + xyz[0].ToString() + "," + xyz[1].ToString() + "," + xyz[2].ToString() + " status=" + ((int)sensor.Status).ToString());
                }

                int b = buttons.ReadPressedMask();
                if (b != lastButtons)
                {
                    Console.WriteLine("buttons: " + b.ToString());
                    lastButtons = b;
                }

                if (printed % 50 == 0) Console.WriteLine("battery_mv: " + battery.ReadMillivolts().ToString());
                Thread.Sleep(100);
            }
        }

        public static void Record(Mpu6050Fifo sensor, IClock clock)
        {
            Console.WriteLine("# source: cadencepod record mode");
            Console.WriteLine("# sample_rate_hz: " + sensor.SampleRateHz.ToString());
            Console.WriteLine("t_ms,ax,ay,az");
            var xyz = new short[96];
            long sample = 0;
            float gPerCount = 1f / sensor.CountsPerG;
            while (true)
            {
                sample += sensor.TakeLostSamples();
                int n = sensor.Read(xyz, 32);
                for (int i = 0; i < n; i++)
                {
                    long tMs = sample * 1000 / sensor.SampleRateHz;
                    Console.WriteLine(tMs.ToString() + "," + (xyz[3 * i] * gPerCount).ToString("F4") + "," + (xyz[3 * i + 1] * gPerCount).ToString("F4") + "," + (xyz[3 * i + 2] * gPerCount).ToString("F4"));
                    sample++;
                }

                Thread.Sleep(50);
            }
        }
    }
}
