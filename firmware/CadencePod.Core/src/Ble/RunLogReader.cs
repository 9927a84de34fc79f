using CadencePod.Core.Storage;
using static CadencePod.Core.Ble.LogChunkLayout;

namespace CadencePod.Core.Ble
{
    /// <summary>
    /// The run log over Bluetooth, in chunks small enough for one ATT read at the default MTU (23 bytes: 22 of value).
    /// Each record travels as its stored bytes (the header and one byte per minute, as on flash) followed by a CRC-32
    /// (IEEE 802.3) of those bytes, so the central can check every record on its own. The chunk's layout is
    /// <see cref="LogChunkLayout"/>: an index within the record, flags, then up to ChunkPayloadBytes of the record.
    /// Every read returns the next chunk: oldest record first, then on to the newest, then end-of-log chunks. A central
    /// that misses a chunk (its index skips) seeks the record again (Log Control). Allocates nothing.
    /// </summary>
    public sealed class RunLogReader
    {
        readonly RunLog _log;
        readonly byte[] _record = new byte[RunLogLayout.RecordBytes + CrcBytes];
        uint _sequence;
        bool _positioned;
        bool _loaded;
        int _length;
        int _chunk;

        public RunLogReader(RunLog log)
        {
            _log = log;
        }

        /// <summary>Back to the oldest record.</summary>
        public void Rewind()
        {
            _sequence = _log.OldestSequence;
            _positioned = true;
            _loaded = false;
        }

        /// <summary>Positions at run <paramref name="sequence"/>; false (position unchanged) when that run is not in the log.</summary>
        public bool Seek(uint sequence)
        {
            if (_log.ReadRecordBytes(sequence, _record) == 0) return false;
            _sequence = sequence;
            _positioned = true;
            _loaded = false;
            return true;
        }

        /// <summary>Writes the next chunk into <paramref name="into"/> (at least MaxChunkBytes); returns its length.</summary>
        public int NextChunk(byte[] into)
        {
            if (!_positioned) Rewind();
            if (!_loaded) Load();
            if (!_loaded)
            {
                into[AtIndex] = 0;
                into[AtFlags] = FlagEndOfLog;
                return AtPayload;
            }

            int offset = _chunk * ChunkPayloadBytes;
            int n = _length - offset;
            if (n > ChunkPayloadBytes) n = ChunkPayloadBytes;
            bool last = offset + n == _length;
            into[AtIndex] = (byte)_chunk;
            into[AtFlags] = (byte)((_chunk == 0 ? FlagFirst : 0) | (last ? FlagLast : 0));
            for (int i = 0; i < n; i++) into[AtPayload + i] = _record[offset + i];
            if (last)
            {
                _sequence++;
                _loaded = false;
            }
            else
            {
                _chunk++;
            }

            return AtPayload + n;
        }

        void Load()
        {
            uint next = _log.NextSequence;
            uint oldest = _log.OldestSequence;
            if (_sequence < oldest) _sequence = oldest; // runs appended meanwhile overwrote the position
            while (_sequence < next)
            {
                int n = _log.ReadRecordBytes(_sequence, _record);
                if (n > 0)
                {
                    LittleEndian.PutU32(_record, n, Crc32.Compute(_record, 0, n));
                    _length = n + CrcBytes;
                    _chunk = 0;
                    _loaded = true;
                    return;
                }

                _sequence++; // a corrupt or overwritten slot is skipped: the central sees the gap in sequence numbers
            }
        }
    }
}
