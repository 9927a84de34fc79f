using System;
using System.Collections.Generic;
using System.Linq;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Doubles;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Property and fuzz tests: seeded generators, thousands of cases, every case reproducible from its seed
/// (docs/reliability.md). A failing case prints its seed.
/// </summary>
[TestClass]
public class PropertyTests
{
    /// <summary>Sample streams of every kind the sensor (or a broken one) can produce.</summary>
    static IEnumerable<(int X, int Y, int Z)> Stream(Random r, int kind, int n)
    {
        int x = 0, y = 0, z = 4096;
        double f = 0.5 + r.NextDouble() * 5, a = r.NextDouble() * 30000;
        for (int i = 0; i < n; i++)
        {
            switch (kind)
            {
                case 0: x = r.Next(-32768, 32768); y = r.Next(-32768, 32768); z = r.Next(-32768, 32768); break; // noise
                case 1: x = (i / 7 % 2 == 0) ? 32767 : -32768; y = 32767; z = -32768; break; // saturated
                case 2: break; // constant (stuck)
                case 3: x += r.Next(-300, 301); y += r.Next(-300, 301); z += r.Next(-300, 301); x = Math.Clamp(x, -32768, 32767); y = Math.Clamp(y, -32768, 32767); z = Math.Clamp(z, -32768, 32767); break; // random walk
                case 4: z = (int)Math.Clamp(4096 + a * Math.Sin(2 * Math.PI * f * i / 100), -32768, 32767); x = (int)(a / 5 * Math.Cos(2 * Math.PI * f * i / 200)); break; // periodic, any amplitude
                case 5: x = 0; y = 0; z = 0; break; // zero (free fall or dead sensor)
                default: if (r.Next(50) == 0) { x = r.Next(-32768, 32768); } z = 4096 + r.Next(-5, 6); break; // spikes
            }

            yield return (x, y, z);
        }
    }

    [TestMethod]
    public void EngineNeverThrowsOrGivesNaNOrAbsurdCadence()
    {
        for (int seed = 1; seed <= 420; seed++)
        {
            var r = new Random(seed);
            int rate = new[] { 50, 100, 200 }[seed % 3];
            var engine = new CadenceEngine(rate, 4096);
            if (seed % 5 == 0) engine.StartAtSample(int.MaxValue - r.Next(5000));
            int i = 0;
            foreach (var (x, y, z) in Stream(r, seed % 7, 3000))
            {
                engine.Process(x, y, z);
                if (r.Next(400) == 0) engine.ReportGap(r.Next(1, 400));
                if (r.Next(1000) == 0) engine.SetMeasuredSampleRate((float)(rate * (0.5 + r.NextDouble()))); // any calibration, even absurd
                float c = engine.CadenceSpm;
                Assert.IsFalse(float.IsNaN(c) || float.IsInfinity(c), $"seed {seed}: cadence {c}");
                Assert.IsTrue(c == 0 || (c >= 40 && c <= 250), $"seed {seed}, sample {i}: cadence {c}");
                int conf = engine.ConfidencePercent;
                Assert.IsTrue(conf >= 0 && conf <= 100, $"seed {seed}: confidence {conf}");
                engine.TryGetSamplesToNextFootfall(out _);
                i++;
            }
        }
    }

