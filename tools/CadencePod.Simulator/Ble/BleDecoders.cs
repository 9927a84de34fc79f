using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

// Decoders written from the specifications and docs/ble.md, not from the firmware's encoders: a test that decodes the
// firmware's bytes with them checks the firmware against the documents. They use no CadencePod.Core type.

/// <summary>One RSC Measurement (0x2A53) as a central reads it.</summary>
public readonly record struct RscReading(bool Running, double SpeedMps, int CadencePerMin, double? StrideM, double? TotalDistanceM)
{
    /// <summary>Pace in seconds per km; null when standing (speed 0).</summary>
    public double? PaceSPerKm => SpeedMps > 0 ? 1000.0 / SpeedMps : null;
}

/// <summary>
/// RSC Measurement per the Bluetooth SIG GATT Specification Supplement (org.bluetooth.characteristic.rsc_measurement):
/// Flags (uint8: bit 0 Instantaneous Stride Length Present, bit 1 Total Distance Present, bit 2 Walking or Running
/// Status, 1 = running); Instantaneous Speed (uint16, 1/256 m/s); Instantaneous Cadence (uint8, 1/min); then, when
/// flagged, Instantaneous Stride Length (uint16, 1/100 m) and Total Distance (uint32, 1/10 m). Little-endian.
/// </summary>
public static class RscDecoder
{
    public static RscReading Decode(ReadOnlySpan<byte> v)
    {
        if (v.Length < 4) throw new FormatException($"RSC Measurement of {v.Length} bytes: at least 4 (flags, speed, cadence)");
        byte flags = v[0];
        bool hasStride = (flags & 0x01) != 0, hasDistance = (flags & 0x02) != 0;
        int expected = 4 + (hasStride ? 2 : 0) + (hasDistance ? 4 : 0);
        if (v.Length != expected) throw new FormatException($"RSC Measurement of {v.Length} bytes; its flags 0x{flags:X2} say {expected}");
        if ((flags & 0xF8) != 0) throw new FormatException($"RSC Measurement flags 0x{flags:X2} use reserved bits");
        double speed = (v[1] | (v[2] << 8)) / 256.0;
        int cadence = v[3];
        int at = 4;
        double? stride = null, distance = null;
        if (hasStride) { stride = (v[at] | (v[at + 1] << 8)) / 100.0; at += 2; }
        if (hasDistance) distance = (uint)(v[at] | (v[at + 1] << 8) | (v[at + 2] << 16) | (v[at + 3] << 24)) / 10.0;
        return new RscReading((flags & 0x04) != 0, speed, cadence, stride, distance);
    }

    /// <summary>RSC Feature (0x2A54, uint16): the names of the supported-feature bits.</summary>
    public static List<string> Features(ReadOnlySpan<byte> v)
    {
        if (v.Length != 2) throw new FormatException($"RSC Feature of {v.Length} bytes: 2");
        int f = v[0] | (v[1] << 8);
        string[] names = { "stride length", "total distance", "walking or running status", "calibration procedure", "multiple sensor locations" };
        var list = new List<string>();
        for (int b = 0; b < names.Length; b++) if ((f & (1 << b)) != 0) list.Add(names[b]);
        return list;
    }

    /// <summary>Sensor Location (0x2A5D, uint8), the values a footpod uses.</summary>
    public static string Location(byte v) => v switch
    {
        0 => "other", 1 => "top of shoe", 2 => "in shoe", 3 => "hip", 14 => "chest", _ => $"location {v}",
    };
}

