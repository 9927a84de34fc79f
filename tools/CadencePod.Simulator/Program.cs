using System;
using System.CommandLine;
using System.IO;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;

namespace CadencePod.Simulator;

public static class Program
{
    public static int Main(string[] args) => Guard(() =>
    {
        var parsed = BuildCli().Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"error: {parsed.Errors[0].Message} (see --help)");
            return 2;
        }

        return parsed.Invoke();
    });

    /// <summary>
    /// User mistakes become one line and exit code 2; System.CommandLine would print a stack trace. Anything else is a
    /// bug in the simulator: one line too, exit code 1 (the property test in CliPropertyTests looks for those).
    /// </summary>
    static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception e) when (e is UsageException or TraceFormatException or IOException or UnauthorizedAccessException)
        {
            Console.Out.Flush();
            Console.Error.WriteLine($"error: {OneLine(e.Message)}");
            return 2;
        }
        catch (Exception e)
        {
            Console.Out.Flush();
            Console.Error.WriteLine($"internal error (a bug, please report it): {e.GetType().Name}: {OneLine(e.Message)}");
            return 1;
        }
    }

    static string OneLine(string s) => s.Replace("\r", " ").Replace("\n", " ");

    static string Help(string text, NumberRange r) => $"{text} [{r.Text}]";

    public static RootCommand BuildCli()
    {
        var minutes = new Option<double>("--minutes") { Description = Help("Length of the demo run (minutes).", Ranges.DemoMinutes), DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the generated runner's noise and step timing (the stretches and presses stay the same).", DefaultValueFactory = _ => 7 };
        var outDir = new Option<string>("--out") { Description = "Report folder.", DefaultValueFactory = _ => Path.Combine("reports", "demo") };
        var quiet = new Option<bool>("--quiet") { Description = "Plain output: no progress bar or table." };
        var pod = new Option<string>("--pod") { Description = "Folder that keeps the virtual pod's flash (settings, run log) from one run to the next." };
        var root = new RootCommand("CadencePod on a PC. With no command: the demo — a generated run of about 20 minutes through the pod's own loop on a virtual board, with a summary and a report (chart, WAV of the piezo, events).")
        {
            minutes, seed, outDir, quiet, pod,
        };
        root.SetAction(r => Guard(() => RunCommands.Demo(r.GetValue(minutes), r.GetValue(seed), r.GetValue(outDir)!, r.GetValue(quiet), r.GetValue(pod))));

        // replay
        var trace = new Argument<string>("trace") { Description = "Recording in the trace format (t_ms,ax,ay,az; time in ms, acceleration in g)." };
        var press = new Option<string[]>("--press") { Description = "Scripted press BUTTON[-long|-hold]@TIME, e.g. up@60s, up-long@5m, both@300s, both-long@10m (repeatable; within the recording).", AllowMultipleArgumentsPerToken = false };
        var target = new Option<string>("--target") { Description = $"Target: {Ranges.TargetAbsoluteSpm.Min:0} … {Ranges.TargetAbsoluteSpm.Max:0} (absolute spm) or +{Ranges.TargetPercent.Min:0.#}% … +{Ranges.TargetPercent.Max:0.#}% (relative to the baseline, {Ranges.TargetPercentStep:0.#} % steps)." };
        var mode = new Option<string>("--mode") { Description = "Cue mode: every-step, every-second-step, off-target, faded, probe." };
        var baseline = new Option<int?>("--baseline") { Description = Help("Baseline cadence set by hand (spm).", Ranges.BaselineSpm) };
        var phaseLock = new Option<bool>("--phase-lock") { Description = "Align beats with predicted footfalls." };
        var rate = new Option<int>("--rate") { Description = Help("Sensor output data rate (Hz).", Ranges.RateHz), DefaultValueFactory = _ => 100 };
        var odrError = new Option<double>("--odr-error") { Description = Help("The virtual sensor's real rate is off by this (percent, e.g. -4): an MPU on its internal oscillator. The pod measures and corrects it.", Ranges.OdrErrorPercent) };
        var units = new Option<string>("--units") { Description = "Unit of the acceleration columns: g (the trace format) or m/s2 (converted).", DefaultValueFactory = _ => "g" };
        var stepsOut = new Option<string>("--steps-out") { Description = "Write detected steps (step_ms)." };
        var cadenceOut = new Option<string>("--cadence-out") { Description = "Write the live cadence each second (t_ms,cadence_spm)." };
        var report = new Option<string>("--report") { Description = "Write a report folder (chart, WAV, events)." };
        var replay = new Command("replay", "Replay a recording through the pod (sensor emulation: resample, quantise to ±8 g counts, clip). The recording is streamed: any length fits in memory.")
        {
            trace, press, target, mode, baseline, phaseLock, rate, odrError, units, stepsOut, cadenceOut, report, pod, quiet,
        };
        replay.SetAction(r => Guard(() => RunCommands.Replay(r.GetValue(trace)!, new RunCommands.ReplayArgs
        {
            Presses = r.GetValue(press) ?? Array.Empty<string>(),
            Target = r.GetValue(target),
            Mode = r.GetValue(mode),
            BaselineSpm = r.GetValue(baseline),
            PhaseLock = r.GetValue(phaseLock),
            RateHz = r.GetValue(rate),
            OdrErrorPercent = r.GetValue(odrError),
            Units = r.GetValue(units),
            StepsOut = r.GetValue(stepsOut),
            CadenceOut = r.GetValue(cadenceOut),
            ReportDir = r.GetValue(report),
            PodDir = r.GetValue(pod),
            Quiet = r.GetValue(quiet),
        })));
        root.Subcommands.Add(replay);

        // evaluate
        var folder = new Argument<string>("folder") { Description = "Folder of recordings: NAME.csv + NAME.steps.csv (+ manifest.csv)." };
        var csv = new Option<string>("--csv") { Description = "Also write the table as CSV." };
        var json = new Option<string>("--json") { Description = "Also write the table as JSON." };
        var totalsOnly = new Option<bool>("--totals-only") { Description = "Print only the per-group table." };
        var evalRate = new Option<int>("--rate") { Description = Help("Sensor output data rate (Hz).", Ranges.RateHz), DefaultValueFactory = _ => 100 };
        var evaluate = new Command("evaluate", "Score the cadence engine on a folder of recordings, per recording and per group.") { folder, evalRate, csv, json, totalsOnly };
        evaluate.SetAction(r => Guard(() => DataCommands.Evaluate(r.GetValue(folder)!, r.GetValue(evalRate), r.GetValue(csv), r.GetValue(json), !r.GetValue(totalsOnly))));
        root.Subcommands.Add(evaluate);

        // generate
        var genOut = new Option<string>("--out") { Description = "Output folder.", DefaultValueFactory = _ => Path.Combine("out", "synthetic") };
        var genRate = new Option<int>("--rate") { Description = Help("Sample rate of the generated traces (Hz).", Ranges.RateHz), DefaultValueFactory = _ => 100 };
        var set = new Option<string>("--set") { Description = "standard (the evaluation set), population (120 random runners and walkers) or demo.", DefaultValueFactory = _ => "standard" };
        var generate = new Command("generate", "Write the seeded synthetic traces with ground truth.") { genOut, genRate, set };
        generate.SetAction(r => Guard(() => DataCommands.Generate(r.GetValue(genOut)!, r.GetValue(genRate), r.GetValue(set)!)));
        root.Subcommands.Add(generate);

        // cost
        var costTrace = new Argument<string?>("trace") { Description = $"Recording to measure on, at most {Ranges.CostMinutes.Max:0} minutes (default: a seeded 10-minute running trace).", Arity = ArgumentArity.ZeroOrOne };
        var costRate = new Option<int>("--rate") { Description = Help("Sensor output data rate (Hz).", Ranges.RateHz), DefaultValueFactory = _ => 100 };
        var costMinutes = new Option<double>("--minutes") { Description = Help("Length of the generated trace (minutes).", Ranges.CostMinutes), DefaultValueFactory = _ => 10 };
        var costUnits = new Option<string>("--units") { Description = "Unit of the recording's acceleration columns: g or m/s2.", DefaultValueFactory = _ => "g" };
        var cost = new Command("cost", "IL instructions executed and bytes allocated per sample and per beat (instruments the compiled Core assembly).") { costTrace, costRate, costMinutes, costUnits };
        cost.SetAction(r => Guard(() => InstrumentCommands.Cost(r.GetValue(costTrace), r.GetValue(costRate), r.GetValue(costMinutes), r.GetValue(costUnits))));
        root.Subcommands.Add(cost);

        // bench
        var benchMinutes = new Option<double>("--minutes") { Description = Help("Length of the replayed recording (minutes).", Ranges.BenchMinutes), DefaultValueFactory = _ => 60 };
        var benchRepeats = new Option<int>("--repeats") { Description = Help("Timed runs.", Ranges.BenchRepeats), DefaultValueFactory = _ => 3 };
        var bench = new Command("bench", "Host speed: a 1-hour, 100 Hz recording through the whole pod on the virtual board (× real time), then CadenceEngine.Process alone (ns per sample).") { benchMinutes, benchRepeats };
        bench.SetAction(r => Guard(() => InstrumentCommands.Bench(r.GetValue(benchMinutes), r.GetValue(benchRepeats))));
        root.Subcommands.Add(bench);

        // jitter
        var usPerIl = new Option<double>("--us-per-il") { Description = Help("Interpreter speed: µs per IL instruction (default: docs/device-limits.md's planning figure).", Ranges.UsPerIl), DefaultValueFactory = _ => JitterModel.PlanningUsPerIl };
        var ilPerSample = new Option<double?>("--il-per-sample") { Description = Help("Mean IL instructions per sample (default: measured now, as `cost` measures it).", Ranges.IlPerSample) };
        var ilMax = new Option<double?>("--il-per-sample-max") { Description = Help("Worst-case IL instructions per sample, at least the mean (default: measured now, as `cost` measures it).", Ranges.IlPerSampleMax) };
        var fifoUs = new Option<double>("--fifo-read-us") { Description = Help("FIFO burst read of one batch (µs): 10 samples at 400 kHz plus call overhead.", Ranges.FifoReadUs), DefaultValueFactory = _ => 2000 };
        var spinUs = new Option<double>("--spin-iteration-us") { Description = Help("One spin iteration (a HighResTimer.GetCurrent call, µs).", Ranges.SpinIterationUs), DefaultValueFactory = _ => 20 };
        var gcUs = new Option<double>("--gc-pause-us") { Description = Help("GC pause (µs).", Ranges.GcPauseUs), DefaultValueFactory = _ => 2000 };
        var design = new Option<string>("--design") { Description = "spin (the firmware's loop) or sleep (a naïve Thread.Sleep metronome).", DefaultValueFactory = _ => "spin" };
        var tempo = new Option<int>("--tempo") { Description = Help("Beat tempo.", Ranges.TempoBpm), DefaultValueFactory = _ => 170 };
        var jitterMinutes = new Option<double>("--minutes") { Description = Help("Simulated time (minutes).", Ranges.JitterMinutes), DefaultValueFactory = _ => 20 };
        var jitter = new Command("jitter", "Device timing model: distribution of beep onset error for a loop design (10 ms tick, 20 ms quantum, IL cost × µs per IL, FIFO reads).")
        {
            usPerIl, ilPerSample, ilMax, fifoUs, spinUs, gcUs, design, tempo, jitterMinutes, seed,
        };
        jitter.SetAction(r => Guard(() => InstrumentCommands.Jitter(r.GetValue(usPerIl), r.GetValue(ilPerSample), r.GetValue(ilMax),
            r.GetValue(fifoUs), r.GetValue(spinUs), r.GetValue(gcUs), r.GetValue(design)!, r.GetValue(seed), r.GetValue(jitterMinutes), r.GetValue(tempo))));
        root.Subcommands.Add(jitter);

        // ble
        var bleMinutes = new Option<double>("--minutes") { Description = Help("Length of the generated run (minutes).", Ranges.DemoMinutes), DefaultValueFactory = _ => 20 };
        var bleSet = new Option<string[]>("--set") { Description = "A setting the bonded phone writes, NAME=VALUE (repeatable): target-mode=absolute, target-spm=172, target-percent-tenths=75, cue-mode=2, volume=1, phase-lock=on, plan=off, wake-on-motion=on, auto-sleep-s=900, tone-hz=3200, calibration-distance-m=1000, stride-mm=1150. Values are not checked here: the pod answers.", AllowMultipleArgumentsPerToken = false };
        var bleStride = new Option<int?>("--stride") { Description = "The phone writes this stride length (mm per step), so the footpod sends speed." };
        var bleReadLog = new Option<bool>("--read-log") { Description = "At the end the phone reads the whole run log back (chunks, a CRC per record) and prints the runs." };
        var bleStranger = new Option<bool>("--stranger") { Description = "A second, unpaired phone tries to read and change things and to pair outside the window." };
        var bleEvery = new Option<double>("--every") { Description = Help("Print one decoded notification every this many seconds.", Ranges.BleEveryS), DefaultValueFactory = _ => 10 };
        var bleCsv = new Option<string>("--csv") { Description = "Write every decoded notification (t_s, running, cadence, speed, stride, the pod's own cadence)." };
        var ble = new Command("ble", "The demo run with a virtual phone on Bluetooth LE: it decodes the footpod's notifications (running speed and cadence), pairs in the window the wearer opens, reads and writes settings, reads the run log.")
        {
            bleMinutes, seed, bleSet, bleStride, bleReadLog, bleStranger, bleEvery, bleCsv, pod, quiet,
        };
        ble.SetAction(r => Guard(() => BleCommand.Run(new BleCommand.BleArgs
        {
            Minutes = r.GetValue(bleMinutes),
            Seed = r.GetValue(seed),
            Settings = r.GetValue(bleSet) ?? Array.Empty<string>(),
            StrideMm = r.GetValue(bleStride),
            ReadLog = r.GetValue(bleReadLog),
            Stranger = r.GetValue(bleStranger),
            EveryS = r.GetValue(bleEvery),
            Csv = r.GetValue(bleCsv),
            PodDir = r.GetValue(pod),
            Quiet = r.GetValue(quiet),
        })));
        root.Subcommands.Add(ble);

        // record
        var recTrace = new Argument<string>("trace") { Description = "Recording in the trace format: how the runner moves while the pod records." };
        var recOut = new Option<string>("--out") { Description = "Capture file: what a serial terminal saves from the pod's console.", DefaultValueFactory = _ => "capture.txt" };
        var recUnits = new Option<string>("--units") { Description = "Unit of the recording's acceleration columns: g or m/s2.", DefaultValueFactory = _ => "g" };
        var record = new Command("record", "The pod in record mode (Down held at power-on) on the virtual board: what its serial console carries while a runner moves as in TRACE (boot noise, banner, the trace). replay reads the capture unchanged.") { recTrace, recOut, recUnits };
        record.SetAction(r => Guard(() => RunCommands.Record(r.GetValue(recTrace)!, r.GetValue(recOut)!, r.GetValue(recUnits)!)));
        root.Subcommands.Add(record);

        // log
        var dump = new Argument<string>("capture") { Description = "Serial console capture holding a run-log dump (power up with Mode held); boot messages before it and lines after it are skipped." };
        var logChart = new Option<string>("--chart") { Description = "Write a chart of the runs (PNG, or SVG when the name ends in .svg)." };
        var log = new Command("log", "Turn a pod's run-log dump into a table and a chart.") { dump, logChart };
        log.SetAction(r => Guard(() => LogCommand.Execute(r.GetValue(dump)!, r.GetValue(logChart))));
        root.Subcommands.Add(log);

        return root;
    }
}
