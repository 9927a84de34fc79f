using System;
using System.IO;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>Runs the simulator's Main in-process and captures what it prints.</summary>
public static class Cli
{
    static readonly object Gate = new();

    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var oldOut = Console.Out;
            var oldErr = Console.Error;
            var o = new StringWriter();
            var e = new StringWriter();
            Console.SetOut(o);
            Console.SetError(e);
            try
            {
                int code = CadencePod.Simulator.Program.Main(args);
                return (code, o.ToString(), e.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }

    /// <summary>Bad input: exit code 2 and one line on stderr that says <paramref name="expected"/>, no stack trace.</summary>
    public static void AssertOneLineError(int exit, string err, string expected)
    {
        Assert.AreEqual(2, exit, err);
        var lines = err.Trim().Split('\n');
        Assert.AreEqual(1, lines.Length, "expected one line, got:\n" + err);
        StringAssert.Contains(err, expected);
        Assert.IsFalse(err.Contains("   at "), "stack trace printed:\n" + err);
    }

    /// <summary>The folder holding CadencePod.sln.</summary>
    public static readonly string RepoRoot = FindRepoRoot();

    static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CadencePod.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CadencePod.sln not found above " + AppContext.BaseDirectory);
    }

    public static string TempDir()
    {
        var d = Directory.CreateTempSubdirectory("cadencepod-test-");
        return d.FullName;
    }
}
