using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Storage behind a guard: the contract says never throw; a store that does anyway reads as an error.</summary>
    public sealed class GuardedStore : IBlockStore
    {
        readonly IBlockStore _inner;
        readonly HardwareFaults _faults;

        public GuardedStore(IBlockStore inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int Read(int slot, byte[] buffer)
        {
            try
            {
                int n = _inner.Read(slot, buffer);
                if (n < 0) _faults.Record(HardwarePart.Storage);
                return n;
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Storage);
                return -1;
            }
        }

        public bool Write(int slot, byte[] data, int length)
        {
            try
            {
                bool ok = _inner.Write(slot, data, length);
                if (!ok) _faults.Record(HardwarePart.Storage);
                return ok;
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Storage);
                return false;
            }
        }
    }
}
