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
    /// <summary>
    /// Pin constant of the board class → the net it must sit on (through the ESP32, part U1). Every constant whose name
    /// ends in "Pin" must be listed here, so a new pin cannot slip past the check.
    /// </summary>
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
        // Wake sources: the pin the firmware arms for deep-sleep wake must be the button's and the interrupt's.
        ["ButtonWakePin"] = "BTN_UP",
        ["MotionWakePin"] = "MPU_INT",
    };

    /// <summary>ESP32 GPIOs that can wake it from deep sleep (RTC GPIOs: EXT0/EXT1).</summary>
    public static readonly int[] RtcGpios = { 0, 2, 4, 12, 13, 14, 15, 25, 26, 27, 32, 33, 34, 35, 36, 37, 38, 39 };

    /// <summary>ESP32 GPIOs that are inputs only, without internal pull-ups or pull-downs.</summary>
    public static readonly int[] InputOnlyGpios = { 34, 35, 36, 37, 38, 39 };

    /// <summary>ADC1 channel n → GPIO.</summary>
    public static readonly int[] Adc1ChannelGpio = { 36, 37, 38, 39, 32, 33, 34, 35 };

    /// <summary>The board class's public constants, read through reflection from the compiled class (not from its text).</summary>
    public static Dictionary<string, object> ReadBoard(Type boardClass)
    {
        var values = new Dictionary<string, object>();
        foreach (var f in boardClass.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static))
            if (f.IsLiteral || f.IsInitOnly) values[f.Name] = f.GetValue(null)!;
        return values;
    }

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

    /// <summary>Every disagreement between the board class, the netlist and the README, and every power-path fault, one line each.</summary>
    public static List<string> Check(string netlistPath, IReadOnlyDictionary<string, object> board, string readme, string boardName = "BoardRev1")
    {
        var problems = new List<string>();
        var net = ReadNetlist(netlistPath);
        var table = ReadReadmeTable(readme);
        var pins = board.Where(kv => kv.Key.EndsWith("Pin", StringComparison.Ordinal) && kv.Value is int).ToDictionary(kv => kv.Key, kv => (int)kv.Value);
        foreach (var constant in pins.Keys.Where(k => !PinNets.ContainsKey(k)))
            problems.Add($"{boardName}.{constant}: a pin the check does not know; add it to HardwareModel.PinNets with its net");
        foreach (var (constant, netName) in PinNets)
        {
            if (!pins.TryGetValue(constant, out int gpio))
            {
                problems.Add($"{boardName}: no pin constant {constant}");
                continue;
            }

            var onNet = net.Where(c => c.Net == netName && c.Part == "U1").ToList();
            if (onNet.Count != 1 || onNet[0].Pin != $"GPIO{gpio}")
                problems.Add($"{netlistPath}: net {netName} should reach U1 pin GPIO{gpio} ({boardName}.{constant} = {gpio}), found {string.Join(", ", onNet.Select(c => c.Pin).DefaultIfEmpty("nothing"))}");
            if (constant.EndsWith("WakePin", StringComparison.Ordinal)) continue; // the same net's row is checked through its own pin
            var rows = table.Where(r => r.Net == netName).ToList();
            if (rows.Count != 1 || rows[0].Gpio != gpio)
                problems.Add($"{readme}: connection table row for {netName} should say GPIO{gpio} ({boardName}.{constant}), found {string.Join(", ", rows.Select(r => "GPIO" + r.Gpio).DefaultIfEmpty("no row"))}");
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

        problems.AddRange(CheckPinRules(board, boardName));
        problems.AddRange(CheckBatterySense(net, board, boardName, netlistPath));
        problems.AddRange(CheckPowerPath(net, netlistPath));
        return problems;
    }

    /// <summary>What the ESP32 itself imposes on the board class's choices.</summary>
    public static List<string> CheckPinRules(IReadOnlyDictionary<string, object> board, string boardName = "BoardRev1")
    {
        var problems = new List<string>();
        int Get(string name) => board.TryGetValue(name, out var v) && v is int i ? i : -1;
        foreach (var wake in new[] { "ButtonWakePin", "MotionWakePin" })
        {
            int gpio = Get(wake);
            if (gpio >= 0 && !RtcGpios.Contains(gpio))
                problems.Add($"{boardName}.{wake} = {gpio}: not an RTC GPIO, so it cannot wake the ESP32 from deep sleep ({string.Join(", ", RtcGpios)})");
        }

        foreach (var button in new[] { "ButtonUpPin", "ButtonDownPin", "ButtonModePin" })
        {
            int gpio = Get(button);
            if (InputOnlyGpios.Contains(gpio))
                problems.Add($"{boardName}.{button} = {gpio}: GPIO34–39 have no internal pull-up, and the buttons rely on it");
        }

        foreach (var output in new[] { "PiezoPin", "I2cDataPin", "I2cClockPin" })
        {
            int gpio = Get(output);
            if (InputOnlyGpios.Contains(gpio)) problems.Add($"{boardName}.{output} = {gpio}: GPIO34–39 are inputs only");
        }

        int channel = Get("BatteryAdcChannel"), adcPin = Get("BatteryAdcPin");
        if (channel < 0 || channel >= Adc1ChannelGpio.Length || Adc1ChannelGpio[channel] != adcPin)
            problems.Add($"{boardName}.BatteryAdcChannel = {channel} is not GPIO{adcPin} (ADC1 channels 0–7 are GPIO {string.Join(", ", Adc1ChannelGpio)})");
        if (board.TryGetValue("ButtonWakeLevel", out var level) && level is int l && l != 0)
            problems.Add($"{boardName}.ButtonWakeLevel = {l}: the buttons pull to ground, so the wake level is 0");
        return problems;
    }

    /// <summary>A board that declares a divider must have one in the netlist: a resistor from the cell to the sense net and one to ground.</summary>
    public static List<string> CheckBatterySense(List<Connection> net, IReadOnlyDictionary<string, object> board, string boardName, string netlistPath)
    {
        var problems = new List<string>();
        bool fitted = board.TryGetValue("BatteryDividerFitted", out var f) && f is true;
        var cellNets = CellNets(net);
        bool HasResistorBetween(string a, Func<string, bool> b) =>
            net.Where(c => c.Part.StartsWith('R') && c.Net == a).Any(c => net.Any(o => o.Part == c.Part && o.Pin != c.Pin && b(o.Net)));
        bool top = HasResistorBetween("VBAT_SENSE", cellNets.Contains);
        bool bottom = HasResistorBetween("VBAT_SENSE", n => n == "GND");
        if (fitted && !(top && bottom))
            problems.Add($"{boardName}.BatteryDividerFitted is true but {netlistPath} has no divider (a resistor from the cell to VBAT_SENSE and one from VBAT_SENSE to GND)");
        if (!fitted && top)
            problems.Add($"{boardName}.BatteryDividerFitted is false but {netlistPath} has a resistor from the cell to VBAT_SENSE");
        return problems;
    }

    /// <summary>Nets on the cell's positive terminal.</summary>
    public static HashSet<string> CellNets(List<Connection> net) =>
        net.Where(c => c.Part.StartsWith("BT", StringComparison.Ordinal) && c.Pin == "+").Select(c => c.Net).ToHashSet();

    /// <summary>
    /// How current can pass through each part between the nets on its pins, for the power-path check. Directed: from →
    /// to. Parts not described conduct between all their pins both ways (the worst case); capacitors and the piezo pass no
    /// direct current; the charger is the one part allowed to join USB and the cell.
    /// </summary>
    public static List<(string From, string To)> PartPaths(string part, IEnumerable<string> pins)
    {
        var p = pins.ToList();
        var paths = new List<(string, string)>();
        void Both(string a, string b) { paths.Add((a, b)); paths.Add((b, a)); }
        if (part.StartsWith('C') || part.StartsWith("LS", StringComparison.Ordinal) || part.StartsWith("BT", StringComparison.Ordinal)) return paths;
        if (part.StartsWith('D') && !part.StartsWith("DC", StringComparison.Ordinal))
        {
            if (p.Contains("A") && p.Contains("K")) paths.Add(("A", "K"));
            return paths;
        }

        switch (part)
        {
            case "U1":
                // An ESP32 board: its 5V/VIN pin is its USB 5 V (through the board's diode) and feeds its 3.3 V regulator;
                // each GPIO's protection diode conducts towards 3V3.
                foreach (var five in p.Where(IsUsbPinOfU1)) if (p.Contains("3V3")) paths.Add((five, "3V3"));
                foreach (var gpio in p.Where(x => x.StartsWith("GPIO", StringComparison.Ordinal))) if (p.Contains("3V3")) paths.Add((gpio, "3V3"));
                return paths;
            case "U2":
                // The GY-521: 2.2 k pull-ups from SDA and SCL to its supply.
                if (p.Contains("VCC")) { if (p.Contains("SDA")) Both("SDA", "VCC"); if (p.Contains("SCL")) Both("SCL", "VCC"); }
                return paths;
            case "U3":
                // The charger with power path: from USB to the load and (charging) to the cell, from the cell to the load.
                paths.Add(("IN", "OUT"));
                paths.Add(("IN", "BAT"));
                paths.Add(("BAT", "OUT"));
                return paths;
            case "U4":
                // The buck-boost regulator: input to output only.
                paths.Add(("VIN", "VOUT"));
                return paths;
        }

        for (int i = 0; i < p.Count; i++)
            for (int j = i + 1; j < p.Count; j++)
                Both(p[i], p[j]);
        return paths;
    }

    /// <summary>The pins of U1 (an ESP32 board) that carry its own USB 5 V.</summary>
    public static bool IsUsbPinOfU1(string pin) => pin is "5V" or "VIN" or "VBUS" or "USB";

    /// <summary>The charger: the only part allowed between USB 5 V and the cell.</summary>
    public const string Charger = "U3";

    /// <summary>
    /// No path from USB 5 V to the cell except through the charger: a search over the nets (ground left out), through
    /// every part but the charger along the directions <see cref="PartPaths"/> allows. USB 5 V is the USB_5V net and any
    /// net on U1's own USB pin. Also: the charger must join USB and the cell, or nothing charges it.
    /// </summary>
    public static List<string> CheckPowerPath(List<Connection> net, string netlistPath)
    {
        var problems = new List<string>();
        var cells = CellNets(net);
        if (cells.Count == 0) return problems; // a board without a cell (the prototype) has nothing to protect
        var sources = net.Where(c => c.Net == "USB_5V" || (c.Part == "U1" && IsUsbPinOfU1(c.Pin))).Select(c => c.Net).ToHashSet();
        var edges = new Dictionary<string, List<(string To, string Via)>>();
        foreach (var part in net.GroupBy(c => c.Part))
        {
            if (part.Key == Charger) continue;
            var netOf = part.GroupBy(c => c.Pin).ToDictionary(g => g.Key, g => g.First().Net);
            foreach (var (from, to) in PartPaths(part.Key, netOf.Keys))
            {
                if (!netOf.TryGetValue(from, out var a) || !netOf.TryGetValue(to, out var b) || a == b || a == "GND" || b == "GND") continue;
                if (!edges.TryGetValue(a, out var list)) edges[a] = list = new();
                list.Add((b, $"{part.Key} {from}→{to}"));
            }
        }

        var cameFrom = new Dictionary<string, (string Net, string Via)>();
        var queue = new Queue<string>(sources);
        var seen = new HashSet<string>(sources);
        while (queue.Count > 0)
        {
            string at = queue.Dequeue();
            if (cells.Contains(at))
            {
                var chain = new List<string>();
                string n = at;
                while (cameFrom.TryGetValue(n, out var back))
                {
                    chain.Insert(0, $"{back.Via} → {n}");
                    n = back.Net;
                }

                chain.Insert(0, n);
                problems.Add($"{netlistPath}: USB 5 V reaches the cell without the charger {Charger}: {string.Join(", ", chain)}");
                break;
            }

            if (!edges.TryGetValue(at, out var next)) continue;
            foreach (var (to, via) in next)
            {
                if (!seen.Add(to)) continue;
                cameFrom[to] = (at, via);
                queue.Enqueue(to);
            }
        }

        var charger = net.Where(c => c.Part == Charger).ToList();
        bool fromUsb = charger.Any(c => c.Pin == "IN" && sources.Contains(c.Net));
        bool toCell = charger.Any(c => c.Pin == "BAT" && cells.Contains(c.Net));
        if (!fromUsb || !toCell)
            problems.Add($"{netlistPath}: the charger {Charger} must take USB 5 V on IN and reach the cell on BAT (found IN {(fromUsb ? "ok" : "missing")}, BAT {(toCell ? "ok" : "missing")})");
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
        sb.Append("<text x=\"30\" y=\"48\" font-family=\"sans-serif\">U1 ESP32 · U2 GY-521 MPU-6050 · U3 charger + power path · U4 buck-boost 3.3 V · BT1 LiPo · SW1 power · SW2 Up · SW3 Down · SW4 Mode · Q1 NPN · LS1 piezo</text>\n");
        sb.Append($"<rect x=\"{left}\" y=\"{top - 16}\" width=\"{boxW}\" height=\"{nets.Count * rowH + 8}\" fill=\"#eef3fb\" stroke=\"#1155cc\"/>\n");
        sb.Append($"<text x=\"{left + 8}\" y=\"{top - 22}\" font-family=\"sans-serif\" font-weight=\"bold\">U1 ESP32</text>\n");
        for (int i = 0; i < nets.Count; i++)
        {
            var g = nets[i];
            int y = top + i * rowH + 8;
            var u1 = g.FirstOrDefault(c => c.Part == "U1");
            string color = g.Key switch { "GND" => "#333333", "3V3" => "#cc0000", "VBAT" or "SYS" or "USB_5V" or "REG_EN" => "#e69138", _ => "#1155cc" };
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
