using System;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    public sealed class ThrowingStore : IBlockStore
    {
        public int Read(int slot, byte[] buffer)
        {
            throw new Exception("simulated file system failure");
        }

        public bool Write(int slot, byte[] data, int length)
        {
            throw new Exception("simulated file system failure");
        }
    }
}
