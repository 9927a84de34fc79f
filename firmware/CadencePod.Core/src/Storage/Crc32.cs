namespace CadencePod.Core.Storage
{
    /// <summary>CRC-32 (IEEE 802.3, reflected, poly 0xEDB88320), bitwise: no table, only runs on save and load.</summary>
    public static class Crc32
    {
        public static uint Compute(byte[] data, int offset, int length)
        {
            uint crc = 0xFFFFFFFFu;
            for (int i = offset; i < offset + length; i++)
            {
                crc ^= data[i];
                for (int b = 0; b < 8; b++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }

            return ~crc;
        }
    }
}
