using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using CadencePod.Core.Ble;
using CadencePod.Simulator.Ble;
using CadencePod.Simulator.Board;
using CadencePod.Traces;

namespace CadencePod.Simulator.Commands;

/// <summary>
/// `simulator ble`: the demo run with a virtual phone on Bluetooth LE. The phone subscribes to the footpod, the wearer
/// opens the pairing window with the chord, the phone bonds, reads and writes settings, and at the end reads the run
/// log back. Everything the phone receives is decoded with the simulator's own decoders (written from the
/// specifications, not from the firmware) and printed.
/// </summary>
public static class BleCommand
{
    public sealed class BleArgs
    {
        public double Minutes { get; set; } = 20;
        public int Seed { get; set; } = 7;
        public string[] Settings { get; set; } = Array.Empty<string>();
        public int? StrideMm { get; set; }
        public bool ReadLog { get; set; }
        public bool Stranger { get; set; }
        public double EveryS { get; set; } = 10;
        public string? Csv { get; set; }
        public string? PodDir { get; set; }
        public bool Quiet { get; set; }
    }

    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>When the scripted actors act (s from the start of the run).</summary>
    const double PhoneConnectsS = 0.5, StrangerS = 1.0, ChordDownS = 2.0, ChordUpS = 2.5, PhonePairsS = 6.5, PhoneSettingsS = 8.0;

    public static int Run(BleArgs a)
    {
        Ranges.DemoMinutes.Check(a.Minutes);
        Ranges.BleEveryS.Check(a.EveryS);
        OutputPaths.CheckFile("--csv", a.Csv);
        OutputPaths.CheckFolder("--pod", a.PodDir);
        var writes = new List<(string Label, byte[] Bytes)>();
        foreach (var s in a.Settings)
        {
            try
            {
                writes.Add((s, SettingsWire.Parse(s, out _)));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message + " (names: " + string.Join(", ", SettingsWire.Settings.Select(x => x.Name)) + ")");
            }
        }

        if (a.StrideMm is int stride)
        {
            if (stride < 0 || stride > 65535) throw new UsageException($"bad --stride {stride}: 0…65535 (the pod itself accepts 300…2500 mm)");
            writes.Add(($"stride-mm={stride}", new[] { (byte)12, (byte)stride, (byte)(stride >> 8) }));
        }

        var scenario = SyntheticGenerator.DemoRun(a.Minutes, a.Seed);
        var trace = SyntheticGenerator.Generate(scenario, SyntheticGenerator.DefaultRateHz);
        double f = a.Minutes / 20.0;
        double stopS = 1160 * f;
        var link = new VirtualBleLink();
        var options = new SimulationOptions { Ble = link, StoreFolder = a.PodDir };
        options.Presses.Add(CliArgs.ParsePress($"up-long@{440 * f:0.#}s") with { Label = "start pacing" });
        options.Presses.Add(CliArgs.ParsePress($"up-long@{stopS:0.#}s") with { Label = "stop pacing" });
        // The pairing chord: hold Down, add Up half a second later, hold both past 3 s.
        options.Presses.Add(new ScriptedPress(2, (long)(ChordDownS * 1e6), 4_000_000, "pairing chord (Down)"));
        options.Presses.Add(new ScriptedPress(1, (long)(ChordUpS * 1e6), 3_500_000, "pairing chord (Up)"));

        var transcript = new List<(long Us, string Line)>();
        void Say(long us, string line) => transcript.Add((us, line));
        // An answer is printed at the time it arrived.
        void Answer(string line) => transcript.Add((link.NowUs?.Invoke() ?? 0, line));
        VirtualCentral? phone = null, stranger = null;
        var assembler = new RunLogAssembler();
        int strangerRefusals = 0;
        var script = new List<(double AtS, Action<long> Act)>
        {
            (PhoneConnectsS, t =>
            {
                phone = link.Connect("phone");
                phone.SubscribedRsc = true;
                Say(t, "phone connects (not paired) and enables RSC Measurement notifications — open to anyone, like every footpod");
                link.Submit(phone, BleRequestKind.Read, BleCharacteristic.RscFeature, then: e => Answer("phone reads RSC Feature: " + (e.Error == 0 ? string.Join(", ", RscDecoder.Features(e.Response)) : AttName(e.Error))));
                link.Submit(phone, BleRequestKind.Read, BleCharacteristic.SensorLocation, then: e => Answer("phone reads Sensor Location: " + (e.Error == 0 ? RscDecoder.Location(e.Response[0]) : AttName(e.Error))));
                link.Submit(phone, BleRequestKind.Read, BleCharacteristic.BatteryLevel, then: e => Answer("phone reads Battery Level: " + (e.Error == 0 ? e.Response[0] + " %" : AttName(e.Error))));
            }),
        };
        if (a.Stranger)
        {
            script.Add((StrangerS, t =>
            {
                stranger = link.Connect("stranger");
                void Refused(BleExchange e, string what)
                {
                    if (e.Error != 0) strangerRefusals++;
                    Answer($"stranger {what}: {(e.Error == 0 ? "ACCEPTED (a security bug)" : "refused, " + AttName(e.Error))}");
                }

                link.Submit(stranger, BleRequestKind.Read, BleCharacteristic.Settings, then: e => Refused(e, "reads the settings"));
                link.Submit(stranger, BleRequestKind.Write, BleCharacteristic.Settings, new byte[] { 3, 220, 0 }, e => Refused(e, "writes target-spm=220"));
                link.Submit(stranger, BleRequestKind.Read, BleCharacteristic.LogData, then: e => Refused(e, "reads the run log"));
                bool paired = link.Pair(stranger, bond: true);
                if (!paired) strangerRefusals++;
                Say(t, "stranger tries to pair (no pairing window open): " + (paired ? "PAIRED (a security bug)" : "fails — the pod asks for a passkey it never shows"));
            }));
        }

