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
}
