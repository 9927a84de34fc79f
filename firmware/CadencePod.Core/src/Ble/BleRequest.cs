namespace CadencePod.Core.Ble
{
    /// <summary>One read or write from a central, copied by the head into this preallocated object (never allocated per request).</summary>
    public sealed class BleRequest
    {
        /// <summary>Longest write value kept; a longer write keeps its true <see cref="Length"/> and is refused as malformed.</summary>
        public const int MaxValueBytes = Tunables.BleMaxWriteBytes;

        public BleRequestKind Kind;
        public BleCharacteristic Characteristic;
        public BleLinkSecurity Security;
        /// <summary>Write value (the first MaxValueBytes bytes).</summary>
        public readonly byte[] Value = new byte[MaxValueBytes];
        /// <summary>The write's true length in bytes (may exceed MaxValueBytes).</summary>
        public int Length;
    }
}
