using System;
using System.Collections.Generic;
using System.IO;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>One second of the simulated run, sampled at each whole second of virtual time.</summary>
/// <summary>One second of the simulated run, sampled at each whole second of the recording's time base (t_ms = 1000 ·
/// Second). Beats: metronome beats that sounded during the second before it.</summary>
public readonly record struct SecondRecord(
    int Second, double CadenceSpm, double ReferenceSpm, int Motion, PodState State, int TargetSpm, int BaselineSpm,
    double TempoSpm, CueMode Mode, bool InZone, int Steps, int Beats = 0);

/// <summary>The recording a simulation ran over: its name, time base and ground truth (held, never its samples).</summary>
public sealed class Recording
{
    public required string Name { get; init; }
    /// <summary>Time of the first sample (ms, the recording's own time base).</summary>
    public double StartMs { get; init; }
    public double DurationMs { get; init; }
    public double[]? TrueStepsMs { get; init; }

    public static Recording Of(Trace t) => new() { Name = t.Name, StartMs = t.TimeMs[0], DurationMs = t.DurationMs, TrueStepsMs = t.TrueStepsMs };
    public static Recording Of(TraceInfo t) => new() { Name = t.Name, StartMs = t.StartMs, DurationMs = t.DurationMs, TrueStepsMs = t.TrueStepsMs };
}

/// <summary>What a simulated run produced.</summary>
public sealed class SimulationResult
{
    public required Recording Recording { get; init; }
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
    /// <summary>The serial console, when <see cref="SimulationOptions.SerialCapture"/> asked for it.</summary>
    public List<string>? Serial { get; set; }
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

    /// <summary>Record the serial console (boot, events, and a run-log dump at a power-up with Mode held after the run).</summary>
    public bool SerialCapture { get; set; }

    /// <summary>Windows in which every storage write fails (flash full or read-only).</summary>
    public bool StorageFails { get; set; }

    /// <summary>A virtual Bluetooth LE link to attach to the pod (its centrals act from <see cref="OnTick"/>); null: no Bluetooth.</summary>
    public Ble.VirtualBleLink? Ble { get; set; }

    /// <summary>Called before every loop iteration with the time since the start (µs): scripted centrals act here.</summary>
    public Action<long, PodLoop>? OnTick { get; set; }

    /// <summary>The battery reading instead of the simulated cell (e.g. the firmware's gauge over an ADC double).</summary>
    public IBattery? Battery { get; set; }
}

/// <summary>
/// Builds a virtual board around a recording and runs the device's own <see cref="PodLoop"/> over it in lockstep
/// virtual time: the clock jumps straight to the time the loop asks to run next.
/// </summary>
public static class Simulation
{
    /// <summary>Seconds of serial console recorded after the run-log dump (the pod keeps running on the desk).</summary>
    public const int SerialAfterDumpS = 45;

    /// <summary>A recording held in memory.</summary>
    public static SimulationResult Run(Trace trace, SimulationOptions options, Action<double>? progress = null) =>
        Run(Recording.Of(trace), rateHz =>
        {
            var xyz = SensorEmulator.Emulate(trace, rateHz, SensorEmulator.CountsPerGAt8G, out int n);
            return new ArraySamples(xyz, n);
        }, options, progress);

    /// <summary>A checked recording streamed from its file: memory does not grow with its length.</summary>
    public static SimulationResult Run(TraceInfo info, SimulationOptions options, Action<double>? progress = null)
    {
        using var reader = TraceReader.Open(info);
        return Run(Recording.Of(info), rateHz => new StreamedSamples(reader, info.StartMs, info.DurationMs, rateHz, SensorEmulator.CountsPerGAt8G), options, progress);
    }

