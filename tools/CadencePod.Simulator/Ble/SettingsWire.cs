using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

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