        script.Add((PhonePairsS, t =>
        {
            bool paired = link.Pair(phone!, bond: true);
            Say(t, "phone pairs and bonds (the wearer opened the window with the chord): " + (paired ? "bonded" : "FAILED"));
        }));
        script.Add((PhoneSettingsS, t =>
        {
            var steps = new Queue<Action>();
            void Next() { if (steps.Count > 0) steps.Dequeue()(); }
            void ReadSettings(string when) => link.Submit(phone!, BleRequestKind.Read, BleCharacteristic.Settings, then: e =>
            {
                Answer($"phone reads the settings {when}: " + (e.Error == 0 ? Describe(SettingsSnapshot.Decode(e.Response)) : AttName(e.Error)));
                Next();
            });
            steps.Enqueue(() => ReadSettings("(bonded link)"));
            foreach (var (label, bytes) in writes)
                steps.Enqueue(() => link.Submit(phone!, BleRequestKind.Write, BleCharacteristic.Settings, bytes, e =>
                {
                    Answer($"phone writes {label}: " + (e.Error == 0 ? "accepted (the pod sounds the confirmation, saves it)" : "refused, " + AttName(e.Error) + ", nothing changed"));
                    Next();
                }));
            if (writes.Count > 0) steps.Enqueue(() => ReadSettings("again"));
            Next();
        }));
        if (a.ReadLog)
        {
            script.Add((stopS + 5, t =>
            {
                Say(t, "phone reads the run log (Log Control: rewind, then Log Data until the end)");
                void ReadChunk(BleExchange e)
                {
                    if (e.Error != 0) { Answer("log read refused: " + AttName(e.Error)); return; }
                    assembler.Add(e.Response);
                    if (!assembler.Ended) link.Submit(phone!, BleRequestKind.Read, BleCharacteristic.LogData, then: ReadChunk);
                    else Answer($"run log: {assembler.Records.Count} record(s), every CRC-32 checked ({assembler.CrcFailures} failed, {assembler.Gaps} gaps)");
                }

                link.Submit(phone!, BleRequestKind.Write, BleCharacteristic.LogControl, new byte[] { 1 },
                    e => link.Submit(phone!, BleRequestKind.Read, BleCharacteristic.LogData, then: ReadChunk));
            }));
        }

        int nextAction = 0;
        options.OnTick = (us, _) =>
        {
            while (nextAction < script.Count && us >= (long)(script[nextAction].AtS * 1e6)) script[nextAction++].Act(us);
        };
        script.Sort((x, y) => x.AtS.CompareTo(y.AtS));

        if (!a.Quiet)
        {
            Console.WriteLine($"CadencePod ble: a generated {trace.DurationMs / 60000:0.#}-minute run (seed {a.Seed}) with a virtual phone on Bluetooth LE.");
            Console.WriteLine("Decoded by the simulator's own RSC decoder (from the specification), one line every " + a.EveryS.ToString("0.#", Inv) + " s:");
        }

        var result = Simulation.Run(trace, options);
        var events = new List<(long Us, string Line)>(transcript);
        var readings = phone?.Notifications ?? new List<RscNotification>();
        long everyUs = (long)(a.EveryS * 1e6);
        long nextPrint = 0;
        foreach (var n in readings)
        {
            if (n.TimeUs < nextPrint) continue;
            nextPrint = n.TimeUs + everyUs - 500_000;
            events.Add((n.TimeUs, Line(RscDecoder.Decode(n.Bytes), n.PodCadenceSpm)));
        }

        foreach (var (us, line) in events.OrderBy(e => e.Us)) Console.WriteLine($"{Clock(us)}  {line}");

