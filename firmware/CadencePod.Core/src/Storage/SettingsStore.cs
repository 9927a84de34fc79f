using CadencePod.Core.Seams;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// Two alternating slots (A = 0, B = 1), each holding a whole record with a sequence number. A save always
    /// overwrites the older slot, so a power cut at any byte of a write leaves the newer complete record readable.
    /// </summary>
    public sealed class SettingsStore
    {
        public const int SlotA = 0;
        public const int SlotB = 1;

        readonly IBlockStore _store;
        readonly byte[] _buffer = new byte[SettingsRecordLayout.RecordBytes];
        readonly PodSettings _scratch = new PodSettings();
        uint _sequence;
        int _newestSlot = -1;

        public SettingsStore(IBlockStore store)
        {
            _store = store;
        }

        /// <summary>Slot the last load or save found newest (-1 when none).</summary>
        public int NewestSlot { get { return _newestSlot; } }

        /// <summary>Loads into settings; on any failure the settings are reset to defaults. Never throws.</summary>
        public SettingsLoadResult Load(PodSettings settings)
        {
            bool haveA = ReadSlot(SlotA, _scratch, out uint seqA);
            bool haveB;
            uint seqB;
            if (haveA)
            {
                settings.CopyFrom(_scratch);
                haveB = ReadSlot(SlotB, _scratch, out seqB);
                if (haveB && (int)(seqB - seqA) > 0) settings.CopyFrom(_scratch);
            }
            else
            {
                haveB = ReadSlot(SlotB, settings, out seqB);
            }

            if (!haveA && !haveB)
            {
                settings.ResetToDefaults();
                _newestSlot = -1;
                _sequence = 0;
                return SettingsLoadResult.ResetToDefaults;
            }

            if (haveA && (!haveB || (int)(seqA - seqB) >= 0))
            {
                _newestSlot = SlotA;
                _sequence = seqA;
            }
            else
            {
                _newestSlot = SlotB;
                _sequence = seqB;
            }

            return SettingsLoadResult.Loaded;
        }

        /// <summary>Writes settings to the older slot; false on a storage error (the previous record stays valid).</summary>
        public bool Save(PodSettings settings)
        {
            int slot = _newestSlot == SlotA ? SlotB : SlotA;
            uint sequence = _sequence + 1;
            int length = SettingsCodec.Encode(settings, sequence, _buffer);
            if (!_store.Write(slot, _buffer, length)) return false;
            _newestSlot = slot;
            _sequence = sequence;
            return true;
        }

        bool ReadSlot(int slot, PodSettings into, out uint sequence)
        {
            sequence = 0;
            int n = _store.Read(slot, _buffer);
            if (n <= 0) return false;
            return SettingsCodec.TryDecode(_buffer, n, into, out sequence);
        }
    }
}
