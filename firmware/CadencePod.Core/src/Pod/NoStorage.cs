using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>No flash: every read and write is a storage error (defaults in use, runs not logged).</summary>
    public sealed class NoStorage : IBlockStore
    {
        public int Read(int slot, byte[] buffer)
        {
            return -1;
        }

        public bool Write(int slot, byte[] data, int length)
        {
            return false;
        }
    }
}