        if (a.Csv != null) WriteCsv(a.Csv, readings);
        foreach (var line in Summary(readings, link, phone, strangerRefusals, a.Stranger, assembler, a.ReadLog, result)) Console.WriteLine(line);
        return 0;
    }

    static string Clock(long us) => $"{us / 60_000_000,3}:{us / 1_000_000 % 60:00}";

    static string Line(RscReading r, float podCadence)
    {
        string speed = r.SpeedMps > 0
            ? $"{r.SpeedMps,4:0.00} m/s ({(int)(r.PaceSPerKm!.Value / 60)}:{(int)(r.PaceSPerKm!.Value % 60):00} min/km)"
            : r.StrideM == null ? "speed 0 (no stride calibration)" : "speed 0";
        string stride = r.StrideM is double s ? $"  stride {s:0.00} m" : "";
        string motion = r.Running ? "running" : r.CadencePerMin == 0 ? "standing" : "walking";
        return $"RSC  {motion,-8}  {r.CadencePerMin,3} /min  {speed}{stride}   (pod: {podCadence:0.0} spm)";
    }

    static string Describe(SettingsSnapshot s) =>
        $"target {(s.Absolute ? s.AbsoluteSpm + " spm" : "+" + s.RelativePercent.ToString("0.0", Inv) + " %")} (now {(s.TargetSpm > 0 ? s.TargetSpm + " spm" : "none")}), "
        + $"baseline {(s.BaselineSpm > 0 ? s.BaselineSpm + " spm" : "not captured")}, cue mode {s.CueMode + 1}, volume {s.Volume}, tone {s.ToneHz} Hz, "
        + $"phase lock {(s.PhaseLock ? "on" : "off")}, plan {(s.Plan ? "on" : "off")}, wake on motion {(s.WakeOnMotion ? "on" : "off")}, auto-sleep {s.AutoSleepS} s, "
        + $"stride {(s.StrideMm > 0 ? s.StrideMm + " mm" : "not calibrated")}";

    public static string AttName(int code) => code switch
    {
        0x02 => "Read Not Permitted (0x02)",
        0x03 => "Write Not Permitted (0x03)",
        0x05 => "Insufficient Authentication (0x05): pair first",
        0x08 => "Insufficient Authorization (0x08): not bonded",
        0x0D => "Invalid Attribute Value Length (0x0D)",
        0x80 => "unknown setting or command (0x80)",
        0x81 => "not possible now (0x81)",
        0xFF => "Out of Range (0xFF)",
        _ => $"ATT error 0x{code:X2}",
    };

    static void WriteCsv(string path, List<RscNotification> readings)
    {
        var sb = new StringBuilder("t_s,running,cadence_per_min,speed_m_per_s,stride_m,pod_cadence_spm\n");
        foreach (var n in readings)
        {
            var r = RscDecoder.Decode(n.Bytes);
            sb.Append(string.Create(Inv, $"{n.TimeUs / 1e6:0.000},{(r.Running ? 1 : 0)},{r.CadencePerMin},{r.SpeedMps:0.0000},{(r.StrideM is double s ? s.ToString("0.00", Inv) : "")},{n.PodCadenceSpm:0.0}\n"));
        }

        File.WriteAllText(path, sb.ToString());
    }

    static List<string> Summary(List<RscNotification> readings, VirtualBleLink link, VirtualCentral? phone, int strangerRefusals, bool stranger,
        RunLogAssembler log, bool readLog, SimulationResult result)
    {
        var lines = new List<string> { "" };
        double maxCadenceError = 0, maxSpeedError = 0;
        int moving = 0;
        foreach (var n in readings)
        {
            var r = RscDecoder.Decode(n.Bytes);
            if (n.PodMotion != 0)
            {
                moving++;
                maxCadenceError = Math.Max(maxCadenceError, Math.Abs(r.CadencePerMin - n.PodCadenceSpm));
            }

            if (r.StrideM is double s) maxSpeedError = Math.Max(maxSpeedError, Math.Abs(r.SpeedMps - r.CadencePerMin * s / 60.0));
        }

        lines.Add($"notifications received by the phone: {readings.Count} ({moving} while moving, one a second)");
        lines.Add($"decoded cadence vs the pod's own estimate at that moment: largest difference {maxCadenceError:0.00} spm");
        if (readings.Any(n => RscDecoder.Decode(n.Bytes).StrideM != null))
            lines.Add($"speed vs cadence × stride (both as decoded): largest difference {maxSpeedError:0.000} m/s (1/256 m/s = 0.004 is the field's resolution)");
        else
            lines.Add("speed: 0 in every notification — no stride calibration yet (--stride MM, or a calibration run: docs/ble.md)");
        lines.Add($"pairing: the window opened {link.WindowOpenings} time(s); phone {(phone?.Bonded == true ? "bonded" : "not bonded")}");
        if (stranger) lines.Add($"stranger: {strangerRefusals} attempt(s) refused");
        if (readLog)
        {
            lines.Add($"run log: {log.Records.Count} record(s) read, {log.CrcFailures} CRC failure(s), {log.Gaps} gap(s)");
            foreach (var r in log.Records)
                lines.Add($"  run {r.Sequence}: {r.DurationS / 60} min {r.DurationS % 60:00} s, {r.Steps} steps, mean {r.MeanCadenceSpm} spm, target {r.TargetSpm} spm, {r.InZonePercent} % in zone, minutes: {string.Join(" ", r.MinuteCadences)}");
        }

        lines.Add($"pod: {result.BeatsPlayed} beats, {result.StepsMs.Count} steps");
        return lines;
    }
}
