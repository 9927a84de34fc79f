using System;
using System.Collections.Generic;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>One second of the simulated run, sampled at each whole second of virtual time.</summary>
public readonly record struct SecondRecord(
    int Second, double CadenceSpm, double ReferenceSpm, int Motion, PodState State, int TargetSpm, int BaselineSpm,
    double TempoSpm, CueMode Mode, bool InZone, int Steps);

/// <summary>What a simulated run produced.</summary>
public sealed class SimulationResult
{
    public required Trace Trace { get; init; }
    public List<SecondRecord> Seconds { get; } = new();
    public List<double> StepsMs { get; } = new();
    public List<ToneRecord> Tones { get; init; } = new();
    public List<EventRecord> Events { get; init; } = new();
    public int BeatsPlayed { get; set; }
    public int BeatsSkipped { get; set; }
    public int LostSamples { get; set; }
    public RunSummary? LastRun { get; set; }
    public PodSettings Settings { get; init; } = new();
    public double WallSeconds { get; set; }
    public int SampleRateHz { get; init; }
}

/// <summary>Options of one simulated run.</summary>
public sealed class SimulationOptions
{
    public int SampleRateHz { get; set; } = SensorEmulator.DefaultSampleRateHz;
    /// <summary>The virtual sensor's real output data rate differs from SampleRateHz by this (percent): an MPU on its
    /// internal oscillator is only ≈ ±5 % (device-limits.md). The pod still believes SampleRateHz.</summary>
    public double OdrErrorPercent { get; set; }
    public List<ScriptedPress> Presses { get; } = new();
    public List<SensorFault> Faults { get; } = new();
    /// <summary>Applied to the settings after they load (before the run starts): --target, --mode.</summary>
    public Action<PodSettings>? ConfigureSettings { get; set; }
    /// <summary>Folder of the settings and log files; null keeps them in memory.</summary>
    public string? StoreFolder { get; set; }
    public Func<long, int>? BatteryMillivoltsAt { get; set; }
    /// <summary>Starting value of the firmware's 32-bit µs clock (to test the 71-minute wrap).</summary>
    public long ClockStartUs { get; set; }

    /// <summary>Windows (µs from the start) in which the loop is not run at all: a stalled CPU, so the FIFO overflows.</summary>
    public List<(long FromUs, long ToUs)> LoopStalls { get; } = new();

    /// <summary>Windows in which every storage write fails (flash full or read-only).</summary>
    public bool StorageFails { get; set; }
}

/// <summary>
/// Builds a virtual board around a recording and runs the device's own <see cref="PodLoop"/> over it in lockstep
/// virtual time: the clock jumps straight to the time the loop asks to run next.
/// </summary>
public static class Simulation
{
    public static SimulationResult Run(Trace trace, SimulationOptions options, Action<double>? progress = null)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        int rate = options.SampleRateHz;
        double actualRateHz = rate * (1.0 + options.OdrErrorPercent / 100.0);
        var xyz = SensorEmulator.Emulate(trace, actualRateHz, SensorEmulator.CountsPerGAt8G, out int n);
        var clock = new VirtualClock { NowUs64 = options.ClockStartUs };
        long startUs = options.ClockStartUs;
        var accel = new SimAccel(clock, xyz, n, rate, SensorEmulator.CountsPerGAt8G, startUs) { ActualRateHz = actualRateHz };
        accel.Faults.AddRange(options.Faults);
        var beeper = new SimBeeper(clock);
        var buttons = new ScriptedButtons(clock);
        foreach (var p in options.Presses) buttons.Presses.Add(p with { AtUs = p.AtUs + startUs });
        IBlockStore store = options.StoreFolder != null ? new FileBlockStore(options.StoreFolder) : new MemoryBlockStore { FailWrites = options.StorageFails };
        var battery = new SimBattery();
        var power = new SimPower();
        var events = new EventRecorder(clock);
        var loop = new PodLoop(clock, accel, beeper, buttons, store, battery, power, events);
        events.StateOf = () => loop.Controller.State;
        loop.Boot();
        if (options.ConfigureSettings != null)
        {
            var c = loop.Controller;
            options.ConfigureSettings(c.Settings);
            c.ApplySettings();
            // A boot never resumes a silent probe; a replay that asks for one (--mode probe) starts it.
            if (c.Settings.CueMode == CueMode.SilentProbe) c.Pacing.SetMode(CueMode.SilentProbe, c.Plan.CompletedRuns);
        }

        var result = new SimulationResult { Trace = trace, Tones = beeper.Tones, Events = events.Events, Settings = loop.Controller.Settings, SampleRateHz = rate };
        double[] truth = trace.TrueStepsMs ?? Array.Empty<double>();
        long endUs = startUs + (long)Math.Round(trace.DurationMs * 1000.0);
        long nextSecondUs = startUs + 1_000_000;
        int second = 1;
        int lastProgress = -1;
        while (clock.NowUs64 < endUs && !power.ShutDown)
        {
            if (options.BatteryMillivoltsAt != null) battery.Millivolts = options.BatteryMillivoltsAt(clock.NowUs64 - startUs);
            long stallEnd = StallEnd(options, clock.NowUs64 - startUs);
            if (stallEnd > 0)
            {
                clock.NowUs64 = Math.Min(startUs + stallEnd, endUs);
                continue;
            }

            uint next = loop.Poll();
            while (clock.NowUs64 >= nextSecondUs && nextSecondUs <= endUs)
            {
                result.Seconds.Add(Record(second, loop, truth));
                second++;
                nextSecondUs += 1_000_000;
            }

            long nextUs = clock.NowUs64 + Time.DiffUs(next, clock.NowUs());
            if (nextUs <= clock.NowUs64) nextUs = clock.NowUs64 + 1;
            if (nextUs > nextSecondUs) nextUs = nextSecondUs; // sample the pod exactly at every whole second
            clock.NowUs64 = Math.Min(nextUs, endUs);
            int pct = (int)(100 * (clock.NowUs64 - startUs) / Math.Max(1, endUs - startUs));
            if (pct != lastProgress)
            {
                lastProgress = pct;
                progress?.Invoke(pct / 100.0);
            }
        }

        beeper.Stop();
        foreach (var e in events.Events)
            if (e.Kind == PodEvent.Step) result.StepsMs.Add(trace.TimeMs[0] + e.Value * 1000.0 / actualRateHz); // sample k was sampled at k / the real rate
        result.BeatsPlayed = loop.Tones.BeatsPlayed;
        result.BeatsSkipped = loop.Tones.BeatsSkipped;
        result.LostSamples = accel.TotalLost;
        result.LastRun = loop.Controller.Pacing.Summary;
        result.WallSeconds = wall.Elapsed.TotalSeconds;
        return result;
    }

    static long StallEnd(SimulationOptions o, long t)
    {
        foreach (var (from, to) in o.LoopStalls)
            if (t >= from && t < to) return to;
        return 0;
    }

    static SecondRecord Record(int second, PodLoop loop, double[] truth)
    {
        var c = loop.Controller;
        double t = second * 1000.0;
        return new SecondRecord(
            second,
            loop.Engine.CadenceSpm,
            Score.ReferenceAt(truth, t) ?? double.NaN,
            (int)loop.Engine.Motion,
            c.State,
            c.Target.TargetSpm,
            c.Target.BaselineSpm,
            c.Pacing.IsPacing ? c.Pacing.TempoDeciSpm / 10.0 : 0,
            c.Pacing.Mode,
            c.Pacing.IsPacing && c.Pacing.InZone,
            loop.Engine.TotalSteps);
    }
}
