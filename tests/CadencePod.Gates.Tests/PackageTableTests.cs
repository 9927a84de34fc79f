using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CadencePod.NanoBuild;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;

namespace CadencePod.Gates.Tests;

/// <summary>
/// docs/building.md's package table, every packages.config and every .nfproj Reference say the same thing, and every
/// pinned package was built against CoreLibrary 1.17 (its nuspec and its assembly's mscorlib reference agree).
/// </summary>
[TestClass]
public class PackageTableTests
{
    sealed record Row(string Id, string Version, string File, string AssemblyVersion, string CoreLibrary);

    static List<Row> ReadTable()
    {
        var lines = File.ReadAllLines(Path.Combine(NanoSandbox.RepoRoot, "docs", "building.md"));
        int heading = Array.FindIndex(lines, l => l.StartsWith("### 1.1 Package versions", StringComparison.Ordinal));
        Assert.IsTrue(heading >= 0, "docs/building.md has no '### 1.1 Package versions' section");
        var rows = new List<Row>();
        foreach (var line in lines.Skip(heading + 1).SkipWhile(l => !l.StartsWith("| package", StringComparison.Ordinal)).Skip(2))
        {
            if (!line.StartsWith("|", StringComparison.Ordinal)) break;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rows.Add(new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }

        Assert.IsTrue(rows.Count > 5, "the package table has no rows");
        return rows;
    }

    static IEnumerable<string> Projects() =>
        Directory.GetFiles(NanoSandbox.RepoRoot, "*.nfproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"));

    [TestMethod]
    public void EveryPinIsInTheTableAndEveryRowIsPinned()
    {
        var table = ReadTable();
        var pins = Projects().SelectMany(p => ReferenceChecker.ReadPackagesConfig(Path.Combine(Path.GetDirectoryName(p)!, "packages.config"))
            .Select(pin => (Project: Path.GetFileName(p), pin.Id, pin.Version))).ToList();
        foreach (var pin in pins)
            Assert.IsTrue(table.Any(r => r.Id == pin.Id && r.Version == pin.Version), $"{pin.Project} pins {pin.Id} {pin.Version}, which docs/building.md's table does not list");
        foreach (var row in table)
            Assert.IsTrue(pins.Any(p => p.Id == row.Id && p.Version == row.Version), $"docs/building.md lists {row.Id} {row.Version}, which no packages.config pins");
    }

    [TestMethod]
    public void EveryReferenceNamesTheTablesFileAndIdentity()
    {
        var table = ReadTable();
        foreach (var project in Projects())
        {
            foreach (var reference in ReferenceChecker.ReadReferences(project))
            {
                var folder = Regex.Match(reference.HintPath.Replace('\\', '/'), @"packages/(?<f>[^/]+)/lib/(?<file>.+)$");
                Assert.IsTrue(folder.Success, $"{Path.GetFileName(project)}: Reference '{reference.Declared.Name}' HintPath '{reference.HintPath}' is not packages\\<id>.<version>\\lib\\<file>");
                var row = table.SingleOrDefault(r => $"{r.Id}.{r.Version}" == folder.Groups["f"].Value);
                Assert.IsNotNull(row, $"{Path.GetFileName(project)}: Reference '{reference.Declared.Name}' points into {folder.Groups["f"].Value}, which the table does not list");
                if (reference.Declared.Name == "nanoFramework.UnitTestLauncher") continue; // the package's second assembly (see the table's notes)
                Assert.AreEqual(row.File, folder.Groups["file"].Value, $"{Path.GetFileName(project)}: Reference '{reference.Declared.Name}' file");
                Assert.AreEqual(Path.GetFileNameWithoutExtension(row.File), reference.Declared.Name, $"{Path.GetFileName(project)}: Reference name for {row.Id}");
                Assert.AreEqual(row.AssemblyVersion, reference.Declared.Version?.ToString(), $"{Path.GetFileName(project)}: Reference '{reference.Declared.Name}' version");
            }
        }
    }

    [TestMethod]
    public void EveryPackageWasBuiltAgainstTheTablesCoreLibrary()
    {
        foreach (var row in ReadTable())
        {
            string dir = Path.Combine(NanoSandbox.RepoRoot, "packages", $"{row.Id}.{row.Version}");
            Assert.IsTrue(Directory.Exists(dir), $"{dir} is missing: the build lays the packages out before these tests run");
            string dll = Path.Combine(dir, "lib", row.File);
            Assert.AreEqual(row.AssemblyVersion, AssemblyName.GetAssemblyName(dll).Version!.ToString(), $"{row.Id}: the table's assembly version");
            if (row.Id == "nanoFramework.CoreLibrary") continue;

            Assert.AreEqual("1.17.11", row.CoreLibrary, $"{row.Id} {row.Version}: a 1.17 firmware links only packages built against CoreLibrary 1.17");
            using var assembly = AssemblyDefinition.ReadAssembly(dll);
            var corlib = assembly.MainModule.AssemblyReferences.Single(r => r.Name == "mscorlib").Version;
            Assert.AreEqual("1.17", $"{corlib.Major}.{corlib.Minor}", $"{row.Id} {row.Version}: {row.File} references mscorlib {corlib}");

            string nuspec = Directory.GetFiles(dir, "*.nuspec").Single();
            var dependency = XDocument.Load(nuspec).Descendants().FirstOrDefault(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "nanoFramework.CoreLibrary");
            if (dependency != null)
                Assert.AreEqual(row.CoreLibrary, ((string)dependency.Attribute("version")!).Trim('[', ']'), $"{row.Id} {row.Version}: the nuspec's CoreLibrary dependency");
        }
    }
}
