using System;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Tests;

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
        const int SampleRateHz = 100;
        const int Minutes = 10;
        const int Samples = Minutes * 60 * SampleRateHz;

        public static void Main()
        {
            // Ten seconds of a 160-spm runner (a whole number of steps), replayed: generating the waveform is not timed.
            short[] recording = Recording.Running(160f, SampleRateHz);
            Report("empty", Samples, EmptyLoop(recording));
            Report("drain", Samples, DrainLoop(recording));
            Report("engine", Samples, EngineLoop(recording));
            Report("podloop", Samples, PodLoopRun(recording));
            Console.WriteLine("bench,done");
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
            const int Batch = SampleRateHz / 10;
            var drain = new short[3 * Batch];
            int frames = recording.Length / 3;
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch)
            {
                for (int j = 0; j < 3 * Batch; j += 3)
                {
                    int k = 3 * frame;
                    drain[j] = recording[k];
                    drain[j + 1] = recording[k + 1];
                    drain[j + 2] = recording[k + 2];
                    frame = frame + 1 == frames ? 0 : frame + 1;
                }
            }

            return DateTime.UtcNow.Ticks - start;
        }

        static long EngineLoop(short[] recording)
        {
            // As the loop feeds it: 100 ms FIFO drains of 10 samples.
            const int Batch = SampleRateHz / 10;
            var engine = new CadenceEngine(SampleRateHz, TestSignals.CountsPerG);
            var drain = new short[3 * Batch];
            int frames = recording.Length / 3;
            int steps = 0;
            int frame = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i += Batch)
            {
                for (int j = 0; j < 3 * Batch; j += 3)
                {
                    int k = 3 * frame;
                    drain[j] = recording[k];
                    drain[j + 1] = recording[k + 1];
                    drain[j + 2] = recording[k + 2];
                    frame = frame + 1 == frames ? 0 : frame + 1;
                }

                steps += engine.ProcessBatch(drain, Batch);
            }

            long elapsed = DateTime.UtcNow.Ticks - start;
            Console.WriteLine("bench,engine-steps," + steps.ToString());
            return elapsed;
        }

        static long PodLoopRun(short[] recording)
        {
            var clock = new FakeClock();
            clock.Now = 1000u;
            var accel = new ReplayAccel(clock, recording, SampleRateHz);
            var loop = new PodLoop(clock, accel, new FakeBeeper(), new FakeButtons(), new MemoryBlockStore(), new FakeBattery(), new FakePower(), new EventLog());
            loop.Boot();
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
            Console.WriteLine("bench,podloop-steps," + loop.Engine.TotalSteps.ToString());
            return elapsed;
        }
    }
}
