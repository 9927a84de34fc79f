using System.Collections.Generic;
using System.IO;
using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class LogCommandTests
{
    sealed class Lines : ITextOut
    {
        public readonly List<string> All = new();
        public void WriteLine(string line) => All.Add(line);
    }

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

        var lines = new Lines();
        new RunLog(store).Dump(lines);
        lines.All.Insert(1, "event,12345,1,3"); // serial noise between the lines is tolerated
        string dir = Cli.TempDir();
        string dump = Path.Combine(dir, "dump.csv"), chart = Path.Combine(dir, "runs.svg");
        File.WriteAllLines(dump, lines.All);
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
}
