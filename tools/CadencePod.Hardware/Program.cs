using System;
using System.IO;
using CadencePod.Device.Board;
using CadencePod.Hardware;

// Usage (from the repository root):
//   dotnet run --project tools/CadencePod.Hardware -- schematic   → hardware/schematic.svg from hardware/netlist.csv
//   dotnet run --project tools/CadencePod.Hardware -- check       → netlist, README table and the board class (BoardRev1, compiled
//                                                                   in) agree, and USB cannot reach the cell past the charger (exit 1 if not)
string root = FindRoot();
string netlist = Path.Combine(root, "hardware", "netlist.csv");
var board = HardwareModel.ReadBoard(typeof(BoardRev1));
string readme = Path.Combine(root, "hardware", "README.md");
try
{
    switch (args.Length > 0 ? args[0] : "")
    {
        case "schematic":
            string output = args.Length > 1 ? args[1] : Path.Combine(root, "hardware", "schematic.svg");
            File.WriteAllText(output, HardwareModel.Schematic(HardwareModel.ReadNetlist(netlist)));
            Console.WriteLine($"wrote {output}");
            return 0;
        case "check":
            var problems = HardwareModel.Check(netlist, board, readme);
            foreach (var p in problems) Console.Error.WriteLine("error: " + p);
            Console.WriteLine(problems.Count == 0 ? "hardware check: netlist, README connection table and BoardRev1 agree; no path from USB 5 V to the cell but the charger" : $"hardware check: {problems.Count} disagreements");
            return problems.Count == 0 ? 0 : 1;
        default:
            Console.Error.WriteLine("usage: CadencePod.Hardware schematic [OUT.svg] | check");
            return 2;
    }
}
catch (Exception e) when (e is FormatException or IOException)
{
    Console.Error.WriteLine("error: " + e.Message);
    return 2;
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CadencePod.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
