using System;
using System.Collections.Generic;
using System.Linq;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Doubles;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Property and fuzz tests on FsCheck (docs/reliability.md): generated cases, thousands of them, and a failing case
/// shrunk to a small one — a shorter stream, fewer beats, events or runs, a shorter record — before it is reported with
/// FsCheck's replay seed. The generators keep the old seeded tests' coverage: the same kinds of input in the same
/// ranges and at least as many cases, every combination the seeds cycled through (rate × stream kind × counter wrap)
/// checked on purpose.
/// </summary>
[TestClass]
public class PropertyTests
{
    static Config Cases(int n) => Config.QuickThrowOnFailure.WithMaxTest(n).WithQuietOnSuccess(true);

    /// <summary>Shorter prefixes of a length, largest cut first (what a shrinker tries).</summary>
    static IEnumerable<int> Prefixes(int n) =>
        new[] { 0, n / 2, n * 3 / 4, n * 7 / 8, n - 1 }.Where(m => m >= 0 && m < n).Distinct();

    /// <summary>The array without one element (the first <paramref name="most"/> positions), for shrinking.</summary>
    static IEnumerable<T[]> WithoutOne<T>(T[] a, int most = 64)
    {
        for (int i = 0; i < a.Length && i < most; i++) yield return a.Where((_, k) => k != i).ToArray();
    }

    static Gen<T[]> ArrayOf<T>(Gen<T> gen, int min, int max) => Gen.Choose(min, max).SelectMany(n => Gen.ArrayOf(gen, n));

    // ---- the cadence engine on arbitrary streams

    /// <summary>The kinds of stream a sensor, or a broken one, can produce.</summary>
    public enum StreamKind { Noise, Saturated, Constant, RandomWalk, Periodic, Zero, Spikes }

    /// <summary>Something that happens at a sample: a gap of lost samples, or a (possibly absurd) rate calibration.</summary>
    public sealed record EngineEvent(int AtSample, int GapSamples, int CalibrationPermille)
    {
        public override string ToString() => GapSamples > 0 ? $"gap {GapSamples}@{AtSample}" : $"rate ×{CalibrationPermille / 1000.0:0.000}@{AtSample}";
    }

    /// <summary>A stream (x, y, z counts interleaved) at a rate, maybe starting just before the 2^31 sample-counter wrap.</summary>
    public sealed record EngineCase(int RateHz, StreamKind Kind, int StartBeforeWrap, int[] Xyz, EngineEvent[] Events)
    {
        public int Samples => Xyz.Length / 3;
        public override string ToString() =>
            $"{Kind} at {RateHz} Hz, {Samples} samples{(StartBeforeWrap >= 0 ? $", starting {StartBeforeWrap} samples before the wrap" : "")}, events [{string.Join(", ", Events.Select(e => e.ToString()))}], first samples [{string.Join(" ", Xyz.Take(12))}]";

        public EngineCase Prefix(int samples) => this with { Xyz = Xyz[..(3 * samples)], Events = Events.Where(e => e.AtSample < samples).ToArray() };
    }

    const int StreamSamples = 3000;

    static int Clamp16(double v) => (int)Math.Clamp(v, -32768, 32767);

