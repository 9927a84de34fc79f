using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadencePod.Core.Pacing;
using CadencePod.Simulator.Board;
using CadencePod.Core.Storage;
using CadencePod.Doubles;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class LogCommandTests
{
    [TestMethod]
    public void ADeviceDumpBecomesATableAndAChart()
    {
        var store = new MemoryBlockStore();
        var log = new RunLog(store);
        for (int i = 0; i < 3; i++)
        {
            log.BeginRun();
            for (int m = 0; m < 30; m++) log.AddMinute(160 + i * 3);
            log.Append(new RunSummary { DurationS = 1800, RunningS = 1750, Steps = 4900 + i, MeanCadenceSpm = 160 + i * 3, BaselineSpm = 160, TargetSpm = 168, InZonePercent = 40 + 20 * i });
        }

        var dumped = new TextLog();
        new RunLog(store).Dump(dumped);
        var lines = Enumerable.Range(0, dumped.Count).Select(dumped.Line).ToList();
        lines.Insert(1, "event,12345,1,3"); // serial noise between the lines is tolerated
        string dir = Cli.TempDir();
        string dump = Path.Combine(dir, "dump.csv"), chart = Path.Combine(dir, "runs.svg");
        File.WriteAllLines(dump, lines);
        var (exit, output, err) = Cli.Run("log", dump, "--chart", chart);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "3 runs");
        StringAssert.Contains(output, "4902");
        StringAssert.Contains(File.ReadAllText(chart), "<svg");
    }

    [TestMethod]
    public void ABrokenDumpNamesFileAndLine()
    {
        string dir = Cli.TempDir();
        string dump = Path.Combine(dir, "bad.csv");
        File.WriteAllText(dump, "kind,seq,duration_s\nrun,1,abc\n");
        var (exit, _, err) = Cli.Run("log", dump);
        Assert.AreEqual(2, exit);
        StringAssert.Contains(err, "bad.csv:2: column 3 is not a whole number: 'abc'");
    }

    static readonly string Sample = Path.Combine(Cli.RepoRoot, "tools", "CadencePod.Simulator", "samples", "serial-capture.txt");

    [TestMethod]
    public void TheSampleCaptureWithBootNoiseIsRead()
    {
        var lines = File.ReadAllLines(Sample);
        // At the console's 921600 baud the ESP32 ROM's 115200-baud boot lines arrive as garbage (drawn as U+FFFD).
        StringAssert.StartsWith(lines[0], "\uFFFD", "the capture starts with the ESP32's boot noise");
        int end = System.Array.FindIndex(lines, l => l.StartsWith("# end"));
        Assert.IsTrue(end > 0 && end < lines.Length - 1, "lines follow the end marker");
        string chart = Path.Combine(Cli.TempDir(), "runs.png");
        var (exit, output, err) = Cli.Run("log", Sample, "--chart", chart);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "3 runs");
        Assert.IsFalse(output.Contains("note:"), output);
        Assert.IsTrue(new FileInfo(chart).Length > 1000);
    }

    [TestMethod]
    public void TheSampleCaptureIsWhatItsRecipeWrites()
    {
        // docs/simulator.md's recipe: three seeded demos sharing one pod folder; the third's serial.txt is the sample.
        // A change to what the pod prints must regenerate the sample, so `log` is always shown a capture the code writes.
        string dir = Cli.TempDir(), pod = Path.Combine(dir, "pod");
        foreach (var seed in new[] { "7", "8", "9" })
        {
            var (exit, _, err) = Cli.Run("--seed", seed, "--pod", pod, "--out", Path.Combine(dir, "demo" + seed), "--quiet");
            Assert.AreEqual(0, exit, err);
        }

        CollectionAssert.AreEqual(File.ReadAllLines(Sample), File.ReadAllLines(Path.Combine(dir, "demo9", "serial.txt")),
            "tools/CadencePod.Simulator/samples/serial-capture.txt is stale: regenerate it with the recipe in docs/simulator.md");
    }

    [TestMethod]
    public void ACaptureCutShortIsShownWithANote()
    {
        var lines = File.ReadAllLines(Sample);
        int end = System.Array.FindIndex(lines, l => l.StartsWith("# end"));
        string cut = Path.Combine(Cli.TempDir(), "cut.txt");
        File.WriteAllLines(cut, lines[..(end - 3)]);
        var (exit, output, err) = Cli.Run("log", cut);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "3 runs");
        StringAssert.Contains(output, "no end marker");
    }

    [TestMethod]
    public void ACaptureWithoutADumpSaysWhatToDo()
    {
        var lines = File.ReadAllLines(Sample);
        int header = System.Array.FindIndex(lines, l => l.StartsWith("kind,seq,"));
        string boot = Path.Combine(Cli.TempDir(), "boot.txt");
        File.WriteAllLines(boot, lines[..header]);
        var (exit, _, err) = Cli.Run("log", boot);
        Assert.AreEqual(2, exit);
        StringAssert.Contains(err, "no run-log dump found");
        StringAssert.Contains(err, "Mode held");
    }

    [TestMethod]
    public void AnEndMarkerThatDisagreesIsAnError()
    {
        string dump = Path.Combine(Cli.TempDir(), "lost.txt");
        File.WriteAllText(dump, "boot noise\nkind,seq,duration_s\nrun,1,600,500,1500,160,158,166,55,0\n# end, 2 runs\n");
        var (exit, _, err) = Cli.Run("log", dump);
        Assert.AreEqual(2, exit);
        StringAssert.Contains(err, "lost.txt:4: the end marker says 2 runs");
    }
}

