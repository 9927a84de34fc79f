using System;
using System.Collections.Generic;
using CadencePod.Core.Ble;

namespace CadencePod.Simulator.Ble;

/// <summary>A read or write from a central and, once the pod answers, its result.</summary>
public sealed class BleExchange
{
    public required VirtualCentral Central { get; init; }
    public BleRequestKind Kind { get; init; }
    public BleCharacteristic Characteristic { get; init; }
    public byte[] Value { get; init; } = Array.Empty<byte>();
    public bool Done { get; set; }
    public int Error { get; set; } = -1;
    public byte[] Response { get; set; } = Array.Empty<byte>();
    /// <summary>Runs when the answer arrives (the next step of a procedure, e.g. the next log chunk).</summary>
    public Action<BleExchange>? Then { get; init; }
}
