using System.Threading;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Ui;

namespace CadencePod.Device
{
    /// <summary>
    /// The bench test (hardware/assembly.md), Up held at power-on: I²C status and the driver's counters, the battery,
    /// hardware faults, every beep pattern once, then raw acceleration, detected steps and button presses forever.
    /// Every part it uses comes from the boot sequence, guarded.
    /// </summary>
    public static class BenchTest
    {
        public static void Run(PodBoot boot)
        {
            ITextOut o = boot.Console;
            var sensor = boot.Sensor;
            o.WriteLine("# bench test " + Board.BoardRev1.Revision);
            o.WriteLine("i2c: " + PodBoot.SensorWords(sensor, boot.SensorUp) + " attempts=" + boot.SensorAttempts.ToString()
                + " status=" + ((int)sensor.Status).ToString() + " bus_errors=" + sensor.BusErrors.ToString()
                + " exceptions=" + sensor.BusExceptions.ToString());
            o.WriteLine("battery_mv: " + boot.Battery.ReadMillivolts().ToString() + " (0 = unknown: no divider, implausible, or not settled yet)");
            o.WriteLine("hardware_faults: " + boot.Faults.Total.ToString());

            var tones = new ToneScheduler(boot.Beeper);
            int[][] patterns = SoundPatterns.All();
            string[] names = SoundPatterns.AllNames();
            for (int i = 0; i < patterns.Length; i++)
            {
                o.WriteLine("pattern: " + names[i]);
                tones.PlayPattern(patterns[i], boot.Clock.NowUs(), 2);
                while (!tones.IsIdle)
                {
                    tones.Run(boot.Clock.NowUs());
                }

                Thread.Sleep(400);
            }

            var engine = new CadenceEngine(sensor.SampleRateHz, sensor.CountsPerG);
            var xyz = new short[96];
            int lastButtons = 0;
            int printed = 0;
            while (true)
            {
                int lost = sensor.TakeLostSamples();
                if (lost > 0) engine.ReportGap(lost);
                int n = sensor.Read(xyz, 32);
                for (int i = 0; i < n; i++)
                {
                    int steps = engine.Process(xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]);
                    if (steps > 0) o.WriteLine("step, cadence_spm=" + engine.CadenceSpm.ToString("F1"));
                }

                if (n > 0 && ++printed % 10 == 0)
                {
                    o.WriteLine("accel_counts: " + xyz[0].ToString() + "," + xyz[1].ToString() + "," + xyz[2].ToString()
                        + " status=" + ((int)sensor.Status).ToString() + " overflows=" + sensor.Overflows.ToString()
                        + " misaligned=" + sensor.Misalignments.ToString() + " chip_resets=" + sensor.ChipResets.ToString()
                        + " bus_errors=" + sensor.BusErrors.ToString());
                }

                int b = boot.Buttons.ReadPressedMask();
                if (b != lastButtons)
                {
                    o.WriteLine("buttons: " + b.ToString());
                    lastButtons = b;
                }

                if (printed % 50 == 0) o.WriteLine("battery_mv: " + boot.Battery.ReadMillivolts().ToString());
                Thread.Sleep(100);
            }
        }
    }
}
