using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CadencePod.Device.Board;
using CadencePod.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public class HardwareTests
{
    static readonly string Root = Cli.RepoRoot;

    static string P(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    static Dictionary<string, object> Board() => HardwareModel.ReadBoard(typeof(BoardRev1));

    static List<string> CheckWith(Dictionary<string, object> board, string? netlist = null) =>
        HardwareModel.Check(netlist ?? P("hardware", "netlist.csv"), board, P("hardware", "README.md"));

    /// <summary>The netlist with rows taken out (by a predicate) and rows added, in a temporary file.</summary>
    static string NetlistVariant(Func<string, bool> remove, params string[] add)
    {
        string path = Path.Combine(Cli.TempDir(), "netlist.csv");
        File.WriteAllLines(path, File.ReadAllLines(P("hardware", "netlist.csv")).Where(l => !remove(l)).Concat(add));
        return path;
    }

    [TestMethod]
    public void TheBoardClassTheNetlistAndTheConnectionTableAgree()
    {
        var problems = CheckWith(Board());
        Assert.AreEqual(0, problems.Count, string.Join(Environment.NewLine, problems));
    }

    [TestMethod]
    public void TheCheckReadsTheCompiledBoardClass()
    {
        var board = Board();
        Assert.AreEqual(BoardRev1.PiezoPin, board["PiezoPin"]);
        Assert.AreEqual(BoardRev1.ButtonWakePin, board["ButtonWakePin"]);
        Assert.AreEqual(true, board["BatteryDividerFitted"]);
        Assert.AreEqual("rev1", board["Revision"]);
    }

    [TestMethod]
    public void TheCheckCatchesAMovedPin()
    {
        var board = Board();
        board["PiezoPin"] = 26;
        var problems = CheckWith(board);
        Assert.IsTrue(problems.Any(p => p.Contains("PIEZO_PWM") && p.Contains("GPIO26")), string.Join("\n", problems));
    }

    [TestMethod]
    public void TheCheckCatchesAMovedWakePin()
    {
        // The Up button moved in the board class but the deep-sleep wake still armed on its old pin (or the other way):
        // the pod would never wake. The regex over "public const int XxxPin = 32;" could not see this.
        var board = Board();
        board["ButtonWakePin"] = 33;
        var problems = CheckWith(board);
        Assert.IsTrue(problems.Any(p => p.Contains("BTN_UP") && p.Contains("ButtonWakePin = 33")), string.Join("\n", problems));

        board = Board();
        board["MotionWakePin"] = 34;
        problems = CheckWith(board);
        Assert.IsTrue(problems.Any(p => p.Contains("MPU_INT") && p.Contains("MotionWakePin = 34")), string.Join("\n", problems));
    }

    [TestMethod]
    public void AWakePinThatCannotWakeTheChipIsCaught()
    {
        var board = Board();
        board["ButtonWakePin"] = 23;
        var problems = HardwareModel.CheckPinRules(board);
        Assert.IsTrue(problems.Any(p => p.Contains("ButtonWakePin = 23") && p.Contains("not an RTC GPIO")), string.Join("\n", problems));
    }

    [TestMethod]
    public void ButtonsOnInputOnlyPinsAndAWrongAdcChannelAreCaught()
    {
        var board = Board();
        board["ButtonDownPin"] = 34;
        board["BatteryAdcChannel"] = 3;
        var problems = HardwareModel.CheckPinRules(board);
        Assert.IsTrue(problems.Any(p => p.Contains("ButtonDownPin = 34") && p.Contains("pull-up")), string.Join("\n", problems));
        Assert.IsTrue(problems.Any(p => p.Contains("BatteryAdcChannel = 3")), string.Join("\n", problems));
    }

    [TestMethod]
    public void APinTheCheckDoesNotKnowIsCaught()
    {
        var board = Board();
        board["LedPin"] = 2;
        var problems = CheckWith(board);
        Assert.IsTrue(problems.Any(p => p.Contains("LedPin") && p.Contains("PinNets")), string.Join("\n", problems));
    }

    [TestMethod]
    public void ADeclaredDividerMustBeInTheNetlist()
    {
        string netlist = NetlistVariant(l => l.StartsWith("VBAT,R3,") || l.StartsWith("VBAT_SENSE,R3,"));
        var problems = CheckWith(Board(), netlist);
        Assert.IsTrue(problems.Any(p => p.Contains("BatteryDividerFitted is true")), string.Join("\n", problems));
    }

    [TestMethod]
    public void NoNetlistPathJoinsUsbAndTheCellButTheCharger()
    {
        var net = HardwareModel.ReadNetlist(P("hardware", "netlist.csv"));
        Assert.AreEqual(0, HardwareModel.CheckPowerPath(net, "netlist.csv").Count);
        // And the charger does join them (IN on USB 5 V, BAT on the cell).
        Assert.IsTrue(net.Any(c => c.Part == HardwareModel.Charger && c.Pin == "IN" && c.Net == "USB_5V"));
        Assert.IsTrue(net.Any(c => c.Part == HardwareModel.Charger && c.Pin == "BAT" && HardwareModel.CellNets(net).Contains(c.Net)));
    }

    [TestMethod]
    public void TheOldPowerWiringIsCaught()
    {
        // Before issue 14: cell → charger's BAT+ → slide switch → the DevKit's 5V/VIN pin, which the board joins to its
        // USB 5 V through a diode. USB plugged in with the switch on pushed ≈ 4.7 V into the cell past its charger.
        string netlist = NetlistVariant(l => l.StartsWith("SYS,") || l.StartsWith("REG_EN,") || l.StartsWith("GND,SW1,") || l.StartsWith("3V3,U4,"),
            "BAT_SW,SW1,2,power switch output",
            "BAT_SW,U1,5V,to the board's LDO input (VIN / 5V pin on a DevKit)",
            "VBAT,SW1,1,");
        var problems = HardwareModel.CheckPowerPath(HardwareModel.ReadNetlist(netlist), "netlist.csv");
        Assert.IsTrue(problems.Any(p => p.Contains("USB 5 V reaches the cell") && p.Contains("SW1") && p.Contains("BAT_SW")), string.Join("\n", problems));
    }

    [TestMethod]
    [DataRow("D9,A|D9,K")]
    [DataRow("R9,1|R9,2")]
    [DataRow("SW9,1|SW9,2")]
    public void APartAroundTheChargerIsCaught(string pins)
    {
        // A diode, a resistor (a "USB present" divider wired to the wrong net) or a switch from USB 5 V to the cell.
        var ends = pins.Split('|');
        string netlist = NetlistVariant(_ => false, $"USB_5V,{ends[0]},", $"VBAT,{ends[1]},");
        var problems = HardwareModel.CheckPowerPath(HardwareModel.ReadNetlist(netlist), "netlist.csv");
        Assert.IsTrue(problems.Any(p => p.Contains("USB 5 V reaches the cell") && p.Contains(ends[0].Split(',')[0])), string.Join("\n", problems));
    }

    [TestMethod]
    public void ADiodeTheOtherWayAndTheRegulatorBackwardsAreNoPath()
    {
        // From the cell towards USB is not what the check is about; a regulator does not pass current from output to input.
        string netlist = NetlistVariant(_ => false, "VBAT,D9,A", "USB_5V,D9,K", "USB_5V,U1,5V,the board's own USB");
        Assert.AreEqual(0, HardwareModel.CheckPowerPath(HardwareModel.ReadNetlist(netlist), "netlist.csv").Count);
    }

    [TestMethod]
    public void AChargerThatDoesNotReachTheCellIsCaught()
    {
        string netlist = NetlistVariant(l => l.StartsWith("VBAT,U3,"));
        var problems = HardwareModel.CheckPowerPath(HardwareModel.ReadNetlist(netlist), "netlist.csv");
        Assert.IsTrue(problems.Any(p => p.Contains("must take USB 5 V on IN and reach the cell on BAT")), string.Join("\n", problems));
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
