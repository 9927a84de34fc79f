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
