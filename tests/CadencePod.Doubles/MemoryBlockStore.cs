using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// Block store in RAM (tests, the simulator without --pod, NanoBench). Can be told to fail writes (flash full, read-only) or to tear the next
    /// write after a number of bytes (power cut mid-write), for fault-injection tests.
    /// </summary>
    public sealed class MemoryBlockStore : IBlockStore
    {
        /// <summary>Slots held: the settings' two and the run log's ring (RunLogLayout.FirstSlot + RunLog.Capacity).</summary>
        const int Slots = 64;
        readonly byte[][] _data = new byte[Slots][];
        readonly int[] _length = new int[Slots];

        /// <summary>When true every write fails (flash full or read-only) and nothing changes.</summary>
        public bool FailWrites;

        /// <summary>When ≥ 0, the next write stores only this many bytes over the old content, then reports failure.</summary>
        public int TearNextWriteAt = -1;

        public int Writes;

        public int Read(int slot, byte[] buffer)
        {
            if (slot < 0 || slot >= Slots) return -1;
            byte[] d = _data[slot];
            if (d == null) return 0;
            int n = _length[slot] < buffer.Length ? _length[slot] : buffer.Length;
            for (int i = 0; i < n; i++) buffer[i] = d[i];
            return n;
        }

        public bool Write(int slot, byte[] data, int length)
        {
            if (slot < 0 || slot >= Slots || FailWrites) return false;
            Writes++;
            if (_data[slot] == null || _data[slot].Length < length) _data[slot] = new byte[length < 256 ? 256 : length];
            if (TearNextWriteAt >= 0)
            {
                int keep = TearNextWriteAt < length ? TearNextWriteAt : length;
                for (int i = 0; i < keep; i++) _data[slot][i] = data[i];
                if (_length[slot] < keep) _length[slot] = keep;
                TearNextWriteAt = -1;
                return false;
            }

            for (int i = 0; i < length; i++) _data[slot][i] = data[i];
            _length[slot] = length;
            return true;
        }

        /// <summary>Overwrites one stored byte (corruption tests).</summary>
        public void Poke(int slot, int offset, byte value)
        {
            if (_data[slot] != null && offset < _length[slot]) _data[slot][offset] = value;
        }
    }
}
