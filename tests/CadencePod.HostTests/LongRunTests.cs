using System;
using System.Linq;
using CadencePod.Core;
using CadencePod.Doubles;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Long runs. CI simulates CADENCEPOD_SOAK_HOURS hours (default 2) of running, walking and stops, with the firmware's
/// 32-bit µs clock starting 10 s before it wraps (and wrapping again every 71.6 min). The 24-hour soak is the same test
/// with CADENCEPOD_SOAK_HOURS=24 (docs/reliability.md).
/// </summary>
[TestClass]
public class LongRunTests
{
    static double Hours => double.TryParse(Environment.GetEnvironmentVariable("CADENCEPOD_SOAK_HOURS"), out var h) && h > 0 ? h : 2;

    static Trace MixedDay(double hours, int seed)
    {
        var sc = new Scenario { Name = $"soak-{hours}h", Seed = seed };
        var r = new Random(seed);
        double t = 0;
        while (t < hours * 3600)
        {
            sc.Segments.Add(new Segment(ActivityKind.Run, 600 + r.Next(1200), 168, 168));
            sc.Segments.Add(new Segment(ActivityKind.Still, 20 + r.Next(60)));
            sc.Segments.Add(new Segment(ActivityKind.Walk, 120 + r.Next(300), 105, 115));
            sc.Segments.Add(new Segment(ActivityKind.Still, 10 + r.Next(30)));
            t = sc.Segments.Sum(s => s.DurationS);
        }

        return SyntheticGenerator.Generate(sc, 100);
    }

    [TestMethod]
    public void HoursOfPacingKeepTheBeatGridExactAcrossClockWraps()
    {
        var trace = MixedDay(Hours, 5);
        var o = new SimulationOptions { ClockStartUs = (long)uint.MaxValue - 10_000_000 };
        o.ConfigureSettings = s => { s.TargetMode = TargetMode.Absolute; s.AbsoluteSpm = 168; };
        o.Presses.Add(CliArgs.ParsePress("up-long@5s"));
        var r = Simulation.Run(trace, o);
        int period = Time.PeriodUsFromSpm(168);

        // Every sounded beat lies on a grid of the exact period from the pacing (re)start before it.
        var beats = r.Tones.Where(t => t.EndUs - t.StartUs == Tunables.BeatDurationUs).Select(t => t.StartUs).ToArray();
        Assert.IsTrue(beats.Length > Hours * 3600 * 1.5, "beats " + beats.Length);
        int onGrid = 0, breaks = 0;
        for (int i = 1; i < beats.Length; i++)
        {
            long d = beats[i] - beats[i - 1];
            if (d % period == 0) onGrid++;
            else breaks++; // a pause and restart (a stop, or walking muted some beats then a new start)
        }

        Assert.IsTrue(onGrid > beats.Length * 0.98, $"{onGrid} of {beats.Length} intervals are whole periods ({breaks} restarts)");
        Assert.IsTrue(r.Seconds.All(s => double.IsNaN(s.CadenceSpm) == false && (s.CadenceSpm == 0 || (s.CadenceSpm >= 40 && s.CadenceSpm <= 250))));
        int trueSteps = trace.TrueStepsMs!.Length;
        Assert.IsTrue(Math.Abs(r.StepsMs.Count - trueSteps) < trueSteps * 0.005, $"steps {r.StepsMs.Count} of {trueSteps}");
        Assert.AreEqual(0, r.LostSamples);
    }

    [TestMethod]
    public void TheLoopAllocatesNothingOverAnHourOfPacing()
    {
        var trace = InstrumentCommands.TenMinuteRun(65);
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int n);
        PodLoop loop = null!;
        SimBeeper beeper = null!;
        long allocated = SteadyStateBytes.LeastOfTwoPasses(() =>
        {
            var clock = new VirtualClock();
            // The firmware's MPU-6050 driver on the simulated chip: the driver's reads count too.
            var sensor = new VirtualSensor(clock, 100);
            Assert.IsTrue(sensor.Driver.Initialize(new VirtualDelay(clock)));
            sensor.Chip.Source = new TraceSampleSource(new ArraySamples(xyz, n));
            beeper = new SimBeeper(clock);
            var buttons = new ScriptedButtons(clock);
            var press = CliArgs.ParsePress("up-long@5s");
            buttons.Add(press.Mask, press.AtUs, press.HoldUs);
            loop = new PodLoop(clock, sensor.Driver, beeper, buttons, new MemoryBlockStore(), new SimBattery(), new SimPower(), new EventLog());
            loop.Boot();
            loop.Controller.Settings.TargetMode = TargetMode.Absolute;
            long before = 0;
            long endUs = (long)(trace.DurationMs * 1000);
            var driver = new Lockstep(clock, loop);
            while (clock.NowUs64 < endUs)
            {
                if (before == 0 && clock.NowUs64 > 300 * 1_000_000L) before = GC.GetAllocatedBytesForCurrentThread();
                driver.Step(endUs);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        Assert.AreEqual(PodState.Pacing, loop.Controller.State);
        Assert.IsTrue(beeper.Starts > 9000, "beats " + beeper.Starts);
        // Once a minute the run log keeps a cadence value in its preallocated buffer: no allocation at all.
        Assert.AreEqual(0, allocated, "bytes allocated by the loop after warm-up, least of two passes");
    }
}
