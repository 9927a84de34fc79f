using System;
using System.Collections.Generic;
using System.IO;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Doubles;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>
/// Builds a virtual board around a recording — the doubles the unit tests use (tests/CadencePod.Doubles), the recording in
/// the register-level MPU-6050 — boots it with the firmware's own boot sequence and runs the device's <see cref="PodLoop"/>
/// over it with the one lockstep driver (<see cref="Lockstep"/>): the clock jumps straight to the time the loop asks to
/// run next. The simulator adds what only it needs: the files, the recorders, the faults, the per-second record.
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

    /// <summary>The virtual board: board rev1's revision (BoardRev1 is compiled in), the chip on the virtual clock.</summary>
    static BoardDouble Board(VirtualClock clock, VirtualSensor sensor, int rateHz)
    {
        return new BoardDouble(clock, sensor.Chip) { BoardRevision = CadencePod.Device.Board.BoardRev1.Revision, RateHz = rateHz };
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
        var board = Board(clock, sensor, options.SampleRateHz);
        var tones = new ToneRecorder();
        board.SimBeeper.Sink = tones;
        IBlockStore store = options.StoreFolder != null ? new FileBlockStore(options.StoreFolder) : board.Memory;
        board.Memory.FailWrites = options.StorageFails;
        board.Store = store;
        if (options.Battery != null) board.BatteryPart = options.Battery;
        var events = new EventRecorder(clock);
        board.EventSink = events;
        TextLog? serial = null;
        if (options.SerialCapture)
        {
            serial = new TextLog();
            foreach (var line in SerialConsole.Esp32RomBoot) serial.WriteLine(line);
            events.Serial = new EventLines(serial);
        }

        board.ConsoleOut = serial;

        // The firmware's own boot sequence (Core's PodBoot), as the head runs it: the sensor's reset takes 110 ms of
        // virtual time, the banner goes to the serial console, the loop boots with the settings the flash holds.
        var boot = PodBoot.Start(board);
        var loop = boot.Loop ?? throw new InvalidOperationException("the virtual board booted into " + boot.Mode);
        foreach (var p in options.Presses) board.ScriptedButtons.Add(p.Mask, p.AtUs + startUs, p.HoldUs); // after the boot: none is "held at power-on"
        events.StateOf = () => loop.Controller.State;
        if (options.Ble is { } ble)
        {
            loop.AttachBle(ble);
            ble.NowUs = () => clock.NowUs64 - startUs;
            ble.PodState = () => (loop.Runner.CadenceSpm, (int)loop.Runner.Motion);
        }

        if (options.ConfigureSettings != null)
        {
            // The settings are the one copy every part reads; the controller's own rule applies the rest (as at a boot).
            options.ConfigureSettings(loop.Controller.Settings);
            loop.Controller.OnSettingsEdited();
        }

        options.AfterBoot?.Invoke(loop.Controller, clock.NowUs());

        // The pod's sample 0 is the chip's first sample after the boot (the first ≈ 11 fell in the boot's waits).
        long firstSample = sensor.Chip.NextSampleIndex;
        int rate = boot.Sensor.SampleRateHz;
        double actualRateHz = sensor.Chip.ActualRateHz();
        sensor.Chip.Source = new TraceSampleSource(samplesAt(actualRateHz));

        var result = new SimulationResult { Recording = recording, Tones = tones.Tones, Events = events.Events, Settings = loop.Controller.Settings, SampleRateHz = rate };
        double[] truth = recording.TrueStepsMs ?? Array.Empty<double>();
        long endUs = startUs + (long)Math.Round(recording.DurationMs * 1000.0);
        // The pod is read at every whole second of the recording's time base (t_ms = 1000, 2000, … for a recording that
        // starts at 0), so the cadence file, the steps file and the reference share one time axis.
        int second = (int)Math.Floor(recording.StartMs / 1000.0) + 1;
        long SecondUs(int s) => startUs + (long)Math.Round((s * 1000.0 - recording.StartMs) * 1000.0);
        long nextSecondUs = SecondUs(second);
        result.Seconds.Capacity = (int)Math.Min(int.MaxValue / 2, Math.Max(0, recording.DurationMs / 1000 + 2));
        var driver = new Lockstep(clock, loop);
        int beatsBefore = 0;
        int lastProgress = -1;
        while (clock.NowUs64 < endUs && !board.SimPower.ShutDown)
        {
            if (options.BatteryMillivoltsAt != null) board.SimBattery.Millivolts = options.BatteryMillivoltsAt(clock.NowUs64 - startUs);
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

            driver.Advance(next, Math.Min(nextSecondUs, endUs)); // sample the pod exactly at every whole second
            int pct = (int)(100 * (clock.NowUs64 - startUs) / Math.Max(1, endUs - startUs));
            if (pct != lastProgress)
            {
                lastProgress = pct;
                progress?.Invoke(pct / 100.0);
            }
        }

        board.SimBeeper.Stop();
        result.StepsMs.Capacity = events.StepSamples.Count;
        foreach (int k in events.StepSamples)
            result.StepsMs.Add(recording.StartMs + (k + firstSample) * 1000.0 / actualRateHz); // the chip's sample k was taken at k / its real rate
        result.BeatsPlayed = loop.Tones.BeatsPlayed;
        result.BeatsSkipped = loop.Tones.BeatsSkipped;
        result.LostSamples = loop.Health.LostSamples;
        if (serial != null)
        {
            // Power up again with Mode held, as a maker does to read the log: the boot sequence boots the loop, then dumps.
            foreach (var line in SerialConsole.Esp32RomBoot) serial.WriteLine(line);
            var still = new VirtualSensor(clock, options.SampleRateHz, options.OdrErrorPercent);
            still.Chip.Source = new TraceSampleSource(StillOnADesk(rate, SerialAfterDumpS + 5));
            var desk = Board(clock, still, options.SampleRateHz);
            desk.Store = store;
            desk.EventSink = new EventRecorder(clock) { Serial = new EventLines(serial) };
            desk.ConsoleOut = serial;
            desk.ScriptedButtons.Add(4, clock.NowUs64, 200_000); // Mode held at power-on
            var pod = PodBoot.Start(desk).Loop!;
            // … and the pod goes on running on the desk while the capture continues: its event lines follow the dump.
            new Lockstep(clock, pod).RunFor(SerialAfterDumpS * 1_000_000L);
            result.Serial = new List<string>(serial.Count);
            for (int i = 0; i < serial.Count; i++) result.Serial.Add(serial.Line(i));
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
        var console = new SerialWriter(output);
        var board = Board(clock, sensor, options.SampleRateHz);
        board.ScriptedButtons.Add(2, clock.NowUs64, 1_000_000); // Down held at power-on
        board.EventSink = new EventLines(console);
        board.ConsoleOut = console;
        var boot = PodBoot.Start(board);
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
        var runner = loop.Runner;
        double t = second * 1000.0;
        return new SecondRecord(
            second,
            runner.CadenceSpm,
            Score.ReferenceAt(truth, t) ?? double.NaN,
            (int)runner.Motion,
            c.State,
            c.Target.TargetSpm,
            c.Target.BaselineSpm,
            c.Pacing.IsPacing ? c.Pacing.TempoDeciSpm / 10.0 : 0,
            c.Pacing.Mode,
            c.Pacing.IsPacing && c.Pacing.InZone,
            runner.TotalSteps,
            beats);
    }
}
