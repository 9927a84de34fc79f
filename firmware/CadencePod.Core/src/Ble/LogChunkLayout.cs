namespace CadencePod.Core.Ble
{
    /// <summary>
    /// A Log Data chunk, byte for byte: docs/records.md's "Log Data chunk" table — an index within the record, flags, then
    /// up to <see cref="ChunkPayloadBytes"/> of the record; a record travels with a CRC-32 of its bytes after it.
    /// </summary>
    public static class LogChunkLayout
    {
        /// <summary>The record's bytes per chunk: a chunk fits one ATT read at the default MTU (23 bytes: 22 of value).</summary>
        public const int ChunkPayloadBytes = 18;
        public const int AtIndex = 0;
        public const int AtFlags = 1;
        public const int AtPayload = 2;
        public const int MaxChunkBytes = AtPayload + ChunkPayloadBytes;

        /// <summary>The CRC-32 after the record's bytes.</summary>
        public const int CrcBytes = 4;

        /// <summary>Flags: bit 0 first chunk of a record, bit 1 last, bit 7 end of the log (no payload).</summary>
        public const int FlagFirst = 1;
        public const int FlagLast = 2;
        public const int FlagEndOfLog = 0x80;
    }
}
