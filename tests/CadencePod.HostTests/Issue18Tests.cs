using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Simulator.Reports;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>Issue 18: each finding of the issue, as it was reported, with the behaviour it must have now.</summary>
[TestClass]
public class Issue18Tests
{
    static string Write(string name, string content)
    {
        string path = Path.Combine(Cli.TempDir(), name);
        File.WriteAllText(path, content);
        return path;
    }

    // ---- Crashes, hangs, memory ----

    [TestMethod]
    public void JitterWithANegativeOrZeroTempoIsRefused()
    {
        var (exit, _, err) = Cli.Run("jitter", "--tempo", "-5");
        Cli.AssertOneLineError(exit, err, "bad --tempo -5: 40 … 250");
        (exit, _, err) = Cli.Run("jitter", "--tempo", "0");
        Cli.AssertOneLineError(exit, err, "bad --tempo 0");
    }

    [TestMethod]
    public void JitterWithZeroMinutesOrANegativeInterpreterSpeedIsRefused()
    {
        var (exit, _, err) = Cli.Run("jitter", "--minutes", "0");
        Cli.AssertOneLineError(exit, err, "bad --minutes 0");
        (exit, _, err) = Cli.Run("jitter", "--us-per-il", "-1");
        Cli.AssertOneLineError(exit, err, "bad --us-per-il -1");
        (exit, _, err) = Cli.Run("jitter", "--il-per-sample", "300", "--il-per-sample-max", "200");
        Cli.AssertOneLineError(exit, err, "below --il-per-sample");
    }

    [TestMethod]
    public void CostMinutesOutsideItsRangeAreRefused()
    {
        foreach (var m in new[] { "0", "-1", "100000", "NaN" })
        {
            var (exit, _, err) = Cli.Run("cost", "--minutes", m);
            Cli.AssertOneLineError(exit, err, "bad --minutes");
            StringAssert.Contains(err, "1 … 120 minutes");
        }
    }

    [TestMethod]
    public void CostMarksAMaximumOverItsBudget()
    {
        var r = new CostMeter.Result(1000, 250, 900, 1539, 0, 100, 50, 80, 0, new List<string>(), "t");
        var lines = InstrumentCommands.CostLines(r, 100);
        StringAssert.Contains(lines[1], "max 1539 — OVER the 1500 budget");
        Assert.IsFalse(lines[1].Contains("mean 250.0 — OVER"), lines[1]);
        StringAssert.Contains(lines[^1], "over budget");
        var ok = InstrumentCommands.CostLines(r with { MaxPerSample = 1400 }, 100);
        Assert.IsFalse(string.Join("\n", ok).Contains("OVER"));
    }

    [TestMethod]
    public void BenchRepeatsZeroIsRefused()
    {
        var (exit, _, err) = Cli.Run("bench", "--repeats", "0");
        Cli.AssertOneLineError(exit, err, "bad --repeats 0: 1 … 100");
    }

