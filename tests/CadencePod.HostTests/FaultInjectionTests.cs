using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Ui;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Faults on the virtual board while a runner is being paced at a fixed 168 spm: what the runner hears (beats keep
/// coming), what is logged, and how fast it recovers. Each test is a row of docs/reliability.md.
/// </summary>
[TestClass]
public class FaultInjectionTests
{
    static Trace? _run;

    /// <summary>Six minutes of running at 168 spm with 5 s of standing at each end.</summary>
    static Trace Run()
    {
        if (_run != null) return _run;
        var sc = new Scenario
        {
            Name = "fault-run",
            Seed = 33,
            Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Run, 360, 168, 168), new Segment(ActivityKind.Still, 5) },
        };
        return _run = SyntheticGenerator.Generate(sc, 100);
    }

    static SimulationOptions Paced()
    {
        var o = new SimulationOptions();
        o.ConfigureSettings = s => { s.TargetMode = TargetMode.Absolute; s.AbsoluteSpm = 168; };
        o.Presses.Add(CliArgs.ParsePress("up-long@10s"));
        return o;
    }

    const long S = 1_000_000;

    /// <summary>Sounded beats whose onset falls in [fromS, toS).</summary>
    static int BeatsIn(SimulationResult r, double fromS, double toS) =>
        r.Events.Count(e => e.Kind == PodEvent.Beat && e.Value == 1 && e.TimeUs >= fromS * S && e.TimeUs < toS * S);

    static PodState StateAt(SimulationResult r, int second) => r.Seconds[second - 1].State;

    [TestMethod]
    [DataRow(-5.0)]
    [DataRow(5.0)]
    public void ASensorOscillatorOffByFivePercentIsMeasuredAndCorrected(double odrErrorPercent)
    {
        // An MPU on its internal oscillator (≈ ±5 %): the pod counts samples, so without the calibration every cadence
        // would read 5 % off while the µs-timed metronome is exact.
        var o = Paced();
        o.OdrErrorPercent = odrErrorPercent;
        var r = Simulation.Run(Run(), o);
        double realHz = 100 * (1 + odrErrorPercent / 100);
        var first = r.Events.First(e => e.Kind == PodEvent.RateCalibrated);
        Assert.IsTrue(first.TimeUs <= 11 * S, $"first calibration at {first.TimeUs / 1e6:0.0} s");
        Assert.AreEqual(realHz, first.Value / 1000.0, realHz * 0.002, "measured rate");
        var running = r.Seconds.Where(x => x.Second >= 15 && x.Second <= 360).ToList();
        double meanError = running.Average(x => Math.Abs(x.CadenceSpm - 168));
        Assert.IsTrue(meanError < 1.0, $"mean cadence error {meanError:0.00} spm at {odrErrorPercent:+0;-0} % ODR");
        int beats = BeatsIn(r, 60, 120);
        Assert.IsTrue(beats >= 166 && beats <= 169, "beats in a minute: " + beats);
        int trueSteps = Run().TrueStepsMs!.Length;
        Assert.IsTrue(Math.Abs(r.StepsMs.Count - trueSteps) <= 3, $"steps {r.StepsMs.Count} of {trueSteps}");
        // Steps land on the recording's time axis (a 5 % error in the sample clock would put the last one 18 s off) …
        var truth = Run().TrueStepsMs!;
        double lastStepMs = r.StepsMs[^1];
        Assert.IsTrue(lastStepMs > truth[^1] - 600 && lastStepMs < truth[^1] + 60, $"last step at {lastStepMs:0} ms, the last true one at {truth[^1]:0} ms");
        // … and at the footfalls.
        var offsets = r.StepsMs.Select(step => truth.Select(t => step - t).OrderBy(Math.Abs).First()).ToList();
        Assert.IsTrue(Math.Abs(Score.Percentile(offsets, 50)) <= 30, $"median offset {Score.Percentile(offsets, 50):0} ms");
    }

    [TestMethod]
    public void BaselineWithoutFaultsPlaysEveryBeat()
    {
        var r = Simulation.Run(Run(), Paced());
        int beats = BeatsIn(r, 60, 120);
        Assert.IsTrue(beats >= 166 && beats <= 169, "beats in a minute: " + beats);
        Assert.AreEqual(0, r.LostSamples);
    }

    // Rates are per I²C transaction of the firmware's driver on the register-level double (a FIFO drain is three or four
    // transactions; the loop retries a failed drain twice at once, and the FIFO keeps the samples meanwhile).
    [TestMethod]
    [DataRow(SensorFaultKind.ReadErrors, 0.3, 0.02, 165)]
    [DataRow(SensorFaultKind.ReadErrors, 0.4, 0.10, 160)]
    [DataRow(SensorFaultKind.Exceptions, 0.3, 0.02, 165)]
    [DataRow(SensorFaultKind.ReadErrors, 0.5, 0.10, 163)]
    [DataRow(SensorFaultKind.Exceptions, 0.5, 0.10, 163)]
    [DataRow(SensorFaultKind.PartialTransfers, 0.5, 0.02, 165)]
    public void BusErrorsNeverStopTheBeat(SensorFaultKind kind, double rate, double stepTolerance, int minBeats)
    {
        var o = Paced();
        o.Faults.Add(new SensorFault(60 * S, 120 * S, kind, rate));
        var r = Simulation.Run(Run(), o);
        int beats = BeatsIn(r, 60, 120);
        Assert.IsTrue(beats >= minBeats, $"{kind} at {rate:P0}: {beats} beats in the faulty minute");
        Assert.AreEqual(PodState.Pacing, StateAt(r, 140));
        int trueSteps = Run().TrueStepsMs!.Length;
        Assert.IsTrue(Math.Abs(r.StepsMs.Count - trueSteps) <= trueSteps * stepTolerance, $"steps {r.StepsMs.Count} of {trueSteps}");
    }

    [TestMethod]
    public void ABusFailingOnAndOffSoundsTheSensorAlarmOnceAndNeverPausesTheRun()
    {
        // At 50 % the drains fail long enough, every few seconds, for the FIFO to overflow and the sensor to count as
        // missing: the pod goes in and out of its fault state. The runner never stopped, so pacing never pauses, and the
        // alarm (three low tones over the beat) sounds once, not at every new fault.
        var o = Paced();
        o.Faults.Add(new SensorFault(60 * S, 120 * S, SensorFaultKind.ReadErrors, 0.5));
        var r = Simulation.Run(Run(), o);
        var inMinute = r.Events.Where(e => e.TimeUs >= 60 * S && e.TimeUs < 120 * S).ToList();
        Assert.IsTrue(inMinute.Count(e => e.Kind == PodEvent.SensorFault) >= 3, "the fault comes and goes");
        Assert.AreEqual(1, inMinute.Count(e => e.Kind == PodEvent.Pattern && e.Value == SoundPatterns.IdOf(Tunables.SensorMissingSound)));
        Assert.IsFalse(r.Seconds.Skip(60).Take(65).Any(sec => sec.State == PodState.Paused), "paused a runner who never stopped");
    }

    [TestMethod]
    public void ABusThatAlmostNeverAnswersIsAFaultAndTheBeatContinues()
    {
        var o = Paced();
        o.Faults.Add(new SensorFault(60 * S, 120 * S, SensorFaultKind.ReadErrors, 0.9));
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(BeatsIn(r, 60, 120) >= 150, "beats in the faulty minute: " + BeatsIn(r, 60, 120));
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.SensorFault && e.TimeUs >= 60 * S), "no fault reported");
        Assert.AreEqual(PodState.Pacing, StateAt(r, 130));
        Assert.IsTrue(Math.Abs(r.Seconds[129].CadenceSpm - 168) < 3, "cadence 10 s after: " + r.Seconds[129].CadenceSpm);
    }

    [TestMethod]
    public void ASensorThatResetsItselfIsConfiguredAgainAndPacingGoesOn()
    {
        // A brown-out of the MPU-6050 alone: it comes back asleep with its FIFO off, and answers on the bus as if all
        // were well. The driver notices the empty FIFO, finds the configuration gone and writes it again.
        var o = Paced();
        o.Faults.Add(new SensorFault(100 * S, 100 * S, SensorFaultKind.Brownout));
        var r = Simulation.Run(Run(), o);
        var lost = r.Events.Where(e => e.Kind == PodEvent.SamplesLost && e.TimeUs >= 100 * S).ToList();
        Assert.AreEqual(1, lost.Count);
        Assert.IsTrue(lost[0].TimeUs < 101 * S, "found after " + (lost[0].TimeUs / 1e6 - 100).ToString("0.0") + " s");
        Assert.IsTrue(BeatsIn(r, 100, 110) >= 27, "beats in the 10 s after: " + BeatsIn(r, 100, 110));
        Assert.AreEqual(PodState.Pacing, StateAt(r, 106));
        Assert.IsTrue(Math.Abs(r.Seconds[105].CadenceSpm - 168) < 3, "cadence 6 s after: " + r.Seconds[105].CadenceSpm);
    }

    [TestMethod]
    [DataRow(5)]
    [DataRow(30)]
    public void SensorVanishingIsAFaultTheBeatContinuesAndItRecovers(int seconds)
    {
        var o = Paced();
        o.Faults.Add(new SensorFault(100 * S, (100 + seconds) * S, SensorFaultKind.Vanished));
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(BeatsIn(r, 100, 100 + seconds) >= seconds * 168 / 60 - 3, "beats during the outage: " + BeatsIn(r, 100, 100 + seconds));
        if (seconds >= 5) Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.SensorFault), "no fault reported");
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.SamplesLost));
        // Back to pacing, with a valid cadence, within 6 s of the sensor's return.
        int back = 100 + seconds + 6;
        Assert.AreEqual(PodState.Pacing, StateAt(r, back));
        Assert.IsTrue(Math.Abs(r.Seconds[back - 1].CadenceSpm - 168) < 3, "cadence after recovery " + r.Seconds[back - 1].CadenceSpm);
    }

    [TestMethod]
    public void FifoOverflowIsAGapAndTheBeatResumesAtOnce()
    {
        var o = Paced();
        o.LoopStalls.Add((90 * S, 92_500_000)); // the loop stalls 2.5 s: the 1.7 s FIFO overflows
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(r.LostSamples >= 70, "lost " + r.LostSamples);
        Assert.IsTrue(BeatsIn(r, 93, 123) >= 80, "beats after the stall: " + BeatsIn(r, 93, 123));
        Assert.IsTrue(Math.Abs(r.Seconds[97].CadenceSpm - 168) < 3, "cadence 5 s after: " + r.Seconds[97].CadenceSpm);
    }

    [TestMethod]
    public void StuckSensorIsAFaultAndTheBeatGoesOn()
    {
        var o = Paced();
        o.Faults.Add(new SensorFault(100 * S, 130 * S, SensorFaultKind.Stuck));
        var r = Simulation.Run(Run(), o);
        Assert.AreEqual(PodState.Fault, StateAt(r, 110));
        Assert.IsTrue(BeatsIn(r, 105, 130) >= 65, "beats while stuck: " + BeatsIn(r, 105, 130));
        Assert.AreEqual(PodState.Pacing, StateAt(r, 138));
    }

    [TestMethod]
    public void FullOrReadOnlyFlashIsReportedAndNothingStops()
    {
        var o = Paced();
        o.StorageFails = true;
        o.Presses.Add(CliArgs.ParsePress("up@200s"));
        o.Presses.Add(CliArgs.ParsePress("up-long@300s"));
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.StorageError));
        Assert.IsTrue(BeatsIn(r, 200, 290) > 240);
        Assert.AreNotEqual(PodState.Pacing, StateAt(r, 310)); // stopped (and, with no baseline stored, capturing one)
    }

    [TestMethod]
    public void ReadOnlySettingsFolderOnTheHostIsReportedNotThrown()
    {
        string dir = Cli.TempDir();
        var o = Paced();
        o.StoreFolder = dir;
        File.WriteAllBytes(Path.Combine(dir, "slot00.bin"), new byte[] { 1, 2, 3 }); // corrupt settings
        Directory.CreateDirectory(Path.Combine(dir, "slot01.bin"));                  // a folder where a file should be: writes fail
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.SettingsReset));
        Assert.IsTrue(BeatsIn(r, 60, 120) >= 160);
    }

    [TestMethod]
    public void LowBatteryWarnsThenCriticalSavesAndShutsDown()
    {
        var o = Paced();
        o.BatteryMillivoltsAt = t => t < 100 * S ? 3900 : t < 200 * S ? 3400 : 3250;
        var r = Simulation.Run(Run(), o);
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.BatteryLow));
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.Shutdown));
        Assert.IsTrue(r.Events.Any(e => e.Kind == PodEvent.RunEnded), "the run was saved before shutting down");
    }
}