/// <summary>The CadencePod Settings read, per docs/ble.md ("Settings").</summary>
public sealed record SettingsSnapshot(
    int Version, bool Absolute, double RelativePercent, int AbsoluteSpm, int CueMode, int Volume, int ToneHz,
    bool PhaseLock, bool Plan, bool WakeOnMotion, bool Calibrating, int PlanStage, int AutoSleepS,
    int BaselineSpm, int TargetSpm, int StrideMm, int CalibrationDistanceM)
{
    public static SettingsSnapshot Decode(byte[] v)
    {
        if (v.Length != 21) throw new FormatException($"Settings of {v.Length} bytes: 21");
        if (v[0] != 1) throw new FormatException($"Settings format {v[0]}: this central reads format 1");
        int U16(int at) => v[at] | (v[at + 1] << 8);
        byte flags = v[9];
        return new SettingsSnapshot(v[0], v[1] == 1, v[2] / 10.0, U16(3), v[5], v[6], U16(7),
            (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, (flags & 8) != 0, v[10], U16(11),
            U16(13), U16(15), U16(17), U16(19));
    }
}

/// <summary>Settings writes by name, per docs/ble.md ("Settings write"): [id][value u16 LE].</summary>
public static class SettingsWire
{
    public static readonly (string Name, int Id, string Values)[] Settings =
    {
        ("target-mode", 1, "relative or absolute"),
        ("target-percent-tenths", 2, "50…100 in steps of 5 (+5.0 … +10.0 %)"),
        ("target-spm", 3, "120…220"),
        ("cue-mode", 4, "0 every step … 4 silent probe"),
        ("volume", 5, "0…3"),
        ("phase-lock", 6, "on or off"),
        ("plan", 7, "on or off"),
        ("wake-on-motion", 8, "on or off"),
        ("auto-sleep-s", 9, "60…7200"),
        ("tone-hz", 10, "2200, 2700 or 3200"),
        ("calibration-distance-m", 11, "100…10000"),
        ("stride-mm", 12, "300…2500, or 0 to forget"),
    };

    /// <summary>"volume=1", "phase-lock=on", "target-mode=absolute" → the 3 bytes. The value is not range-checked here:
    /// that is the pod's job (its answer is printed).</summary>
    public static byte[] Parse(string text, out string name)
    {
        int eq = text.IndexOf('=');
        if (eq <= 0) throw new ArgumentException($"bad setting '{text}': expected NAME=VALUE");
        name = text[..eq].Trim().ToLowerInvariant();
        string value = text[(eq + 1)..].Trim().ToLowerInvariant();
        int id = -1;
        foreach (var s in Settings) if (s.Name == name) id = s.Id;
        if (id < 0) throw new ArgumentException($"bad setting '{text}': unknown name '{name}'");
        int v = value switch
        {
            "on" or "relative" => value == "on" ? 1 : 0,
            "off" => 0,
            "absolute" => 1,
            _ => int.TryParse(value, out int n) && n >= 0 && n <= 65535 ? n : throw new ArgumentException($"bad setting '{text}': value '{value}' is not a number 0…65535, on/off or relative/absolute"),
        };
        return new[] { (byte)id, (byte)v, (byte)(v >> 8) };
    }
}

/// <summary>One run of the log as received: the record's bytes, checked against the CRC that follows them.</summary>
public sealed record RunLogRecord(uint Sequence, int DurationS, int RunningS, int Steps, int MeanCadenceSpm, int BaselineSpm,
    int TargetSpm, int InZonePercent, int ProbeCadenceSpm, byte[] MinuteCadences, byte[] Bytes)
{
    /// <summary>Parses the record layout of docs/ble.md ("Run log"): 'R' 'L', sequence u32 at 4, duration, running time,
    /// steps, mean cadence, baseline, target (u16 at 8–19), in-zone % (20), probe cadence (u16 at 21), minute count (23),
    /// then one cadence byte per minute from 32.</summary>
    public static RunLogRecord Parse(byte[] b)
    {
        if (b.Length < 32 || b[0] != 'R' || b[1] != 'L') throw new FormatException("not a run-log record");
        int U16(int at) => b[at] | (b[at + 1] << 8);
        int minutes = b[23];
        if (b.Length != 32 + minutes) throw new FormatException($"record of {b.Length} bytes with {minutes} minutes: {32 + minutes}");
        return new RunLogRecord((uint)(b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)), U16(8), U16(10), U16(12), U16(14), U16(16),
            U16(18), b[20], U16(21), b[32..], b);
    }
}

/// <summary>CRC-32 (IEEE 802.3: reflected polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF), table-driven.</summary>
public static class Crc32Ieee
{
    static readonly uint[] Table = Build();

    static uint[] Build()
    {
        var t = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            uint c = n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }

        return t;
    }

    public static uint Of(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (byte x in data) c = Table[(c ^ x) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}

/// <summary>
/// Reassembles the Log Data chunks of docs/ble.md ("Run log"): byte 0 chunk index, byte 1 flags (bit 0 first, bit 1
/// last, bit 7 end of log), then the record's bytes; a record ends with the CRC-32 of the bytes before it.
/// </summary>
public sealed class RunLogAssembler
{
    readonly List<byte> _bytes = new();
    int _nextChunk;
    bool _inRecord;

    public List<RunLogRecord> Records { get; } = new();
    public int CrcFailures { get; private set; }
    public int Gaps { get; private set; }
    public bool Ended { get; private set; }

    public void Add(ReadOnlySpan<byte> chunk)
    {
        if (chunk.Length < 2 || chunk.Length > 20) throw new FormatException($"Log Data chunk of {chunk.Length} bytes: 2…20");
        int index = chunk[0], flags = chunk[1];
        if ((flags & 0x80) != 0) { Ended = true; return; }
        if ((flags & 0x01) != 0) { _bytes.Clear(); _nextChunk = 0; _inRecord = true; }
        if (!_inRecord || index != _nextChunk) { Gaps++; _inRecord = false; return; }
        _bytes.AddRange(chunk[2..].ToArray());
        _nextChunk++;
        if ((flags & 0x02) == 0) return;
        _inRecord = false;
        var all = _bytes.ToArray();
        if (all.Length < 36) { CrcFailures++; return; }
        var body = all[..^4];
        uint crc = (uint)(all[^4] | (all[^3] << 8) | (all[^2] << 16) | (all[^1] << 24));
        if (Crc32Ieee.Of(body) != crc) { CrcFailures++; return; }
        Records.Add(RunLogRecord.Parse(body));
    }
}