    [TestMethod]
    public void ATimeOf1e11MsIsOneLineNotAnOverflow()
    {
        string path = Write("far.csv", "t_ms,ax,ay,az\n0,0,0,1\n10,0,0,1\n100000000000,0,0,1\n");
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "far.csv:4: a gap of 3.2 years");
        // The in-memory emulation refuses a sample count it cannot hold instead of throwing OverflowException.
        var t = new Trace { Name = "far", TimeMs = new[] { 0.0, 1e11 }, Ax = new double[2], Ay = new double[2], Az = new[] { 1.0, 1.0 } };
        Assert.ThrowsExactly<TraceFormatException>(() => SensorEmulator.Emulate(t, 100, 4096, out _));
    }

    // "At once": simulating the gap would take hours, so the timeout only guards against a hang; it measures nothing.
    [TestMethod]
    [Timeout(120_000)]
    public void AnElevenDayGapIsReportedWithItsLineAtOnce()
    {
        string path = Write("gap.csv", "t_ms,ax,ay,az\n0,0,0,1\n10,0,0,1\n1000000000,0,0,1\n");
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "gap.csv:4: a gap of 11.6 days after t_ms 10 (line 3)");
    }

    // ---- Silently wrong answers ----

    [TestMethod]
    public void TimeInSecondsIsRefusedWithTheHint()
    {
        string path = TestTraces.Rewrite(TestTraces.Run(), "seconds", (t, x, y, z) => $"{TestTraces.F(t / 1000)},{TestTraces.F(x)},{TestTraces.F(y)},{TestTraces.F(z)}");
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "is t_ms in seconds?");
    }

    [TestMethod]
    public void MetresPerSecondSquaredIsRefusedOrConvertedWithUnits()
    {
        const double g = 9.80665;
        string path = TestTraces.Rewrite(TestTraces.Run(), "ms2", (t, x, y, z) => $"{TestTraces.F(t)},{TestTraces.F(x * g)},{TestTraces.F(y * g)},{TestTraces.F(z * g)}", keepSteps: true);
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "that is gravity in m/s², the trace format wants g; convert the columns or pass --units m/s2");

        var (exitG, outG, errG) = Cli.Run("replay", TestTraces.Run(), "--quiet");
        var (exitM, outM, errM) = Cli.Run("replay", path, "--quiet", "--units", "m/s2");
        Assert.AreEqual(0, exitG, errG);
        Assert.AreEqual(0, exitM, errM);
        string Steps(string o) => o.Split('\n').First(l => l.StartsWith("steps detected")).Split(':')[1].Trim().Split(' ')[0];
        Assert.AreEqual(Steps(outG), Steps(outM), outM);
        StringAssert.Contains(outM, "converted to g");
        Assert.IsFalse(outM.Contains("mean cadence while running: 0.0"), outM);
    }

    [TestMethod]
    public void NegativeTimesAreRefusedWithTheirLine()
    {
        string path = Write("neg.csv", "t_ms,ax,ay,az\n-20,0,0,1\n-10,0,0,1\n0,0,0,1\n");
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "neg.csv:2: negative time -20 ms");
    }

    [TestMethod]
    public void StepsAndCadenceFilesShareTheRecordingsTimeAxis()
    {
        // The same run recorded 2.5 s later: every step 2500 ms later, the cadence still read at whole seconds.
        string shifted = TestTraces.Rewrite(TestTraces.Run(), "shifted", (t, x, y, z) => $"{TestTraces.F(t + 2500)},{TestTraces.F(x)},{TestTraces.F(y)},{TestTraces.F(z)}");
        string dir = Cli.TempDir();
        string s0 = Path.Combine(dir, "s0.csv"), s1 = Path.Combine(dir, "s1.csv"), c0 = Path.Combine(dir, "c0.csv"), c1 = Path.Combine(dir, "c1.csv");
        Assert.AreEqual(0, Cli.Run("replay", TestTraces.Run(), "--quiet", "--steps-out", s0, "--cadence-out", c0).Exit);
        Assert.AreEqual(0, Cli.Run("replay", shifted, "--quiet", "--steps-out", s1, "--cadence-out", c1).Exit);
        var a = File.ReadAllLines(s0).Skip(1).Select(double.Parse).ToArray();
        var b = File.ReadAllLines(s1).Skip(1).Select(double.Parse).ToArray();
        Assert.AreEqual(a.Length, b.Length);
        for (int i = 0; i < a.Length; i++) Assert.AreEqual(a[i] + 2500, b[i], 0.01);
        var rows = File.ReadAllLines(c1).Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.AreEqual("3000", rows[0][0], "the first whole second after the recording's start");
        Assert.IsTrue(rows.All(r => long.Parse(r[0]) % 1000 == 0));
        // At 40 s of the recording's time base the pod has heard ~27.5 s of running in the shifted copy and 30 s in
        // the original: both read a running cadence, on the same axis as their steps.
        var at = rows.First(r => r[0] == "40000");
        Assert.IsTrue(double.Parse(at[1]) > 150, string.Join(",", at));
    }

    // ---- Late failures ----

    [TestMethod]
    public void AnUnwritableOutputIsNamedBeforeTheSimulation()
    {
        string file = Write("plain.txt", "x");
        string bad = Path.Combine(file, "steps.csv"); // under a file: nobody, root included, can create it
        var (exit, output, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--steps-out", bad);
        Cli.AssertOneLineError(exit, err, "bad --steps-out");
        Assert.AreEqual("", output, "nothing was simulated");
        (exit, _, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--report", file);
        Cli.AssertOneLineError(exit, err, "bad --report");
        (exit, _, err) = Cli.Run("--quiet", "--out", file, "--minutes", "1");
        Cli.AssertOneLineError(exit, err, "bad --out");
        (exit, _, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--cadence-out", TestTraces.Run());
        Cli.AssertOneLineError(exit, err, "that is the recording itself");
    }

    // ---- Other option checks ----

    [TestMethod]
    public void ABaselineOutsideTheCoresRangeIsRefused()
    {
        foreach (var b in new[] { "-1", "0", "1000" })
        {
            var (exit, _, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--baseline", b);
            Cli.AssertOneLineError(exit, err, $"bad --baseline {b}: 40 … 250 spm");
        }
    }

    [TestMethod]
    public void APressAfterTheEndIsRefused()
    {
        var (exit, _, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--press", "up-long@500s");
        Cli.AssertOneLineError(exit, err, "bad --press 'up-long@500s': at 500 s, after the recording ends (70 s)");
    }

    [TestMethod]
    public void PressNamesAreCaseInsensitive()
    {
        var (exit, output, err) = Cli.Run("replay", TestTraces.Run(), "--quiet", "--baseline", "160", "--press", "UP-Long@12S");
        Assert.AreEqual(0, exit, err);
        Assert.IsFalse(output.Contains("beats played (skipped under UI sounds): 0 "), output);
    }

    // ---- Outputs ----

    [TestMethod]
    public void ASummaryWithoutGroundTruthSaysSo()
    {
        string noTruth = TestTraces.Rewrite(TestTraces.Run(), "notruth", (t, x, y, z) => $"{TestTraces.F(t)},{TestTraces.F(x)},{TestTraces.F(y)},{TestTraces.F(z)}");
        var (exit, output, err) = Cli.Run("replay", noTruth, "--quiet");
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "steps detected / true: ");
        StringAssert.Contains(output, " / no ground truth");
    }

    [TestMethod]
    public void EventsNameTheirUnitsAndDoNotRepeatAnUnchangedRate()
    {
        string dir = Cli.TempDir();
        var (exit, _, err) = Cli.Run("--minutes", "2", "--quiet", "--out", dir);
        Assert.AreEqual(0, exit, err);
        var rows = File.ReadAllLines(Path.Combine(dir, "events.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var rates = rows.Where(r => r[1] == "RateCalibrated").Select(r => r[2]).ToList();
        Assert.IsTrue(rates.Count >= 1);
        for (int i = 1; i < rates.Count; i++) Assert.AreNotEqual(rates[i - 1], rates[i], "an unchanged rate repeated");
        foreach (var r in rows.Where(r => r[1] is "TargetChanged" or "BaselineCaptured"))
            Assert.IsTrue(r[2].EndsWith(" spm") || r[2].EndsWith(" %"), string.Join(",", r));
        var seconds = File.ReadAllLines(Path.Combine(dir, "seconds.csv")).Skip(1).Select(l => l.Split(',')[3]).Distinct().ToList();
        CollectionAssert.IsSubsetOf(seconds, new[] { "still", "walking", "running" });
    }

    [TestMethod]
    public void EveryOutputColumnIsDocumented()
    {
        string doc = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs", "simulator.md"));
        var r = new SimulationResult { Recording = new Recording { Name = "x" } };
        foreach (var header in new[] { ReportWriter.SecondsCsv(r), ReportWriter.EventsCsv(r), "step_ms", "t_ms,cadence_spm" })
            foreach (var column in header.Split('\n')[0].Split(','))
                StringAssert.Contains(doc, $"`{column}`", $"column {column} is not documented in docs/simulator.md");
        foreach (var kind in Enum.GetNames<CadencePod.Core.Seams.PodEvent>().Where(k => k != "Step"))
            StringAssert.Contains(doc, $"`{kind}`", $"event {kind} is not documented in docs/simulator.md");
    }

    [TestMethod]
    public void EscapeCodesOnlyOnATerminal()
    {
        string dir = Cli.TempDir();
        var o = CliProcess.Run(new[] { "--minutes", "1", "--out", dir }, TimeSpan.FromMinutes(3), env: new Dictionary<string, string> { ["TERM"] = "xterm-256color" });
        Assert.AreEqual(0, o.Exit, o.Err);
        Assert.IsFalse(o.Out.Contains('\u001b'), "escape codes in redirected output:\n" + o.Out);
        StringAssert.Contains(o.Out, "CadencePod demo");
    }

    [TestMethod]
    public void TheDemoSaysHowLongItReallyRuns()
    {
        string dir = Cli.TempDir();
        var (exit, output, err) = Cli.Run("--minutes", "3", "--out", dir);
        Assert.AreEqual(0, exit, err);
        var said = System.Text.RegularExpressions.Regex.Match(output, @"a generated ([\d.]+)-minute run");
        var ran = System.Text.RegularExpressions.Regex.Match(output, @"simulated / wall time: (\d+) s");
        Assert.IsTrue(said.Success && ran.Success, output);
        Assert.AreEqual(double.Parse(ran.Groups[1].Value) / 60, double.Parse(said.Groups[1].Value), 0.06, output);
        StringAssert.Contains(output, "The runner: standing");
    }

    [TestMethod]
    public void TheReadmeRunsTheDemoAtReleaseSpeed()
    {
        string readme = File.ReadAllText(Path.Combine(Cli.RepoRoot, "README.md"));
        StringAssert.Contains(readme, "dotnet run --project tools/CadencePod.Simulator -c Release\n");
    }

    [TestMethod]
    public void EvaluatePrintsThePeersOnlyOnTheirSet()
    {
        string dir = Cli.TempDir();
        Directory.CreateDirectory(dir);
        var t = Trace.Load(TestTraces.Run());
        t.Save(Path.Combine(dir, "a.csv"));
        var (exit, output, err) = Cli.Run("evaluate", dir, "--totals-only");
        Assert.AreEqual(0, exit, err);
        Assert.IsFalse(output.Contains("Espruino"), output);
        Assert.IsFalse(output.Contains("9.3 %"), output);

        File.WriteAllText(Path.Combine(dir, "manifest.csv"), "recording,dataset,placement\na,OxfordStepCounter,all\n");
        (exit, output, err) = Cli.Run("evaluate", dir, "--totals-only");
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "9.3 % / 6.4 %");
    }

    [TestMethod]
    public void AP95BelowTheMeanIsExplained()
    {
        var ev = new Evaluation();
        ev.Groups.Add(new GroupScore { Group = "g", CadenceMeanError = 5, CadenceP95Error = 3 });
        StringAssert.Contains(DataCommands.Text(ev, false, false), "A p95 below its mean");
        var fine = new Evaluation();
        fine.Groups.Add(new GroupScore { Group = "g", CadenceMeanError = 2, CadenceP95Error = 5 });
        Assert.IsFalse(DataCommands.Text(fine, false, false).Contains("A p95 below its mean"));
    }

    // ---- Charts ----

    static double Distance(string a, string b)
    {
        int C(string h, int i) => Convert.ToInt32(h.Substring(1 + 2 * i, 2), 16);
        return Math.Sqrt(Enumerable.Range(0, 3).Sum(i => Math.Pow(C(a, i) - C(b, i), 2)));
    }

    [TestMethod]
    public void PacingStatesAndFaultsHaveDistinctColours()
    {
        var fault = RunChart.BandOf(new SecondRecord { State = PodState.Fault });
        Assert.IsTrue(fault.IsFault);
        foreach (CueMode m in Enum.GetValues<CueMode>())
        {
            var band = RunChart.BandOf(new SecondRecord { State = PodState.Pacing, Mode = m });
            Assert.IsFalse(band.IsFault);
            Assert.IsTrue(Distance(band.Hex, fault.Hex) > 150, $"{band.Words} {band.Hex} looks like the fault {fault.Hex}");
            Assert.IsFalse(band.Words.Contains("Pacing:") || band.Words.Contains(m.ToString()), band.Words);
        }
    }

    [TestMethod]
    public void TheLegendListsWhatHappenedAndTheTempoOnlyWhereBeatsSound()
    {
        var o = new SimulationOptions();
        o.ConfigureSettings = s => s.BaselineSpm = 160;
        o.Presses.Add(CliArgs.ParsePress("up-long@8s"));
        var walk = Simulation.Run(Trace.Load(TestTraces.Walk()), o);
        Assert.AreEqual(0, walk.BeatsPlayed, "walking: the metronome stays muted");
        var words = RunChart.LegendWords(walk);
        Assert.IsFalse(words.Any(w => w.Contains("metronome beat")), string.Join(" | ", words));
        CollectionAssert.Contains(words, "target");
        Assert.IsFalse(words.Any(w => w.StartsWith("FAULT")), "no fault happened");
        Assert.IsFalse(words.Any(w => w.Contains("measuring your baseline")), "the baseline was set by hand");
        Assert.IsFalse(words.Any(w => w.Contains("ground truth") || w.Contains("Pacing:")), string.Join(" | ", words));

        var run = Simulation.Run(Trace.Load(TestTraces.Run()), o);
        Assert.IsTrue(run.BeatsPlayed > 0);
        words = RunChart.LegendWords(run);
        Assert.IsTrue(words.Any(w => w.Contains("metronome beat")), string.Join(" | ", words));
        Assert.IsTrue(words.IndexOf("target") > words.FindIndex(w => w.Contains("metronome beat")), "the target is drawn over the tempo");
    }

    [TestMethod]
    public void TheLogChartHasAYLabelAndNamesClampedValues()
    {
        string dump = Write("clamp.txt", "kind,seq,duration_s,running_s,steps,mean_spm,baseline_spm,target_spm,in_zone_pct,probe_spm\n"
            + "run,1,1800,1700,4800,164,160,168,60,0\nrun,2,1800,1700,4800,300,160,168,10,0\n# end, 2 runs\n");
        string svg = Path.Combine(Cli.TempDir(), "log.svg");
        var (exit, output, err) = Cli.Run("log", dump, "--chart", svg);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "run 2 mean cadence 300 spm");
        string text = File.ReadAllText(svg);
        StringAssert.Contains(text, "steps per minute");
        StringAssert.Contains(text, "time in zone");
    }
}
