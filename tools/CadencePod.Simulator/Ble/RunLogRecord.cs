using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

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
