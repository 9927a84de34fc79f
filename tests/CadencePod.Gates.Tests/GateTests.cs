using System;
using System.IO;
using System.Linq;
using CadencePod.NanoBuild;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.Gates.Tests;

/// <summary>
/// What `dotnet build CadencePod.sln` must refuse, each shown by building a throw-away .nfproj through the same
/// build chain (firmware/build/nfprojectsystem) and expecting a failure that names the cause.
/// </summary>
[TestClass]
public class GateTests
{
    static readonly (string, string)[] CoreOnly = { ("nanoFramework.CoreLibrary", "1.17.11") };
    static readonly (string, string)[] CoreAndI2c = { ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Device.I2c", "1.1.29") };

    static readonly string I2c = NanoSandbox.Package("nanoFramework.System.Device.I2c", "1.1.29", "System.Device.I2c.dll");
    static readonly string I2cIdentity = $"System.Device.I2c, Version=1.1.29.0, Culture=neutral, PublicKeyToken={NanoSandbox.Token}";

    [TestMethod]
    public void FirmwareAsBuiltPassesTheRuntimeSubsetCheck()
    {
        foreach (var (project, file) in new[] { ("firmware/CadencePod.Core", "CadencePod.Core.dll"), ("firmware/CadencePod.Device", "CadencePod.Device.exe"), ("tests/NFUnitTest", "NFUnitTest.dll") })
        {
            string bin = Path.Combine(NanoSandbox.RepoRoot, project, "bin");
            var built = Directory.Exists(bin) ? Directory.GetFiles(bin, file, SearchOption.AllDirectories).OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault() : null;
            Assert.IsNotNull(built, $"the build did not produce {project}/bin/*/{file}");
            var checker = new SubsetChecker();
            checker.Check(built);
            Assert.AreEqual(0, checker.Problems.Count, string.Join(Environment.NewLine, checker.Problems));
        }
    }

    [TestMethod]
    public void TheFirmwareProjectsPassTheReferencesCheck()
    {
        foreach (var project in new[] { "firmware/CadencePod.Core/CadencePod.Core.nfproj", "firmware/CadencePod.Device/CadencePod.Device.nfproj", "tests/NFUnitTest/NFUnitTest.nfproj" })
        {
            var checker = new ReferenceChecker();
            checker.Check(Path.Combine(NanoSandbox.RepoRoot, project));
            Assert.AreEqual(0, checker.Errors.Count, string.Join(Environment.NewLine, checker.Errors));
        }
    }

    [TestMethod]
    public void MathSqrtFailsTheCompile() =>
        AssertCoreRejects("class Bad { double F(double x) { return System.Math.Sqrt(x); } }", "Math");

    [TestMethod]
    public void ListOfIntFailsTheCompile() =>
        AssertCoreRejects("using System.Collections.Generic;\nclass Bad { List<int> items = new List<int>(); }", "List<>");

    [TestMethod]
    public void StopwatchFailsTheCompile() =>
        AssertCoreRejects("class Bad { object F() { return System.Diagnostics.Stopwatch.StartNew(); } }", "Stopwatch");

    [TestMethod]
    public void GenericMethodFailsTheSubsetCheck() =>
        AssertCoreRejects("class Bad { static T Id<T>(T value) { return value; } }", "generic method definition Bad.Id");

    [TestMethod]
    public void ActionOfIntFieldFailsTheSubsetCheck() =>
        AssertCoreRejects("class Bad { System.Action<int> handler; }", "System.Action`1<System.Int32>");

    [TestMethod]
    public void MultiDimensionalArrayFailsTheSubsetCheck() =>
        AssertCoreRejects("class Bad { int[,] grid = new int[2, 2]; }", "multi-dimensional array");

    [TestMethod]
    public void DefaultInterfaceMethodFailsTheSubsetCheck() =>
        AssertCoreRejects("interface IBad { int F() { return 1; } }", "default interface method IBad.F");

    [TestMethod]
    public void CoreReadingTheClockFailsTheSubsetCheck() =>
        AssertCoreRejects("namespace CadencePod.Core.Bad { class Bad { long F() { return System.DateTime.UtcNow.Ticks; } } }", "Core reads a clock");

    [TestMethod]
    public void WrongDeviceApiSignatureFailsTheCompile() =>
        AssertRejects("class Bad { void F() { System.Device.I2c.I2cDevice.Create(1, 2, 3); } }",
            new[] { NanoSandbox.Mscorlib, NanoSandbox.Reference(I2cIdentity, I2c) }, CoreAndI2c, "No overload for method 'Create'");

    [TestMethod]
    public void PlaceholderReferenceVersionFailsNamingTheReference() =>
        AssertRejects("class Ok { }",
            new[] { NanoSandbox.Mscorlib, NanoSandbox.Reference($"System.Device.I2c, Version=1.0.0.0, Culture=neutral, PublicKeyToken={NanoSandbox.Token}", I2c) },
            CoreAndI2c, "Reference 'System.Device.I2c' says Version=1.0.0.0 but System.Device.I2c.dll is 1.1.29.0");

    [TestMethod]
    public void WrongFileNameFailsListingWhatThePackageShips() =>
        AssertRejects("class Ok { }",
            new[] { NanoSandbox.Mscorlib, NanoSandbox.Reference($"System.Text, Version=1.3.42.0, Culture=neutral, PublicKeyToken={NanoSandbox.Token}", NanoSandbox.Package("nanoFramework.System.Text", "1.3.42", "System.Text.dll")) },
            new[] { ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Text", "1.3.42") },
            "the package's lib\\ holds nanoFramework.System.Text.dll");

    [TestMethod]
    public void HintPathIntoAnUnpinnedPackageFailsNamingThePin() =>
        AssertRejects("class Ok { }",
            new[] { NanoSandbox.Mscorlib, NanoSandbox.Reference(I2cIdentity, I2c) },
            CoreOnly, "HintPath package folder 'nanoFramework.System.Device.I2c.1.1.29' is not a package that packages.config pins");

    [TestMethod]
    public void AMissingDependencyFailsNamingTheAssemblyTheDeviceWouldMiss() =>
        AssertRejects("class Ok { }",
            new[] { NanoSandbox.Mscorlib, NanoSandbox.Reference($"System.IO.Streams, Version=1.1.96.0, Culture=neutral, PublicKeyToken={NanoSandbox.Token}", NanoSandbox.Package("nanoFramework.System.IO.Streams", "1.1.96", "System.IO.Streams.dll")) },
            new[] { ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.IO.Streams", "1.1.96") },
            "needs assembly 'nanoFramework.System.Text' 1.3");

    [TestMethod]
    public void AMissingPackageFailsTheRestoreNamingIt() =>
        AssertRejects("class Ok { }", new[] { NanoSandbox.Mscorlib },
            new[] { ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Device.I2c", "9.9.9") },
            "nanoFramework.System.Device.I2c");

    [TestMethod]
    public void AnInternalUsedAcrossAssembliesFailsTheCompile()
    {
        using var sandbox = new NanoSandbox();
        string library = sandbox.WriteProject("Lib", "namespace Lib { internal class Hidden { } public class Shown { } }", new[] { NanoSandbox.Mscorlib }, CoreOnly);
        string app = sandbox.WriteProject("App", "class Uses { object F() { return new Lib.Hidden(); } }", new[] { NanoSandbox.Mscorlib }, CoreOnly, projectReference: library);
        var (libraryExit, libraryOutput) = NanoSandbox.Build(library);
        Assert.AreEqual(0, libraryExit, libraryOutput);
        var (exit, output) = NanoSandbox.Build(app);
        Assert.AreNotEqual(0, exit, output);
        StringAssert.Contains(output, "CS0122", output);
        StringAssert.Contains(output, "Hidden", output);
    }

    /// <summary>The snippet as firmware code in a Core-like project (mscorlib only).</summary>
    static void AssertCoreRejects(string source, string expectedInMessage) =>
        AssertRejects(source, new[] { NanoSandbox.Mscorlib }, CoreOnly, expectedInMessage);

    static void AssertRejects(string source, string[] references, (string, string)[] pins, string expectedInMessage)
    {
        using var sandbox = new NanoSandbox();
        string project = sandbox.WriteProject("Snippet", source, references, pins);
        var (exit, output) = NanoSandbox.Build(project);
        Assert.AreNotEqual(0, exit, "the build accepted:\n" + source + "\n" + output);
        StringAssert.Contains(output, expectedInMessage, "the failure does not name the cause:\n" + output);
    }
}