    /// <summary>The run itself; <paramref name="samplesAt"/> emulates the sensor at the rate it really samples at.</summary>
    public static SimulationResult Run(Recording recording, Func<double, SensorSamples> samplesAt, SimulationOptions options, Action<double>? progress = null)
    {
        var wall = System.Diagnostics.Stopwatch.StartNew();
        var clock = new VirtualClock { NowUs64 = options.ClockStartUs };
        long startUs = options.ClockStartUs;
        // The chip takes its sample k at k / (its real rate) after startUs.
        var sensor = new VirtualSensor(clock, options.SampleRateHz, options.OdrErrorPercent);
        sensor.Faults.AddRange(options.Faults);
        var beeper = new SimBeeper(clock);
        var buttons = new ScriptedButtons(clock); // the presses are added after the boot, so none is "held at power-on"
        IBlockStore store = options.StoreFolder != null ? new FileBlockStore(options.StoreFolder) : new MemoryBlockStore { FailWrites = options.StorageFails };
        var battery = new SimBattery();
        var power = new SimPower();
        var events = new EventRecorder(clock);
        List<string>? serial = options.SerialCapture ? new List<string>(SerialConsole.Esp32RomBoot) : null;
        events.Serial = serial;

        // The firmware's own boot sequence (Core's PodBoot), as the head runs it: the sensor's reset takes 110 ms of
        // virtual time, the banner goes to the serial console, the loop boots.
        var boot = PodBoot.Start(new VirtualPodBoard(clock, sensor, beeper, buttons, store, options.Battery ?? battery, power, events,
            serial != null ? new SerialConsole.Lines(serial) : null, options.SampleRateHz));
        var loop = boot.Loop ?? throw new InvalidOperationException("the virtual board booted into " + boot.Mode);
        foreach (var p in options.Presses) buttons.Presses.Add(p with { AtUs = p.AtUs + startUs });
        events.StateOf = () => loop.Controller.State;
        if (options.Ble is { } ble)
        {
            loop.AttachBle(ble);
            ble.NowUs = () => clock.NowUs64 - startUs;
            ble.PodState = () => (loop.Engine.CadenceSpm, (int)loop.Engine.Motion);
        }

        // The pod's sample 0 is the chip's first sample after the boot (the first ≈ 11 fell in the boot's waits).
        long firstSample = sensor.Chip.NextSampleIndex;
        int rate = boot.Sensor.SampleRateHz;
        double actualRateHz = sensor.Chip.ActualRateHz();
        sensor.Chip.Source = new TraceSampleSource(samplesAt(actualRateHz));

        if (options.ConfigureSettings != null)
        {
            var c = loop.Controller;
            options.ConfigureSettings(c.Settings);
            c.ApplySettings();
            // A boot never resumes a silent probe; a replay that asks for one (--mode probe) starts it.
            if (c.Settings.CueMode == CueMode.SilentProbe) c.Pacing.SetMode(CueMode.SilentProbe, c.Plan.CompletedRuns);
        }

        var result = new SimulationResult { Recording = recording, Tones = beeper.Tones, Events = events.Events, Settings = loop.Controller.Settings, SampleRateHz = rate };
        double[] truth = recording.TrueStepsMs ?? Array.Empty<double>();
        long endUs = startUs + (long)Math.Round(recording.DurationMs * 1000.0);
        // The pod is read at every whole second of the recording's time base (t_ms = 1000, 2000, … for a recording that
        // starts at 0), so the cadence file, the steps file and the reference share one time axis.
        int second = (int)Math.Floor(recording.StartMs / 1000.0) + 1;
        long SecondUs(int s) => startUs + (long)Math.Round((s * 1000.0 - recording.StartMs) * 1000.0);
        long nextSecondUs = SecondUs(second);
        result.Seconds.Capacity = (int)Math.Min(int.MaxValue / 2, Math.Max(0, recording.DurationMs / 1000 + 2));
        int beatsBefore = 0;
        int lastProgress = -1;
        while (clock.NowUs64 < endUs && !power.ShutDown)
        {
            if (options.BatteryMillivoltsAt != null) battery.Millivolts = options.BatteryMillivoltsAt(clock.NowUs64 - startUs);
            sensor.ApplyFaults(clock.NowUs64);
            long stallEnd = StallEnd(options, clock.NowUs64 - startUs);
            if (stallEnd > 0)
            {
                clock.NowUs64 = Math.Min(startUs + stallEnd, endUs);
                continue;
            }

            options.OnTick?.Invoke(clock.NowUs64 - startUs, loop);
            uint next = loop.Poll();
            while (clock.NowUs64 >= nextSecondUs && nextSecondUs <= endUs)
            {
                int beats = loop.Tones.BeatsPlayed;
                result.Seconds.Add(Record(second, loop, truth, beats - beatsBefore));
                beatsBefore = beats;
                second++;
                nextSecondUs = SecondUs(second);
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
        result.StepsMs.Capacity = events.StepSamples.Count;
        foreach (int k in events.StepSamples)
            result.StepsMs.Add(recording.StartMs + (k + firstSample) * 1000.0 / actualRateHz); // the chip's sample k was taken at k / its real rate
        result.BeatsPlayed = loop.Tones.BeatsPlayed;
        result.BeatsSkipped = loop.Tones.BeatsSkipped;
        result.LostSamples = loop.LostSamples;
        result.LastRun = loop.Controller.Pacing.Summary;
        if (options.SerialCapture)
        {
            // Power up again with Mode held, as a maker does to read the log: the boot sequence boots the loop, then dumps.
            serial!.AddRange(SerialConsole.Esp32RomBoot);
            var again = new EventRecorder(clock) { Serial = serial };
            var still = new VirtualSensor(clock, options.SampleRateHz, options.OdrErrorPercent);
            still.Chip.Source = new TraceSampleSource(StillOnADesk(rate, SerialAfterDumpS + 5));
            var held = new ScriptedButtons(clock);
            held.Presses.Add(new ScriptedPress(4, clock.NowUs64, 200_000, "mode held at power-on"));
            var pod = PodBoot.Start(new VirtualPodBoard(clock, still, new SimBeeper(clock), held, store, new SimBattery(), new SimPower(), again,
                new SerialConsole.Lines(serial), options.SampleRateHz)).Loop!;
            // … and the pod goes on running on the desk while the capture continues: its event lines follow the dump.
            long until = clock.NowUs64 + SerialAfterDumpS * 1_000_000L;
            while (clock.NowUs64 < until)
            {
                uint next = pod.Poll();
                clock.NowUs64 = Math.Min(until, Math.Max(clock.NowUs64 + 1, clock.NowUs64 + Time.DiffUs(next, clock.NowUs())));
            }

            result.Serial = serial;
        }

        result.WallSeconds = wall.Elapsed.TotalSeconds;
        return result;
    }

    /// <summary>
    /// Record mode on the virtual board: the pod powers up with Down held, the boot sequence chooses record mode, and the
    /// firmware's TraceRecorder writes the accelerometer to the serial console while the runner moves as in the
    /// recording. What the console carries (the ROM's garbled boot lines, the banner, the trace) goes to output as it
    /// comes, so any length fits; <c>replay</c> reads it unchanged. Returns the samples recorded.
    /// </summary>
    public static long Record(Recording recording, Func<double, SensorSamples> samplesAt, SimulationOptions options, TextWriter output)
    {
        var clock = new VirtualClock { NowUs64 = options.ClockStartUs };
        var sensor = new VirtualSensor(clock, options.SampleRateHz, options.OdrErrorPercent);
        sensor.Faults.AddRange(options.Faults);
        foreach (var line in SerialConsole.Esp32RomBoot) output.WriteLine(line);
        var console = new SerialConsole.Writer(output);
        var held = new ScriptedButtons(clock);
        held.Presses.Add(new ScriptedPress(2, clock.NowUs64, 1_000_000, "down held at power-on"));
        var boot = PodBoot.Start(new VirtualPodBoard(clock, sensor, new SimBeeper(clock), held, new MemoryBlockStore(), new SimBattery(), new SimPower(),
            new SerialLines(console), console, options.SampleRateHz));
        if (boot.Mode != BootMode.Record) throw new InvalidOperationException("the virtual board booted into " + boot.Mode);
        sensor.Chip.Source = new TraceSampleSource(samplesAt(sensor.Chip.ActualRateHz()));
        var recorder = new TraceRecorder(boot.Sensor, console);
        recorder.Begin(CadencePod.Device.Board.BoardRev1.Revision);
        long endUs = options.ClockStartUs + (long)Math.Round(recording.DurationMs * 1000.0);
        while (clock.NowUs64 < endUs)
        {
            clock.NowUs64 = Math.Min(endUs, clock.NowUs64 + TraceRecorder.DrainIntervalMs * 1000L);
            sensor.ApplyFaults(clock.NowUs64);
            recorder.Pump();
        }

        return recorder.SampleIndex;
    }

    /// <summary>Event lines as the head prints them (SerialEvents), onto a console.</summary>
    sealed class SerialLines(ITextOut console) : IPodEvents
    {
        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            if (kind is PodEvent.Beat or PodEvent.Step or PodEvent.Button) return;
            console.WriteLine(SerialConsole.EventLine(nowUs, kind, value));
        }
    }

    /// <summary>A pod lying still: 1 g on z with a few counts of sensor noise (bit-identical samples would be a stuck sensor).</summary>
    static ArraySamples StillOnADesk(int rateHz, int seconds)
    {
        var rng = new Random(5);
        int n = rateHz * seconds;
        var xyz = new short[3 * n];
        for (int k = 0; k < n; k++)
        {
            xyz[3 * k] = (short)rng.Next(-3, 4);
            xyz[3 * k + 1] = (short)rng.Next(-3, 4);
            xyz[3 * k + 2] = (short)(SensorEmulator.CountsPerGAt8G + rng.Next(-3, 4));
        }

        return new ArraySamples(xyz, n);
    }

    static long StallEnd(SimulationOptions o, long t)
    {
        foreach (var (from, to) in o.LoopStalls)
            if (t >= from && t < to) return to;
        return 0;
    }

    static SecondRecord Record(int second, PodLoop loop, double[] truth, int beats)
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
            loop.Engine.TotalSteps,
            beats);
    }
}
