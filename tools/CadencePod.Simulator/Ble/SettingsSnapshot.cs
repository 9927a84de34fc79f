using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

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
