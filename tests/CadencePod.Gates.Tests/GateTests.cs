using System;
using System.Diagnostics;
using System.IO;
using CadencePod.SubsetCheck;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.Gates.Tests;

[TestClass]
public class GateTests
{
    static readonly string RepoRoot = FindRepoRoot();

    static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CadencePod.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CadencePod.sln not found above " + AppContext.BaseDirectory);
    }

    [TestMethod]
    public void FirmwareAsBuiltPassesTheRuntimeSubsetCheck()
    {
        var dll = Path.Combine(RepoRoot, "firmware", "CadencePod.NanoCheck", "bin", Configuration, "net10.0", "CadencePod.Firmware.NanoCheck.dll");
        Assert.IsTrue(File.Exists(dll), "the gate build did not produce " + dll);
        var checker = new SubsetChecker();
        checker.Check(dll);
        Assert.AreEqual(0, checker.Problems.Count, string.Join(Environment.NewLine, checker.Problems));
    }

    [TestMethod]
    public void MathSqrtFailsGateOne() =>
        AssertGateRejects("class Bad { double F(double x) { return System.Math.Sqrt(x); } }", "Math");

    [TestMethod]
    public void ListOfIntFailsGateOne() =>
        AssertGateRejects("using System.Collections.Generic;\nclass Bad { List<int> items = new List<int>(); }", "List<>");

    [TestMethod]
    public void StopwatchFailsGateOne() =>
        AssertGateRejects("class Bad { object F() { return System.Diagnostics.Stopwatch.StartNew(); } }", "Stopwatch");

    [TestMethod]
    public void GenericMethodFailsGateThree() =>
        AssertGateRejects("class Bad { static T Id<T>(T value) { return value; } }", "generic method definition Bad.Id");

    [TestMethod]
    public void ActionOfIntFieldFailsGateThree() =>
        AssertGateRejects("class Bad { System.Action<int> handler; }", "System.Action`1<System.Int32>");

    [TestMethod]
    public void MultiDimensionalArrayFailsGateThree() =>
        AssertGateRejects("class Bad { int[,] grid = new int[2, 2]; }", "multi-dimensional array");

    [TestMethod]
    public void DefaultInterfaceMethodFailsGateThree() =>
        AssertGateRejects("interface IBad { int F() { return 1; } }", "default interface method IBad.F");

    [TestMethod]
    public void WrongDeviceApiSignatureFailsGateTwo() =>
        AssertGateRejects("class Bad { void F() { System.Device.Pwm.PwmChannel.CreateFromPin(18, 2700, 0.5, true); } }", "CreateFromPin");

    [TestMethod]
    public void CoreReadingTheClockFailsGateThree() =>
        AssertGateRejects("namespace CadencePod.Core.Bad { class Bad { long F() { return System.DateTime.UtcNow.Ticks; } } }", "Core reads a clock");

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    /// <summary>Builds the snippet as firmware code through the same gate targets and expects a failure naming it.</summary>
    static void AssertGateRejects(string source, string expectedInMessage)
    {
        var dir = Directory.CreateTempSubdirectory("cadencepod-gate-");
        try
        {
            string build = Path.Combine(RepoRoot, "firmware", "build");
            File.WriteAllText(Path.Combine(dir.FullName, "Bad.cs"), source);
            File.WriteAllText(Path.Combine(dir.FullName, "Snippet.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{build}/Nano.props" />
                  <Import Project="{build}/NanoGate.targets" />
                  <PropertyGroup><Configuration>{Configuration}</Configuration></PropertyGroup>
                </Project>
                """);
            var psi = new ProcessStartInfo("dotnet", "build -nologo -v:q -p:BuildProjectReferences=false")
            {
                WorkingDirectory = dir.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var p = Process.Start(psi)!;
            string output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
            p.WaitForExit();
            Assert.AreNotEqual(0, p.ExitCode, "the gates accepted:\n" + source + "\n" + output);
            StringAssert.Contains(output, expectedInMessage, "the failure does not name the construct:\n" + output);
        }
        finally
        {
            try { dir.Delete(true); } catch (IOException) { }
        }
    }
}
