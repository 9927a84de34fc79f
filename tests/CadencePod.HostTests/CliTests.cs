using System.IO;
using System.Linq;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class CliTests
{
    [TestMethod]
    public void UnknownOptionIsOneLineAndExitTwo()
    {
        var (exit, _, err) = Cli.Run("replay", "x.csv", "--frobnicate");
        Cli.AssertOneLineError(exit, err, "--frobnicate");
    }

    [TestMethod]
    public void MissingTraceNamesTheFile()
    {
        var (exit, _, err) = Cli.Run("replay", "/nonexistent/run.csv", "--quiet");
        Cli.AssertOneLineError(exit, err, "/nonexistent/run.csv: file not found");
    }

    [TestMethod]
    public void MalformedTraceNamesFileAndLine()
    {
        string dir = Cli.TempDir();
        string path = Path.Combine(dir, "bad.csv");
        File.WriteAllText(path, "t_ms,ax,ay,az\n0,0,0,1\n10,0,0,one\n");
        var (exit, _, err) = Cli.Run("replay", path, "--quiet");
        Cli.AssertOneLineError(exit, err, "bad.csv:3: az is not a number");
    }

    [TestMethod]
    public void BadPressScriptIsNamed()
    {
        string path = ShortTrace();
        var (exit, _, err) = Cli.Run("replay", path, "--press", "sideways@10s", "--quiet");
        Cli.AssertOneLineError(exit, err, "unknown button 'sideways'");
        (exit, _, err) = Cli.Run("replay", path, "--press", "up@soon", "--quiet");
        Cli.AssertOneLineError(exit, err, "bad time 'soon'");
    }

    [TestMethod]
    public void OutOfRangeTargetIsNamed()
    {
        var (exit, _, err) = Cli.Run("replay", ShortTrace(), "--target", "+25%", "--quiet");
        Cli.AssertOneLineError(exit, err, "bad --target '+25%'");
    }

    [TestMethod]
    public void EveryCommandHasHelp()
    {
        foreach (var cmd in new[] { "replay", "evaluate", "generate", "cost", "jitter", "log", "bench", "ble" })
        {
            var (exit, output, err) = Cli.Run(cmd, "--help");
            Assert.AreEqual(0, exit, cmd + ": " + err);
            StringAssert.Contains(output, "Usage:", cmd);
        }
    }

    static string? _shortTrace;

    /// <summary>A 3-minute running trace with ground truth.</summary>
    static string ShortTrace()
    {
        if (_shortTrace != null) return _shortTrace;
        var sc = new Scenario
        {
            Name = "short-run",
            Seed = 11,
            Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Run, 170, 166, 170), new Segment(ActivityKind.Still, 5) },
        };
        var t = SyntheticGenerator.Generate(sc, 100, out var feet);
        string path = Path.Combine(Cli.TempDir(), "short-run.csv");
        t.Save(path, feet);
        return _shortTrace = path;
    }

    [TestMethod]
    public void ReplayOutputsParseAndAgreeWithTheEvents()
    {
        string trace = ShortTrace();
        string dir = Cli.TempDir();
        string steps = Path.Combine(dir, "steps.csv"), cadence = Path.Combine(dir, "cadence.csv"), report = Path.Combine(dir, "report");
        var (exit, output, err) = Cli.Run("replay", trace, "--baseline", "160", "--press", "up-long@20s", "--press", "up-long@160s",
            "--steps-out", steps, "--cadence-out", cadence, "--report", report, "--quiet");
        Assert.AreEqual(0, exit, err);

        var stepLines = File.ReadAllLines(steps);
        Assert.AreEqual("step_ms", stepLines[0]);
        var stepTimes = stepLines.Skip(1).Select(double.Parse).ToArray();
        var truth = Trace.Load(trace).TrueStepsMs!;
        Assert.IsTrue(System.Math.Abs(stepTimes.Length - truth.Length) <= 2, $"{stepTimes.Length} steps vs {truth.Length}");
        CollectionAssert.AreEqual(stepTimes.OrderBy(x => x).ToArray(), stepTimes);

        var cadenceLines = File.ReadAllLines(cadence);
        Assert.AreEqual("t_ms,cadence_spm", cadenceLines[0]);
        Assert.AreEqual(179, cadenceLines.Length - 1); // one row per whole second of the recording (it ends at 179.99 s)
        var mid = cadenceLines[100].Split(',');
        Assert.AreEqual("100000", mid[0]);
        double c = double.Parse(mid[1]);
        Assert.IsTrue(c > 163 && c < 173, "cadence at 100 s: " + c);

        // The events agree with the presses: pacing started and stopped once, and beats were played between.
        string events = File.ReadAllText(Path.Combine(report, "events.csv"));
        StringAssert.Contains(events, "StateChanged,Pacing,");
        Assert.AreEqual(1, events.Split('\n').Count(l => l.Contains(",RunEnded,")));
        int beats = events.Split('\n').Count(l => l.Contains(",Beat,sounded,"));
        Assert.IsTrue(beats > 300 && beats < 420, "beats " + beats); // ~140 s at 168 spm
        StringAssert.Contains(output, "beats played");
        Assert.IsTrue(new FileInfo(Path.Combine(report, "piezo.wav")).Length > 1000);
        StringAssert.Contains(File.ReadAllText(Path.Combine(report, "chart.svg")), "<svg");
        CollectionAssert.AreEqual(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, File.ReadAllBytes(Path.Combine(report, "chart.png")).Take(4).ToArray());
    }

    [TestMethod]
    public void DemoSmokeRunWritesTheReport()
    {
        string dir = Cli.TempDir();
        var (exit, output, err) = Cli.Run("--minutes", "2", "--quiet", "--out", dir);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "report: " + dir);
        StringAssert.Contains(output, "steps detected / true");
        foreach (var f in new[] { "chart.png", "chart.svg", "piezo.wav", "events.csv", "seconds.csv", "serial.txt", "steps.csv", "cadence.csv" })
            Assert.IsTrue(File.Exists(Path.Combine(dir, f)), f);
    }

    [TestMethod]
    public void GenerateAndEvaluateRoundTrip()
    {
        string dir = Cli.TempDir();
        var (exit, _, err) = Cli.Run("generate", "--out", dir);
        Assert.AreEqual(0, exit, err);
        Assert.IsTrue(File.Exists(Path.Combine(dir, "manifest.csv")));
        string json = Path.Combine(dir, "eval.json");
        (exit, var output, err) = Cli.Run("evaluate", dir, "--json", json, "--totals-only");
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "non-step");
        StringAssert.Contains(File.ReadAllText(json), "\"groups\"");
    }

    [TestMethod]
    public void TimeInZoneCountsARunTheRecordingEndsInAndSaysWhenNothingWasPaced()
    {
        // The pod closes its run summary only when a run ends; the summary reads the paced seconds themselves.
        var (exit, output, err) = Cli.Run("replay", TestTraces.Run(), "--baseline", "160", "--target", "+5%", "--press", "up-long@15s", "--quiet");
        Assert.AreEqual(0, exit, err);
        var line = output.Split('\n').Single(l => l.StartsWith("time in zone", System.StringComparison.Ordinal));
        var m = System.Text.RegularExpressions.Regex.Match(line, @"(\d+) % of (\d+) s");
        Assert.IsTrue(m.Success, line);
        Assert.IsTrue(int.Parse(m.Groups[2].Value) >= 20 && int.Parse(m.Groups[1].Value) > 50, line);

        (exit, output, err) = Cli.Run("replay", TestTraces.Run(), "--quiet");
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "time in zone (paced running): no paced run");
    }
}
