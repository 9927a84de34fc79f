using System;
using System.IO;
using System.Linq;
using CadencePod.NanoBuild;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CadencePod.Gates.Tests;

/// <summary>The references check on hand-made package folders (no build): the cases no served package shows.</summary>
[TestClass]
public class ReferenceCheckerTests
{
    [TestMethod]
    public void APackageBuiltAgainstAnotherMscorlibIsRefusedNamingBothVersions()
    {
        // Upstream System.Device.Adc 1.1.11 was built against CoreLibrary 1.15.5: make such an assembly from the 1.1.24 one.
        using var dir = new TempTree();
        string lib = dir.Create("packages/nanoFramework.System.Device.Adc.1.1.11/lib");
        using (var adc = AssemblyDefinition.ReadAssembly(NanoSandbox.Package("nanoFramework.System.Device.Adc", "1.1.24", "System.Device.Adc.dll")))
        {
            adc.MainModule.AssemblyReferences.Single(r => r.Name == "mscorlib").Version = new Version(1, 15, 5, 0);
            adc.Name.Version = new Version(1, 1, 11, 52458);
            adc.Write(Path.Combine(lib, "System.Device.Adc.dll"));
        }

        string project = dir.WriteProject("App",
            NanoSandbox.Mscorlib,
            NanoSandbox.Reference($"System.Device.Adc, Version=1.1.11.52458, Culture=neutral, PublicKeyToken={NanoSandbox.Token}", Path.Combine(lib, "System.Device.Adc.dll")),
            ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Device.Adc", "1.1.11"));
        var checker = new ReferenceChecker();
        checker.Check(project);
        var error = checker.Errors.SingleOrDefault(e => e.Contains("NF1004"));
        Assert.IsNotNull(error, string.Join(Environment.NewLine, checker.Errors));
        StringAssert.Contains(error, "'System.Device.Adc' was built against mscorlib 1.15");
        StringAssert.Contains(error, "this project's mscorlib is 1.17");
    }

    [TestMethod]
    public void AnErrorNamesTheProjectLineOfTheReference()
    {
        using var dir = new TempTree();
        string project = dir.WriteProject("App",
            NanoSandbox.Mscorlib,
            NanoSandbox.Reference($"System.Device.I2c, Version=1.0.0.0, Culture=neutral, PublicKeyToken={NanoSandbox.Token}", NanoSandbox.Package("nanoFramework.System.Device.I2c", "1.1.29", "System.Device.I2c.dll")),
            ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Device.I2c", "1.1.29"));
        var checker = new ReferenceChecker();
        checker.Check(project);
        int line = File.ReadAllLines(project).ToList().FindIndex(l => l.Contains("System.Device.I2c, Version=1.0.0.0")) + 1;
        Assert.AreEqual(1, checker.Errors.Count, string.Join(Environment.NewLine, checker.Errors));
        StringAssert.StartsWith(checker.Errors[0], $"{project}({line}): error NF1002:");
    }

    [TestMethod]
    public void AReferenceWithoutItsFullIdentityIsRefused()
    {
        using var dir = new TempTree();
        string project = dir.WriteProject("App",
            NanoSandbox.Mscorlib,
            NanoSandbox.Reference("System.Device.I2c", NanoSandbox.Package("nanoFramework.System.Device.I2c", "1.1.29", "System.Device.I2c.dll")),
            ("nanoFramework.CoreLibrary", "1.17.11"), ("nanoFramework.System.Device.I2c", "1.1.29"));
        var checker = new ReferenceChecker();
        checker.Check(project);
        Assert.IsTrue(checker.Errors.Any(e => e.Contains("must carry its full identity")), string.Join(Environment.NewLine, checker.Errors));
    }

    sealed class TempTree : IDisposable
    {
        readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("cadencepod-refs-");

        public string Create(string relative) => Directory.CreateDirectory(Path.Combine(_root.FullName, relative)).FullName;

        public string WriteProject(string name, params object[] parts)
        {
            string dir = Create(name);
            var references = parts.OfType<string>();
            var pins = parts.OfType<(string Id, string Version)>();
            File.WriteAllText(Path.Combine(dir, "packages.config"), "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<packages>\n" +
                string.Concat(pins.Select(p => $"  <package id=\"{p.Id}\" version=\"{p.Version}\" targetFramework=\"netnano1.0\" />\n")) + "</packages>\n");
            string path = Path.Combine(dir, name + ".nfproj");
            File.WriteAllText(path, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Project xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n  <ItemGroup>\n" +
                string.Join("\n", references) + "\n  </ItemGroup>\n</Project>\n");
            return path;
        }

        public void Dispose()
        {
            try { _root.Delete(true); } catch (IOException) { }
        }
    }
}
