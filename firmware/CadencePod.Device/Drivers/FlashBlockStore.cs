using System;
using System.IO;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>Settings and run-log slots as small files on the internal flash drive I: (littlefs).</summary>
    public sealed class FlashBlockStore : IBlockStore
    {
        readonly string[] _paths = new string[64];

        public FlashBlockStore(string pathPrefix)
        {
            for (int i = 0; i < _paths.Length; i++) _paths[i] = pathPrefix + i.ToString() + ".bin";
        }

        public int Read(int slot, byte[] buffer)
        {
            try
            {
                if (!File.Exists(_paths[slot])) return 0;
                using (FileStream f = new FileStream(_paths[slot], FileMode.Open, FileAccess.Read))
                {
                    int total = 0;
                    while (total < buffer.Length)
                    {
                        int n = f.Read(buffer, total, buffer.Length - total);
                        if (n <= 0) break;
                        total += n;
                    }

                    return total;
                }
            }
            catch (Exception)
            {
                return -1; // the IBlockStore contract: errors are returned, the guard counts them
            }
        }

        public bool Write(int slot, byte[] data, int length)
        {
            try
            {
                using (FileStream f = new FileStream(_paths[slot], FileMode.Create, FileAccess.Write))
                {
                    f.Write(data, 0, length);
                    f.Flush();
                }

                return true;
            }
            catch (Exception)
            {
                return false; // full or read-only: the controller reports it, the pod carries on
            }
        }
    }
}