    static int[] Build(int n, Func<int, (int X, int Y, int Z)> sample)
    {
        var xyz = new int[3 * n];
        for (int i = 0; i < n; i++) (xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]) = sample(i);
        return xyz;
    }

    static Gen<int[]> Stream(StreamKind kind, int n) => kind switch
    {
        StreamKind.Noise => Gen.ArrayOf(Gen.Choose(-32768, 32767), 3 * n),
        StreamKind.Saturated => Gen.Constant(Build(n, i => (i / 7 % 2 == 0 ? 32767 : -32768, 32767, -32768))),
        StreamKind.Constant => Gen.Constant(Build(n, _ => (0, 0, 4096))),
        StreamKind.RandomWalk => Gen.ArrayOf(Gen.Choose(-300, 300), 3 * n).Select(steps =>
        {
            var xyz = new int[3 * n];
            int x = 0, y = 0, z = 4096;
            for (int i = 0; i < n; i++)
            {
                x = Math.Clamp(x + steps[3 * i], -32768, 32767);
                y = Math.Clamp(y + steps[3 * i + 1], -32768, 32767);
                z = Math.Clamp(z + steps[3 * i + 2], -32768, 32767);
                (xyz[3 * i], xyz[3 * i + 1], xyz[3 * i + 2]) = (x, y, z);
            }

            return xyz;
        }),
        // any frequency in 0.5–5.5 Hz and any amplitude up to 30000 counts
        StreamKind.Periodic => Gen.Zip(Gen.Choose(50, 549), Gen.Choose(0, 29999)).Select(fa =>
            Build(n, i => ((int)(fa.Item2 / 5.0 * Math.Cos(2 * Math.PI * fa.Item1 / 100.0 * i / 200)), 0, Clamp16(4096 + fa.Item2 * Math.Sin(2 * Math.PI * fa.Item1 / 100.0 * i / 100))))),
        StreamKind.Zero => Gen.Constant(new int[3 * n]),
        // about one sample in 50 a spike on x (which then stays), z jittering ±5 around 1 g
        StreamKind.Spikes => Gen.Zip(Gen.ArrayOf(Gen.Frequency((49, Gen.Constant(int.MinValue)), (1, Gen.Choose(-32768, 32767))), n), Gen.ArrayOf(Gen.Choose(-5, 5), n))
            .Select(sz =>
            {
                int x = 0;
                return Build(n, i =>
                {
                    if (sz.Item1[i] != int.MinValue) x = sz.Item1[i];
                    return (x, 0, 4096 + sz.Item2[i]);
                });
            }),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    static readonly Gen<EngineEvent> AnEngineEvent = Gen.Frequency(
        (3, Gen.Zip(Gen.Choose(0, StreamSamples - 1), Gen.Choose(1, 399)).Select(g => new EngineEvent(g.Item1, g.Item2, 0))),
        (1, Gen.Zip(Gen.Choose(0, StreamSamples - 1), Gen.Choose(500, 1499)).Select(g => new EngineEvent(g.Item1, 0, g.Item2))));

    static Arbitrary<EngineCase> EngineCases(int rateHz, StreamKind kind, bool nearWrap) =>
        Arb.From(from start in nearWrap ? Gen.Choose(0, 4999) : Gen.Constant(-1)
         from xyz in Stream(kind, StreamSamples)
         from events in ArrayOf(AnEngineEvent, 0, 20)
         select new EngineCase(rateHz, kind, start, xyz, events.OrderBy(e => e.AtSample).ToArray()),
            ShrinkEngineCase);

    static IEnumerable<EngineCase> ShrinkEngineCase(EngineCase c)
    {
        foreach (int n in Prefixes(c.Samples)) yield return c.Prefix(n);
        if (c.Events.Length > 0) yield return c with { Events = Array.Empty<EngineEvent>() };
        foreach (var fewer in WithoutOne(c.Events)) yield return c with { Events = fewer };
        if (c.StartBeforeWrap >= 0) yield return c with { StartBeforeWrap = -1 };
    }

    static void EngineStaysSane(EngineCase c)
    {
        var engine = new CadenceEngine(c.RateHz, 4096);
        if (c.StartBeforeWrap >= 0) engine.StartAtSample(int.MaxValue - c.StartBeforeWrap);
        int next = 0;
        for (int i = 0; i < c.Samples; i++)
        {
            engine.Process(c.Xyz[3 * i], c.Xyz[3 * i + 1], c.Xyz[3 * i + 2]);
            for (; next < c.Events.Length && c.Events[next].AtSample == i; next++)
            {
                var e = c.Events[next];
                if (e.GapSamples > 0) engine.ReportGap(e.GapSamples);
                else engine.SetMeasuredSampleRate(c.RateHz * e.CalibrationPermille / 1000f); // any calibration, even absurd
            }

            float cadence = engine.CadenceSpm;
            if (float.IsNaN(cadence) || float.IsInfinity(cadence)) throw new AssertFailedException($"sample {i}: cadence {cadence}");
            if (!(cadence == 0 || (cadence >= 40 && cadence <= 250))) throw new AssertFailedException($"sample {i}: cadence {cadence}");
            int confidence = engine.ConfidencePercent;
            if (confidence < 0 || confidence > 100) throw new AssertFailedException($"sample {i}: confidence {confidence}");
            engine.TryGetSamplesToNextFootfall(out _);
        }
    }

    [TestMethod]
    public void EngineNeverThrowsOrGivesNaNOrAbsurdCadence()
    {
        // Every rate × kind × (counter wrap or not), 5 generated streams each: 420 streams of 3000 samples.
        foreach (int rate in new[] { 50, 100, 200 })
            foreach (var kind in Enum.GetValues<StreamKind>())
                foreach (bool nearWrap in new[] { false, true })
                    Prop.ForAll(EngineCases(rate, kind, nearWrap), EngineStaysSane).Check(Cases(5));
    }

    [TestMethod]
    public void EngineAllocatesNothingPerSample()
    {
        var trace = InstrumentCommands.TenMinuteRun(3);
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int n);
        int steps = 0;
        long allocated = SteadyStateBytes.LeastOfTwoPasses(() =>
        {
            var engine = new CadenceEngine(100, 4096);
            for (int k = 0; k < 1000; k++) engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int k = 1000; k < n; k++) engine.Process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            steps = engine.TotalSteps;
            return bytes;
        });

        Assert.AreEqual(0, allocated, "bytes allocated after warm-up, least of two passes");
        Assert.IsTrue(steps > 400);
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

    // ---- pacing: beats under random targets, runner updates, mode switches

    /// <summary>What the engine tells the pacing engine; the predicted footfall is relative to the next beat.</summary>
    public sealed record RunnerUpdate(int Spm, MotionState Motion, int Confidence, int PeriodUs, bool HasFootfall, int FootfallFromNextBeatUs);

    /// <summary>What happens before one beat is taken (each part optional).</summary>
    public sealed record BeatAction(RunnerUpdate? Runner, int TargetSteps, int Mode, int CompletedRuns, bool Second)
    {
        public bool IsNothing => Runner == null && TargetSteps == 0 && Mode < 0 && !Second;

        public override string ToString()
        {
            if (IsNothing) return "-";
            var parts = new List<string>();
            if (Runner is { } r) parts.Add($"runner {r.Spm} spm {r.Motion} {r.Confidence}% period {r.PeriodUs} footfall {(r.HasFootfall ? r.FootfallFromNextBeatUs.ToString() : "none")}");
            if (TargetSteps != 0) parts.Add($"target {TargetSteps:+0;-0}");
            if (Mode >= 0) parts.Add($"mode {(CueMode)Mode} after {CompletedRuns} runs");
            if (Second) parts.Add("second");
            return string.Join(" + ", parts);
        }
    }

    public sealed record PacingCase(int BaselineSpm, int AbsoluteSpm, bool PhaseLock, uint StartUs, int InitialSpm, BeatAction[] Beats)
    {
        public override string ToString() =>
            $"baseline {BaselineSpm}, target {(AbsoluteSpm > 0 ? AbsoluteSpm + " spm" : "relative")}, phase lock {PhaseLock}, start {StartUs} µs, runner {InitialSpm} spm, " +
            $"{Beats.Length} beats: [{string.Join("; ", Beats.Select((b, i) => (b, i)).Where(x => !x.b.IsNothing).Select(x => $"{x.i}: {x.b}"))}]";
    }

    static readonly Gen<RunnerUpdate> ARunnerUpdate =
        from spm in Gen.Choose(0, 229)
        from motion in Gen.Choose(0, 2)
        from confidence in Gen.Choose(0, 100)
        from period in Gen.Choose(0, 1_499_999)
        from footfall in Gen.Elements(true, false)
        from offset in Gen.Choose(-600_000, 599_999)
        select new RunnerUpdate(spm, (MotionState)motion, confidence, period, footfall, offset);

    static readonly Gen<BeatAction> ABeatAction =
        from runner in Gen.Frequency((7, Gen.Constant<RunnerUpdate?>(null)), (1, ARunnerUpdate.Select(u => (RunnerUpdate?)u)))
        from steps in Gen.Frequency((59, Gen.Constant(0)), (1, Gen.Zip(Gen.Elements(1, -1), Gen.Choose(1, 5)).Select(s => s.Item1 * s.Item2)))
        from mode in Gen.Frequency((79, Gen.Constant(-1)), (1, Gen.Choose(0, 4)))
        from runs in Gen.Choose(0, 19)
        from second in Gen.Frequency((9, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new BeatAction(runner, steps, mode, runs, second);

    static readonly Arbitrary<PacingCase> PacingCases =
        Arb.From(from baseline in Gen.Choose(140, 189)
         from absolute in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(100, 239))) // 0: relative; 100–119 and 221–239 are clamped
         from phaseLock in Gen.Elements(true, false)
         from start in Gen.Choose(0, int.MaxValue).Select(s => (uint)s * 2u) // anywhere on the 32-bit µs clock
         from initial in Gen.Choose(120, 199)
         from beats in Gen.ArrayOf(ABeatAction, 400)
         select new PacingCase(baseline, absolute, phaseLock, start, initial, beats),
            ShrinkPacingCase);

    static IEnumerable<PacingCase> ShrinkPacingCase(PacingCase c)
    {
        foreach (int n in Prefixes(c.Beats.Length)) yield return c with { Beats = c.Beats[..n] };
        if (c.PhaseLock) yield return c with { PhaseLock = false };
        if (c.AbsoluteSpm > 0) yield return c with { AbsoluteSpm = 0 };
        for (int i = 0; i < c.Beats.Length; i++)
            if (!c.Beats[i].IsNothing)
            {
                var quieter = (BeatAction[])c.Beats.Clone();
                quieter[i] = new BeatAction(null, 0, -1, 0, false);
                yield return c with { Beats = quieter };
            }
    }

    static void BeatsStayInBounds(PacingCase c)
    {
        var rig = new PacingRig(0);
        var target = rig.Target;
        target.SetBaselineSpm(c.BaselineSpm);
        if (c.AbsoluteSpm > 0)
        {
            target.Mode = TargetMode.Absolute;
            target.SetAbsoluteSpm(c.AbsoluteSpm);
        }

        rig.Settings.PhaseLock = c.PhaseLock;
        var p = rig.Engine;
        var beep = new Beep();
        rig.Report(c.InitialSpm, MotionState.Running, 90, 350000, true, c.StartUs + 100000);
        if (!p.Start(c.StartUs)) throw new AssertFailedException("pacing did not start");
        uint lastOnset = 0;
        int lastPeriod = p.PeriodUs;
        for (int b = 0; b < c.Beats.Length; b++)
        {
            var a = c.Beats[b];
            if (a.Runner is { } r) rig.Report(r.Spm, r.Motion, r.Confidence, r.PeriodUs, r.HasFootfall, p.NextBeatUs + (uint)r.FootfallFromNextBeatUs);
            if (a.TargetSteps != 0) target.Step(Math.Sign(a.TargetSteps), Math.Abs(a.TargetSteps));
            if (a.Mode >= 0) p.SetMode((CueMode)a.Mode, a.CompletedRuns);
            if (a.Second) p.OnSecond();
            int periodBefore = p.PeriodUs;
            p.TakeBeat(beep);
            if (b > 0)
            {
                int interval = Time.DiffUs(beep.OnsetUs, lastOnset);
                if (interval <= 0) throw new AssertFailedException($"beat {b}: not after the beat before ({interval} µs)");
                int lo = Math.Min(lastPeriod, periodBefore), hi = Math.Max(lastPeriod, periodBefore);
                // Phase correction moves one interval by at most PhaseLockMaxShiftTenths (2.4 %).
                if (interval < lo - lo * 25 / 1000 || interval > hi + hi * 25 / 1000)
                    throw new AssertFailedException($"beat {b}: interval {interval} µs, period {lo}…{hi}");
            }

            lastOnset = beep.OnsetUs;
            lastPeriod = periodBefore;
        }
    }

    [TestMethod]
    public void BeatIntervalsStayWithinTheDocumentedBoundsAndBeatsAreMonotonic()
    {
        Prop.ForAll(PacingCases, BeatsStayInBounds).Check(Cases(300)); // 300 scenarios × 400 beats
    }

    // ---- settings records: arbitrary bytes

    static readonly byte[] ValidRecord = MakeValidRecord();

    static byte[] MakeValidRecord()
    {
        var valid = new byte[SettingsRecordLayout.RecordBytes];
        SettingsCodec.Encode(new PodSettings(), 3, valid);
        return valid;
    }

    static readonly Gen<byte> AByte = Gen.Choose(0, 255).Select(b => (byte)b);

    static IEnumerable<byte[]> ShrinkBytes(byte[] data)
    {
        foreach (int n in Prefixes(data.Length)) yield return data[..n];
        foreach (var fewer in WithoutOne(data, 70)) yield return fewer;
    }

    /// <summary>Random byte strings of 0–69 bytes.</summary>
    static readonly Arbitrary<byte[]> RandomRecords = Arb.From(ArrayOf(AByte, 0, 69), ShrinkBytes);

    /// <summary>A valid record with 1–3 bytes overwritten by random values.</summary>
    static readonly Arbitrary<byte[]> MutatedRecords = Arb.From(
        ArrayOf(Gen.Zip(Gen.Choose(0, SettingsRecordLayout.RecordBytes - 1), AByte), 1, 3).Select(edits =>
        {
            var data = (byte[])ValidRecord.Clone();
            foreach (var (at, value) in edits) data[at] = value;
            return data;
        }),
        ShrinkBytes);

    [TestMethod]
    public void ArbitraryBytesDecodeToValidSettingsOrToDefaults()
    {
        int accepted = 0;
        void DecodesSafely(byte[] data)
        {
            var into = new PodSettings();
            if (SettingsCodec.TryDecode(data, data.Length, into, out _))
            {
                accepted++;
                if (!(into.PercentTenths >= 50 && into.PercentTenths <= 100 && into.VolumeLevel <= 3 && into.AbsoluteSpm >= 120 && into.AbsoluteSpm <= 220))
                    throw new AssertFailedException($"accepted out of range: percent {into.PercentTenths}, volume {into.VolumeLevel}, absolute {into.AbsoluteSpm}");
            }

            var store = new MemoryBlockStore();
            store.Write(SettingsStore.SlotA, data, data.Length);
            var loaded = new PodSettings();
            var result = new SettingsStore(store).Load(loaded);
            if (!(result == SettingsLoadResult.Loaded || loaded.SameAs(new PodSettings())))
                throw new AssertFailedException($"load gave {result} with settings that are not the defaults");
        }

        Prop.ForAll(RandomRecords, DecodesSafely).Check(Cases(15000));
        Prop.ForAll(MutatedRecords, DecodesSafely).Check(Cases(15000));
        Assert.IsTrue(accepted < 100, $"{accepted} of 30,000 random and mutated records passed the CRC and the range checks");
    }

    // ---- the run-log ring: random runs, random corruption

    public sealed record LoggedRun(int[] MinuteCadences, int DurationS, int Steps, int InZonePercent);

    public sealed record Poke(int Slot, int Offset, byte Value);

    public sealed record LogCase(LoggedRun[] Runs, Poke[] Pokes)
    {
        public override string ToString() =>
            $"{Runs.Length} runs ({string.Join(", ", Runs.Select(r => $"{r.MinuteCadences.Length} min"))}), pokes [{string.Join(", ", Pokes.Select(p => $"slot {p.Slot} byte {p.Offset} = {p.Value}"))}]";
    }

    static readonly Arbitrary<LogCase> LogCases =
        Arb.From(from runs in ArrayOf(
             from minutes in ArrayOf(Gen.Choose(-10, 299), 0, 199)
             from duration in Gen.Choose(0, 99_999)
             from steps in Gen.Choose(0, 99_999)
             from zone in Gen.Choose(0, 100)
             select new LoggedRun(minutes, duration, steps, zone), 0, 79)
         from pokes in ArrayOf(
             from slot in Gen.Choose(RunLogLayout.FirstSlot, RunLogLayout.FirstSlot + RunLog.Capacity - 1)
             from offset in Gen.Choose(0, RunLogLayout.RecordBytes - 1)
             from value in AByte
             select new Poke(slot, offset, value), 0, 19)
         select new LogCase(runs, pokes),
            ShrinkLogCase);

    static IEnumerable<LogCase> ShrinkLogCase(LogCase c)
    {
        foreach (int n in Prefixes(c.Runs.Length)) yield return c with { Runs = c.Runs[..n] };
        foreach (int n in Prefixes(c.Pokes.Length)) yield return c with { Pokes = c.Pokes[..n] };
        foreach (var fewer in WithoutOne(c.Pokes)) yield return c with { Pokes = fewer };
        for (int i = 0; i < c.Runs.Length; i++)
            if (c.Runs[i].MinuteCadences.Length > 0)
            {
                var shorter = (LoggedRun[])c.Runs.Clone();
                shorter[i] = c.Runs[i] with { MinuteCadences = Array.Empty<int>() };
                yield return c with { Runs = shorter };
            }
    }

    static void DumpSurvives(LogCase c)
    {
        var store = new MemoryBlockStore();
        var log = new RunLog(store);
        foreach (var run in c.Runs)
        {
            log.BeginRun();
            foreach (int cadence in run.MinuteCadences) log.AddMinute(cadence);
            log.Append(new RunSummary { DurationS = run.DurationS, Steps = run.Steps, InZonePercent = run.InZonePercent });
        }

        foreach (var poke in c.Pokes) store.Poke(poke.Slot, poke.Offset, poke.Value);
        int dumped = new RunLog(store).Dump(new TextLog());
        if (dumped > Math.Min(c.Runs.Length, RunLog.Capacity)) throw new AssertFailedException($"{dumped} runs dumped");
    }

    [TestMethod]
    public void CorruptLogSlotsNeverBreakTheDump()
    {
        Prop.ForAll(LogCases, DumpSurvives).Check(Cases(50));
    }
}
