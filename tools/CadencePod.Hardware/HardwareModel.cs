using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace CadencePod.Hardware;

public sealed record Connection(string Net, string Part, string Pin, string Note, int Line);

/// <summary>The netlist (hardware/netlist.csv), the firmware's pin class and the README's connection table.</summary>
public static class HardwareModel
{
    /// <summary>Firmware pin constant → the net it must sit on (through the ESP32, part U1).</summary>
    public static readonly Dictionary<string, string> PinNets = new()
    {
        ["I2cDataPin"] = "I2C_SDA",
        ["I2cClockPin"] = "I2C_SCL",
        ["MpuIntPin"] = "MPU_INT",
        ["PiezoPin"] = "PIEZO_PWM",
        ["ButtonUpPin"] = "BTN_UP",
        ["ButtonDownPin"] = "BTN_DOWN",
        ["ButtonModePin"] = "BTN_MODE",
        ["BatteryAdcPin"] = "VBAT_SENSE",
    };

    public static List<Connection> ReadNetlist(string path)
    {
        var list = new List<Connection>();
        int line = 0;
        bool header = false;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.StartsWith('#') || raw.Trim().Length == 0) continue;
            if (!header)
            {
                if (raw.Trim() != "net,part,pin,note") throw new FormatException($"{path}:{line}: expected header 'net,part,pin,note'");
                header = true;
                continue;
            }

