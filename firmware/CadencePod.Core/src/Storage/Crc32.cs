namespace CadencePod.Core.Storage
{
    /// <summary>CRC-32 (IEEE 802.3, reflected: <see cref="Crc32Bits"/>), bitwise: no table, only runs on save and load.</summary>
    public static class Crc32
    {
        public static uint Compute(byte[] data, int offset, int length)
        {
            uint crc = Crc32Bits.Initial;
            for (int i = offset; i < offset + length; i++)
            {
                crc ^= data[i];
                for (int b = 0; b < Crc32Bits.BitsPerByte; b++) crc = (crc & 1) != 0 ? (crc >> 1) ^ Crc32Bits.ReflectedPolynomial : crc >> 1;
            }

            return ~crc;
        }
    }
}
