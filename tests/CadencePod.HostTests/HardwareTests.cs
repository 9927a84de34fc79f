using System;
using System.IO;
using System.Linq;
using CadencePod.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class HardwareTests
{
    static readonly string Root = Cli.RepoRoot;

    static string P(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    [TestMethod]
    public void FirmwarePinsNetlistAndConnectionTableAgree()
    {
        var problems = HardwareModel.Check(P("hardware", "netlist.csv"), P("firmware", "CadencePod.Device", "Board", "BoardRev1.cs"), P("hardware", "README.md"));
        Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void TheCheckCatchesAMovedPin()
    {
        string dir = Cli.TempDir();
        string board = Path.Combine(dir, "BoardRev1.cs");
        File.WriteAllText(board, File.ReadAllText(P("firmware", "CadencePod.Device", "Board", "BoardRev1.cs")).Replace("PiezoPin = 25", "PiezoPin = 26"));
        var problems = HardwareModel.Check(P("hardware", "netlist.csv"), board, P("hardware", "README.md"));
        Assert.IsTrue(problems.Any(p => p.Contains("PIEZO_PWM") && p.Contains("GPIO26")), string.Join("\n", problems));
    }

    [TestMethod]
    public void TheCommittedSchematicIsGeneratedFromTheNetlist()
    {
        string expected = HardwareModel.Schematic(HardwareModel.ReadNetlist(P("hardware", "netlist.csv")));
        Assert.AreEqual(expected, File.ReadAllText(P("hardware", "schematic.svg")), "run: dotnet run --project tools/CadencePod.Hardware -- schematic");
    }

    [TestMethod]
    public void BillOfMaterialsCoversBothBuildsAndEveryNetlistPart()
    {
        var lines = File.ReadAllLines(P("hardware", "bom.csv"));
        Assert.AreEqual("build,ref,part,reference_part_number,qty,approx_price_eur,why", lines[0]);
        Assert.IsTrue(lines.Any(l => l.StartsWith("prototype,")) && lines.Any(l => l.StartsWith("wearable,")));
        string wearableRefs = string.Join(" ", lines.Where(l => l.StartsWith("wearable,")).Select(l => l.Split(',')[1]));
        foreach (var part in HardwareModel.ReadNetlist(P("hardware", "netlist.csv")).Select(c => c.Part).Distinct())
            Assert.IsTrue(wearableRefs.Split(' ').Contains(part), $"{part} is in the netlist but not in the wearable BOM");
    }

    [TestMethod]
    public void EnclosureSourcesAndRenderingsArePresent()
    {
        foreach (var f in new[] { "cadencepod.scad", "render.sh", "preview.png", "cadencepod-case.stl", "cadencepod-lid.stl" })
            Assert.IsTrue(File.Exists(P("hardware", "enclosure", f)), f);
    }
}