            var c = SplitCsv(raw);
            if (c.Count < 3 || c[0] == "" || c[1] == "" || c[2] == "") throw new FormatException($"{path}:{line}: expected net,part,pin[,note]");
            list.Add(new Connection(c[0], c[1], c[2], c.Count > 3 ? c[3] : "", line));
        }

        return list;
    }

    /// <summary>Reads `public const int XxxPin = 21;` from the firmware's board class.</summary>
    public static Dictionary<string, int> ReadFirmwarePins(string boardSource)
    {
        var pins = new Dictionary<string, int>();
        foreach (Match m in Regex.Matches(File.ReadAllText(boardSource), @"public const int (\w+Pin) = (\d+);"))
            pins[m.Groups[1].Value] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        return pins;
    }

    /// <summary>Rows of the README's connection table: GPIO, net, function, part and pin.</summary>
    public static List<(int Gpio, string Net, string PartPins)> ReadReadmeTable(string readme)
    {
        var rows = new List<(int, string, string)>();
        foreach (var line in File.ReadLines(readme))
        {
            var m = Regex.Match(line, @"^\|\s*GPIO(\d+)\s*\|\s*`?([A-Z0-9_]+)`?\s*\|[^|]*\|([^|]*)\|");
            if (m.Success) rows.Add((int.Parse(m.Groups[1].Value), m.Groups[2].Value, m.Groups[3].Value.Trim()));
        }

        return rows;
    }

    /// <summary>Every disagreement between firmware pins, netlist and README, one line each.</summary>
    public static List<string> Check(string netlistPath, string boardSource, string readme)
    {
        var problems = new List<string>();
        var net = ReadNetlist(netlistPath);
        var pins = ReadFirmwarePins(boardSource);
        var table = ReadReadmeTable(readme);
        foreach (var (constant, netName) in PinNets)
        {
            if (!pins.TryGetValue(constant, out int gpio))
            {
                problems.Add($"{boardSource}: no pin constant {constant}");
                continue;
            }

            var onNet = net.Where(c => c.Net == netName && c.Part == "U1").ToList();
            if (onNet.Count != 1 || onNet[0].Pin != $"GPIO{gpio}")
                problems.Add($"{netlistPath}: net {netName} should reach U1 pin GPIO{gpio} (firmware {constant} = {gpio}), found {string.Join(", ", onNet.Select(c => c.Pin).DefaultIfEmpty("nothing"))}");
            var rows = table.Where(r => r.Net == netName).ToList();
            if (rows.Count != 1 || rows[0].Gpio != gpio)
                problems.Add($"{readme}: connection table row for {netName} should say GPIO{gpio} (firmware {constant}), found {string.Join(", ", rows.Select(r => "GPIO" + r.Gpio).DefaultIfEmpty("no row"))}");
            foreach (var row in rows)
            {
                foreach (var other in net.Where(c => c.Net == netName && c.Part != "U1"))
                {
                    if (!row.PartPins.Contains($"{other.Part} {other.Pin}", StringComparison.Ordinal))
                        problems.Add($"{readme}: row {netName} does not name {other.Part} {other.Pin} from the netlist");
                }
            }
        }

        foreach (var row in table.Where(r => !PinNets.ContainsValue(r.Net)))
            problems.Add($"{readme}: row GPIO{row.Gpio} {row.Net} is not a firmware pin");
        var u1 = net.Where(c => c.Part == "U1" && c.Pin.StartsWith("GPIO", StringComparison.Ordinal)).ToList();
        foreach (var dup in u1.GroupBy(c => c.Pin).Where(g => g.Count() > 1))
            problems.Add($"{netlistPath}: U1 {dup.Key} is on more than one net ({string.Join(", ", dup.Select(d => d.Net))})");
        return problems;
    }

    /// <summary>Wiring diagram: the ESP32's pins on the left, each net's other connections on the right.</summary>
    public static string Schematic(List<Connection> net)
    {
        var nets = net.GroupBy(c => c.Net).OrderBy(g => g.Any(c => c.Part == "U1" && c.Pin.StartsWith("GPIO")) ? 0 : 1).ThenBy(g => g.Key).ToList();
        const int rowH = 34, top = 92, left = 30, boxW = 170;
        int h = top + nets.Count * rowH + 40;
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1100\" height=\"{h}\" font-family=\"monospace\" font-size=\"12\">\n<rect width=\"1100\" height=\"{h}\" fill=\"white\"/>\n");
        sb.Append("<text x=\"30\" y=\"28\" font-size=\"16\" font-family=\"sans-serif\">CadencePod board rev1 — wiring diagram (generated from hardware/netlist.csv)</text>\n");
        sb.Append("<text x=\"30\" y=\"48\" font-family=\"sans-serif\">U1 ESP32 · U2 GY-521 MPU-6050 · Q1 NPN · LS1 piezo · SW1 power · SW2 Up · SW3 Down · SW4 Mode · BT1 LiPo · U3 charger</text>\n");
        sb.Append($"<rect x=\"{left}\" y=\"{top - 16}\" width=\"{boxW}\" height=\"{nets.Count * rowH + 8}\" fill=\"#eef3fb\" stroke=\"#1155cc\"/>\n");
        sb.Append($"<text x=\"{left + 8}\" y=\"{top - 22}\" font-family=\"sans-serif\" font-weight=\"bold\">U1 ESP32</text>\n");
        for (int i = 0; i < nets.Count; i++)
        {
            var g = nets[i];
            int y = top + i * rowH + 8;
            var u1 = g.FirstOrDefault(c => c.Part == "U1");
            string color = g.Key switch { "GND" => "#333333", "3V3" => "#cc0000", "BAT_RAW" or "BAT_SW" or "USB_5V" => "#e69138", _ => "#1155cc" };
            if (u1 != null) sb.Append($"<text x=\"{left + boxW - 8}\" y=\"{y + 4}\" text-anchor=\"end\">{u1.Pin}</text>\n");
            sb.Append($"<line x1=\"{left + boxW}\" x2=\"{left + boxW + 150}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"2\"/>\n");
            sb.Append($"<text x=\"{left + boxW + 10}\" y=\"{y - 5}\" fill=\"{color}\" font-weight=\"bold\">{g.Key}</text>\n");
            var others = g.Where(c => c.Part != "U1").ToList();
            double x = left + boxW + 160;
            foreach (var o in others)
            {
                string label = $"{o.Part}.{o.Pin}";
                double w = 14 + label.Length * 7.4;
                sb.Append($"<rect x=\"{x:0}\" y=\"{y - 11}\" width=\"{w:0}\" height=\"20\" rx=\"4\" fill=\"#f6f6f6\" stroke=\"{color}\"/><text x=\"{x + 7:0}\" y=\"{y + 4}\">{label}</text>\n");
                sb.Append($"<line x1=\"{x - 10:0}\" x2=\"{x:0}\" y1=\"{y}\" y2=\"{y}\" stroke=\"{color}\" stroke-width=\"2\"/>\n");
                x += w + 10;
            }
        }

        sb.Append("</svg>\n");
        return sb.ToString();
    }

    static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cur = new StringBuilder();
        bool quoted = false;
        foreach (char ch in line)
        {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { cells.Add(cur.ToString().Trim()); cur.Clear(); }
            else cur.Append(ch);
        }

        cells.Add(cur.ToString().Trim());
        return cells;
    }
}
