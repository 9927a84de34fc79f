namespace CadencePod.Core.Storage
{
    /// <summary>The CRC-32 of IEEE 802.3 (as zlib and PNG), in its reflected, bit-at-a-time form.</summary>
    public static class Crc32Bits
    {
        /// <summary>The generator polynomial 0x04C11DB7, bit-reversed for the reflected form.</summary>
        public const uint ReflectedPolynomial = 0xEDB88320u;

        /// <summary>The register starts as all ones, and the result is its complement.</summary>
        public const uint Initial = 0xFFFFFFFFu;

        /// <summary>Bits shifted through the register per byte.</summary>
        public const int BitsPerByte = 8;
    }
}
