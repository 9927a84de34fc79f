using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

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
