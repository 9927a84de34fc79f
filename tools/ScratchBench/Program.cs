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
    public sealed class Program2 { public int Inst(uint a, uint b) { return (int)(a - b); } }
    public static class Program
    {
        const int SampleRateHz = 100;
        const int Minutes = 10;
        const int Samples = Minutes * 60 * SampleRateHz;

        public static void Main()
        {
            for (int rep = 0; rep < 3; rep++)
            {
                Report("loop", 100000, Micro(0));
                Report("static-call", 100000, Micro(1));
                Report("inline-expr", 100000, Micro(2));
                Report("instance-call", 100000, Micro(3));
                Report("field-rmw", 100000, Micro(4));
                Report("local-rmw", 100000, Micro(5));
            }
            Console.WriteLine("bench,done");
        }

        static int _field;

        static long Micro(int which)
        {
            var self = new Program2();
            uint a = 5, b = 3; int acc = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < 100000; i++)
            {
                if (which == 1) acc += Time.DiffUs(a, b);
                else if (which == 2) acc += (int)(a - b);
                else if (which == 3) acc += self.Inst(a, b);
                else if (which == 4) _field += i;
                else if (which == 5) acc += i;
            }
            if (acc == 42) Console.WriteLine("x");
            return DateTime.UtcNow.Ticks - start;
        }

        static void Report(string name, int samples, long elapsedTicks)
        {
            Console.WriteLine("bench," + name + "," + samples.ToString() + "," + (elapsedTicks / 10).ToString());
        }

        static long Stage(short[] recording, int which)
        {
            var band = new BandFilter(50, 8192);
            var split = new GravitySplit(50, 8192);
            var peaks = new PeakDetector(50);
            var tracker = new StepTracker(50);
            int frames = recording.Length / 3;
            float[] values = new float[frames / 2];
            var b2 = new BandFilter(50, 8192);
            for (int i = 0; i < values.Length; i++) { int k = 6 * i; values[i] = b2.Process(recording[k] + recording[k + 3], recording[k + 1] + recording[k + 4], recording[k + 2] + recording[k + 5]); }
            int n = Samples / 2;
            int half = frames / 2;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < n; i++)
            {
                int j = i % half;
                int k = 6 * j;
                if (which == 0) band.Process(recording[k], recording[k + 1], recording[k + 2]);
                else if (which == 1) split.Process(recording[k], recording[k + 1], recording[k + 2]);
                else if (which == 2) peaks.Process(values[j], i);
                else if (which == 3) tracker.OnSample(i);
                else Nothing(i);
            }

            return DateTime.UtcNow.Ticks - start;
        }

        static void Nothing(int i) { }

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

        static long EngineLoop(short[] recording)
        {
            var engine = new CadenceEngine(SampleRateHz, TestSignals.CountsPerG);
            int frames = recording.Length / 3;
            int steps = 0;
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < Samples; i++)
            {
                int k = 3 * (i % frames);
                steps += engine.Process(recording[k], recording[k + 1], recording[k + 2]);
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
