using System;
using CadencePod.Core;
using CadencePod.Core.Ble;
using CadencePod.Core.Pod;
using CadencePod.Core.Signal;
using CadencePod.Core.Seams;
using CadencePod.Core.Tests;
using CadencePod.Doubles;
using CadencePod.Core.Ui;

namespace CadencePod.NanoBench
{
    /// <summary>
    /// Cost on the interpreter that runs on the pod: 10 minutes of 100 Hz running through the CadenceEngine, then
    /// through the whole PodLoop on the doubles in virtual time (PodRig, driven by the Lockstep driver), each timed with DateTime.UtcNow (the bench head may
    /// read the clock; Core never does), beside an empty loop over the same samples in the same run. Prints one
    /// `bench,<name>,<samples>,<elapsed µs>` line per part; `dotnet run --project tools/CadencePod.NanoBuild -- bench`
    /// runs this on nanoCLR and turns the lines into µs per sample and ratios.
    /// </summary>
    public static class Program
    {
        // Built with -p:BenchPart=<name> (the `bench --instructions` runner does), the program runs that part alone, on
        // two minutes of samples, so an instruction counter (valgrind) sees its cost as the difference between parts.
#if BENCH_PART_NONE
        const string OnlyPart = "none";
#elif BENCH_PART_DRAIN
        const string OnlyPart = "drain";
#elif BENCH_PART_ENGINE
        const string OnlyPart = "engine";
#elif BENCH_PART_PODLOOP
        const string OnlyPart = "podloop";
#elif BENCH_PART_PODLOOP_BLE
        const string OnlyPart = "podloop-ble";
#else
        const string OnlyPart = "";
#endif
        const int SampleRateHz = 100;
        const int Minutes = OnlyPart == "" ? 10 : 2;
        const int Samples = Minutes * 60 * SampleRateHz;

        public static void Main()
        {
            // Ten seconds of a 160-spm runner (a whole number of steps), replayed: generating the waveform is not timed.
            short[] recording = Recording.Running(160f, SampleRateHz);
            if (Runs("empty")) Report("empty", Samples, EmptyLoop(recording));
            if (Runs("drain")) Report("drain", Samples, DrainLoop(recording));
            if (Runs("engine")) Report("engine", Samples, EngineLoop(recording));
            if (Runs("podloop")) Report("podloop", Samples, PodLoopRun(recording, false));
            if (Runs("podloop-ble")) Report("podloop-ble", Samples, PodLoopRun(recording, true));
            if (Runs("ble-notify")) Report("ble-notify", Notifications, NotifyLoop(recording));
            Console.WriteLine("bench,done");
        }

        static bool Runs(string part)
        {
            return OnlyPart == "" || OnlyPart == part;
        }

        static void Report(string name, int samples, long elapsedTicks)
        {
            Console.WriteLine("bench," + name + "," + samples.ToString() + "," + (elapsedTicks / 10).ToString());
        }

        static long EmptyLoop(short[] recording)
        {
            int frames = recording.Length / 3;
            int sum = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i++)
            {
                int k = 3 * (i % frames);
                sum += recording[k] + recording[k + 1] + recording[k + 2];
            }

            long elapsed = DateTime.UtcNow.Ticks - start;
            if (sum == 42) Console.WriteLine("(sum)"); // keeps the loop's work observable
            return elapsed;
        }

        /// <summary>As the loop feeds the engine: 100 ms FIFO drains of 10 samples.</summary>
        const int Batch = SampleRateHz / 10;

        /// <summary>Copies the recording's next Batch samples (looped) into drain; returns the frame after them.</summary>
        static int FillDrain(short[] recording, short[] drain, int frame)
        {
            int frames = recording.Length / 3;
            for (int j = 0; j < 3 * Batch; j += 3)
            {
                int k = 3 * frame;
                drain[j] = recording[k];
                drain[j + 1] = recording[k + 1];
                drain[j + 2] = recording[k + 2];
                frame = frame + 1 == frames ? 0 : frame + 1;
            }

            return frame;
        }

        /// <summary>The engine part's copying into drains, without the engine: what it costs besides the engine.</summary>
        static long DrainLoop(short[] recording)
        {
            var drain = new short[3 * Batch];
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch) frame = FillDrain(recording, drain, frame);
            return DateTime.UtcNow.Ticks - start;
        }

        static long EngineLoop(short[] recording)
        {
            var engine = new CadenceEngine(SampleRateHz, TestSignals.CountsPerG);
            var drain = new short[3 * Batch];
            int steps = 0;
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch)
            {
                frame = FillDrain(recording, drain, frame);
                steps += engine.ProcessBatch(drain, Batch);
            }

            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,engine-steps," + steps.ToString());
            return elapsed;
        }

        /// <summary>RSC notifications timed in the notification part: BleService.OnSecond with a central listening.</summary>
        const int Notifications = 20000;

        /// <summary>The whole loop; with <paramref name="ble"/> a Bluetooth central is subscribed and the stride calibrated,
        /// so one RSC notification goes out each second and the request poll runs.</summary>
        static long PodLoopRun(short[] recording, bool ble)
        {
            PodRig rig = PodRig.Unbooted(SampleRateHz);
            rig.Accel.Replay(recording);
            var peripheral = new BlePeripheralDouble();
            if (ble)
            {
                peripheral.Subscribed = true;
                rig.Loop.AttachBle(peripheral);
            }

            rig.Loop.Boot();
            if (ble) rig.Controller.TrySetSetting((int)PodSettingId.StrideLengthMm, 1150, rig.Clock.NowUs());
            long end = rig.Clock.NowUs64 + (long)Minutes * 60 * Time.UsPerSecond;
            long start = DateTime.UtcNow.Ticks;
            rig.Driver.RunUntil(end);
            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,podloop-steps," + rig.Loop.Runner.TotalSteps.ToString() + (ble ? ",notifications," + peripheral.Notifications.ToString() : ""));
            return elapsed;
        }

        /// <summary>One RSC notification after another (encode and hand over), the runner moving and the stride calibrated.</summary>
        static long NotifyLoop(short[] recording)
        {
            var engine = new CadenceEngine(SampleRateHz, TestSignals.CountsPerG);
            int frames = recording.Length / 3;
            for (int i = 0; i < 60 * SampleRateHz; i++)
            {
                int k = 3 * (i % frames);
                engine.Process(recording[k], recording[k + 1], recording[k + 2]);
            }

            var runner = new RunnerSnapshot();
            runner.Update(engine, 0u, SensorStatus.Ok, 0);
            var controller = new PodController(new MemoryBlockStore(), new ToneScheduler(new SimBeeper(new VirtualClock())), new SimPower(), new EventLog(), runner);
            controller.TrySetSetting((int)PodSettingId.StrideLengthMm, 1150, 0u);
            var peripheral = new BlePeripheralDouble();
            peripheral.Subscribed = true;
            var ble = new BleService(peripheral, controller, runner);
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Notifications; i++) ble.OnSecond((uint)i * 1000000u, 3900);
            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,notify-bytes," + peripheral.LastNotificationLength.ToString());
            return elapsed;
        }
    }
}
