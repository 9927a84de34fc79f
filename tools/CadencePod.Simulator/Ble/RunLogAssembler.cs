using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

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