    [TestMethod]
    public void EngineAllocatesNothingPerSample()
    {
        var trace = InstrumentCommands.TenMinuteRun(3);
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int n);
        var engine = new CadenceEngine(100, 4096);
        for (int k = 0; k < 1000; k++) engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int k = 1000; k < n; k++) engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
        Assert.AreEqual(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.IsTrue(engine.TotalSteps > 400);
    }

    [TestMethod]
    public void EngineCountsCorrectlyAcrossTheSampleCounterWrap()
    {
        var trace = InstrumentCommands.TenMinuteRun(2);
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int n);
        var plain = new CadenceEngine(100, 4096);
        var wrapping = new CadenceEngine(100, 4096);
        wrapping.StartAtSample(int.MaxValue - 3000); // wraps 30 s in
        int last = 0;
        bool first = true;
        for (int k = 0; k < n; k++)
        {
            plain.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            int released = wrapping.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            for (int i = 0; i < released; i++)
            {
                int s = wrapping.NewStepSample(i);
                if (!first) Assert.IsTrue(unchecked(s - last) > 0, $"step order broken at sample {k}");
                last = s;
                first = false;
            }

            if (k % 100 == 0) Assert.AreEqual(plain.CadenceSpm, wrapping.CadenceSpm, 0.5f, $"sample {k}");
        }

        Assert.AreEqual(plain.TotalSteps, wrapping.TotalSteps, 2);
    }

    [TestMethod]
    public void BeatIntervalsStayWithinTheDocumentedBoundsAndBeatsAreMonotonic()
    {
        for (int seed = 1; seed <= 300; seed++)
        {
            var r = new Random(seed);
            var rig = new PacingRig(0);
            var target = rig.Target;
            target.SetBaselineSpm(r.Next(140, 190));
            if (r.Next(2) == 0)
            {
                target.Mode = TargetMode.Absolute;
                target.SetAbsoluteSpm(r.Next(100, 240));
            }

            rig.Settings.PhaseLock = r.Next(2) == 0;
            var p = rig.Engine;
            var beep = new Beep();
            uint start = (uint)r.Next() * 2u;
            rig.Report(r.Next(120, 200), MotionState.Running, 90, 350000, true, start + 100000);
            Assert.IsTrue(p.Start(start));
            uint lastOnset = 0;
            int lastPeriod = p.PeriodUs;
            for (int b = 0; b < 400; b++)
            {
                if (r.Next(8) == 0)
                {
                    uint predicted = p.NextBeatUs + (uint)r.Next(-600000, 600000);
                    rig.Report(r.Next(0, 230), (MotionState)r.Next(3), r.Next(101), r.Next(0, 1500000), r.Next(2) == 0, predicted);
                }

                if (r.Next(60) == 0) target.Step(r.Next(2) == 0 ? 1 : -1, r.Next(1, 6));
                if (r.Next(80) == 0) p.SetMode((CueMode)r.Next(5), r.Next(20));
                if (r.Next(10) == 0) p.OnSecond();
                int periodBefore = p.PeriodUs;
                p.TakeBeat(beep);
                if (b > 0)
                {
                    int interval = Time.DiffUs(beep.OnsetUs, lastOnset);
                    Assert.IsTrue(interval > 0, $"seed {seed}: beats not monotonic");
                    int lo = Math.Min(lastPeriod, periodBefore), hi = Math.Max(lastPeriod, periodBefore);
                    // Phase correction moves one interval by at most PhaseLockMaxShiftTenths (2.4 %).
                    Assert.IsTrue(interval >= lo - lo * 25 / 1000 && interval <= hi + hi * 25 / 1000,
                        $"seed {seed}, beat {b}: interval {interval} µs, period {lo}…{hi}");
                }

                lastOnset = beep.OnsetUs;
                lastPeriod = periodBefore;
            }
        }
    }

    [TestMethod]
    public void ArbitraryBytesDecodeToValidSettingsOrToDefaults()
    {
        var r = new Random(7);
        var valid = new byte[SettingsCodec.RecordBytes];
        SettingsCodec.Encode(new PodSettings(), 3, valid);
        var into = new PodSettings();
        int accepted = 0;
        for (int i = 0; i < 30000; i++)
        {
            byte[] data;
            if (i % 2 == 0)
            {
                data = new byte[r.Next(0, 70)];
                r.NextBytes(data);
            }
            else
            {
                data = (byte[])valid.Clone();
                for (int m = r.Next(1, 4); m > 0; m--) data[r.Next(data.Length)] = (byte)r.Next(256);
            }

            if (SettingsCodec.TryDecode(data, data.Length, into, out _))
            {
                accepted++;
                Assert.IsTrue(into.PercentTenths >= 50 && into.PercentTenths <= 100 && into.VolumeLevel <= 3 && into.AbsoluteSpm >= 120 && into.AbsoluteSpm <= 220);
            }

            var store = new MemoryBlockStore();
            store.Write(SettingsStore.SlotA, data, data.Length);
            var loaded = new PodSettings();
            var result = new SettingsStore(store).Load(loaded);
            Assert.IsTrue(result == SettingsLoadResult.Loaded || loaded.SameAs(new PodSettings()));
        }

        Assert.IsTrue(accepted < 100, $"{accepted} random records passed the CRC");
    }

    [TestMethod]
    public void CorruptLogSlotsNeverBreakTheDump()
    {
        var r = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            var store = new MemoryBlockStore();
            var log = new RunLog(store);
            int runs = r.Next(0, 80);
            for (int i = 0; i < runs; i++)
            {
                log.BeginRun();
                for (int m = r.Next(0, 200); m > 0; m--) log.AddMinute(r.Next(-10, 300));
                log.Append(new RunSummary { DurationS = r.Next(100000), Steps = r.Next(100000), InZonePercent = r.Next(101) });
            }

            for (int k = r.Next(0, 20); k > 0; k--)
            {
                int slot = RunLog.FirstSlot + r.Next(RunLog.Capacity);
                store.Poke(slot, r.Next(RunLog.RecordBytes), (byte)r.Next(256));
            }

            var lines = new List<string>();
            int dumped = new RunLog(store).Dump(new LinesOut(lines));
            Assert.IsTrue(dumped <= Math.Min(runs, RunLog.Capacity));
        }
    }

    sealed class LinesOut(List<string> lines) : ITextOut
    {
        public void WriteLine(string line) => lines.Add(line);
    }
}
