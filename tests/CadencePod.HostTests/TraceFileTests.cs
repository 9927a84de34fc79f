using System.Linq;
using System.IO;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class TraceFileTests
{
    static string Write(string name, string content)
    {
        string dir = Cli.TempDir();
        string path = Path.Combine(dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    static string ErrorOf(string path)
    {
        try
        {
            Trace.Load(path);
        }
        catch (TraceFormatException e)
        {
            return e.Message;
        }

        Assert.Fail("no error for " + path);
        return "";
    }

    [TestMethod]
    public void MissingFileNamesTheFile()
    {
        StringAssert.Contains(ErrorOf("/nonexistent/run.csv"), "/nonexistent/run.csv: file not found");
    }

    [TestMethod]
    public void WrongHeaderNamesFileAndLine()
    {
        var p = Write("a.csv", "# placement: waist\ntime,x,y,z\n0,0,0,1\n");
        StringAssert.Contains(ErrorOf(p), "a.csv:2: expected header 't_ms,ax,ay,az'");
    }

    [TestMethod]
    public void NonNumericCellNamesFileLineAndColumn()
    {
        var p = Write("b.csv", "t_ms,ax,ay,az\n0,0,0,1\n10,0,zero,1\n");
        StringAssert.Contains(ErrorOf(p), "b.csv:3: ay is not a number: 'zero'");
    }

    [TestMethod]
    public void TimeGoingBackwardsIsRejected()
    {
        var p = Write("c.csv", "t_ms,ax,ay,az\n0,0,0,1\n10,0,0,1\n5,0,0,1\n");
        StringAssert.Contains(ErrorOf(p), "c.csv:4: time goes backwards");
    }

    [TestMethod]
    public void EmptyFileIsRejected()
    {
        var p = Write("d.csv", "");
        StringAssert.Contains(ErrorOf(p), "d.csv: empty file");
    }

    [TestMethod]
    public void HeaderWithoutSamplesIsRejected()
    {
        var p = Write("e.csv", "t_ms,ax,ay,az\n");
        StringAssert.Contains(ErrorOf(p), "e.csv:1: no samples after the header");
    }

    [TestMethod]
    public void BadFootInTheStepsFileIsRejected()
    {
        var p = Write("f.csv", "t_ms,ax,ay,az\n0,0,0,1\n");
        File.WriteAllText(Trace.StepsPathFor(p), "step_ms,foot\n100,L\n200,X\n");
        StringAssert.Contains(ErrorOf(p), "f.steps.csv:3: foot must be L, R or ?");
    }

    [TestMethod]
    public void MetadataAndRoundTrip()
    {
        var sc = SyntheticGenerator.StandardSet()[0];
        var t = SyntheticGenerator.Generate(sc, 100, out var feet);
        string dir = Cli.TempDir();
        string path = Path.Combine(dir, "walk.csv");
        t.Save(path, feet);
        var back = Trace.Load(path, requireSteps: true);
        Assert.AreEqual(t.Count, back.Count);
        Assert.AreEqual(t.TrueStepsMs!.Length, back.TrueStepsMs!.Length);
        Assert.AreEqual("waist", back.Metadata["placement"]);
        Assert.AreEqual(t.TrueStepsMs.Length.ToString(), back.Metadata["expected_steps"]);
    }

    [TestMethod]
    public void StreamedEmulationEqualsTheInMemoryOne()
    {
        // An irregular phone-like time axis with repeated times, at a fractional rate (an oscillator 3 % off).
        var rng = new System.Random(3);
        int n = 5000;
        var t = new double[n];
        var x = new double[n];
        for (int i = 1; i < n; i++) t[i] = t[i - 1] + (rng.Next(10) == 0 ? 0 : 3 + rng.NextDouble() * 9);
        for (int i = 0; i < n; i++) x[i] = System.Math.Sin(i / 7.0) * 2;
        var trace = new Trace { Name = "irregular", TimeMs = t, Ax = x, Ay = x.Select(v => -v / 2).ToArray(), Az = x.Select(v => 1 + v / 3).ToArray() };
        string path = Path.Combine(Cli.TempDir(), "irregular.csv");
        trace.Save(path);
        var loaded = Trace.Load(path);
        var info = TraceReader.Check(path);
        Assert.AreEqual(n, info.Samples);
        var xyz = SensorEmulator.Emulate(loaded, 103.0, 4096, out int count);
        using var reader = TraceReader.Open(info);
        var streamed = new StreamedSamples(reader, info.StartMs, info.DurationMs, 103.0, 4096);
        Assert.AreEqual(count, streamed.Count);
        for (long k = 0; k < count; k++)
        {
            streamed.Get(k, out short sx, out short sy, out short sz);
            Assert.AreEqual(xyz[3 * k], sx, $"x at {k}");
            Assert.AreEqual(xyz[3 * k + 1], sy, $"y at {k}");
            Assert.AreEqual(xyz[3 * k + 2], sz, $"z at {k}");
        }
    }

    [TestMethod]
    public void ReplayMemoryDoesNotGrowWithTheRecording()
    {
        // 15 minutes at 2000 Hz: 1.8 M rows, 60 MB of text. Loaded whole (as before issue 18) its arrays and lists need
        // well over 100 MB; streamed, the replay runs under a 64 MB GC heap.
        string path = Path.Combine(Cli.TempDir(), "dense.csv");
        var src = Trace.Load(TestTraces.Run());
        using (var w = new StreamWriter(path))
        {
            w.Write(Trace.Header + "\n");
            int rows = 15 * 60 * 2000;
            double span = src.DurationMs;
            for (int i = 0; i < rows; i++)
            {
                double tm = i * 0.5;
                int j = (int)((tm % span) / 10) % src.Count;
                w.Write(tm.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(src.Ax[j].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(src.Ay[j].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
                w.Write(',');
                w.Write(src.Az[j].ToString("0.####", System.Globalization.CultureInfo.InvariantCulture));
                w.Write('\n');
            }
        }

        var o = CliProcess.Run(new[] { "replay", path, "--quiet" }, System.TimeSpan.FromMinutes(5), heapLimitBytes: 64L << 20);
        File.Delete(path);
        Assert.AreEqual(0, o.Exit, o.Err + o.Out);
        StringAssert.Contains(o.Out, "simulated / wall time: 900 s");
    }
}

