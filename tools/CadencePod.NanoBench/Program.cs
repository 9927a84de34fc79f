using System;
using CadencePod.Core;
using CadencePod.Core.Ble;
using CadencePod.Core.Pod;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Tests;
using CadencePod.Core.Ui;

namespace CadencePod.NanoBench
{
    /// <summary>
    /// Cost on the interpreter that runs on the pod: 10 minutes of 100 Hz running through the CadenceEngine, then
    /// through the whole PodLoop on a fake board in virtual time, each timed with DateTime.UtcNow (the bench head may
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
        const int Batch = SampleRateHz / 10; // a 100 ms FIFO drain

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

        /// <summary>The engine part's copying into 10-sample drains, without the engine: what it costs besides the engine.</summary>
        static long DrainLoop(short[] recording)
        {
            var drain = new short[3 * Batch];
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch) frame = Fill(recording, drain, frame);
            return DateTime.UtcNow.Ticks - start;
        }

        /// <summary>One 100 ms FIFO drain (Batch samples) from the looped recording, from frame on; returns the next frame.</summary>
        static int Fill(short[] recording, short[] drain, int frame)
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

        static long EngineLoop(short[] recording)
        {
            // As the loop feeds it: 100 ms FIFO drains.
            var engine = new CadenceEngine(SampleRateHz, TestSignals.CountsPerG);
            var drain = new short[3 * Batch];
            int steps = 0;
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch)
            {
                frame = Fill(recording, drain, frame);
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
            var clock = new FakeClock();
            clock.Now = 1000u;
            var accel = new ReplayAccel(clock, recording, SampleRateHz);
            var loop = new PodLoop(clock, accel, new FakeBeeper(), new FakeButtons(), new MemoryBlockStore(), new FakeBattery(), new FakePower(), new EventLog());
            var peripheral = new FakeBlePeripheral();
            if (ble)
            {
                peripheral.Subscribed = true;
                loop.AttachBle(peripheral);
            }

            loop.Boot();
            if (ble) loop.Controller.TrySetSetting((int)PodSettingId.StrideLengthMm, 1150, clock.Now);
            uint end = clock.Now + (uint)Minutes * 60u * 1000000u;
            long start = DateTime.UtcNow.Ticks;
            while (Time.DiffUs(end, clock.Now) > 0)
            {
                uint next = loop.Poll();
                if (Time.DiffUs(next, clock.Now) <= 0) next = clock.Now + 1000;
                if (Time.DiffUs(next, end) > 0) next = end;
                clock.Now = next;
            }

            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,podloop-steps," + loop.Engine.TotalSteps.ToString() + (ble ? ",notifications," + peripheral.Notifications.ToString() : ""));
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

            var controller = new PodController(new MemoryBlockStore(), new ToneScheduler(new FakeBeeper()), new FakePower(), new EventLog());
            controller.TrySetSetting((int)PodSettingId.StrideLengthMm, 1150, 0u);
            var peripheral = new FakeBlePeripheral();
            peripheral.Subscribed = true;
            var ble = new BleService(peripheral, controller, engine);
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Notifications; i++) ble.OnSecond((uint)i * 1000000u, 3900);
            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,notify-bytes," + peripheral.LastNotificationLength.ToString());
            return elapsed;
        }
    }
}
