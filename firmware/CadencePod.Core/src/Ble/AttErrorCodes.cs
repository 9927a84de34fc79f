namespace CadencePod.Core.Ble
{
    /// <summary>ATT error codes the pod answers with (Bluetooth Core spec Vol 3 Part F 3.4.1.1; 0x80–0x9F application
    /// errors; 0xFF from the Core Specification Supplement's common profile errors). Int constants, not an enum: they cross
    /// the <see cref="IBlePeripheral"/> seam as the int the head hands to the native stack as a byte.</summary>
    public static class AttErrorCodes
    {
        public const int None = 0;
        public const int ReadNotPermitted = 0x02;
        public const int WriteNotPermitted = 0x03;
        /// <summary>The link is not encrypted: the central should pair (and bond) first.</summary>
        public const int InsufficientAuthentication = 0x05;
        /// <summary>The link is encrypted but not bonded in a pairing window.</summary>
        public const int InsufficientAuthorization = 0x08;
        /// <summary>The written value has the wrong length for what it says it is.</summary>
        public const int InvalidAttributeValueLength = 0x0D;
        /// <summary>Application error: unknown setting id, command or log operation.</summary>
        public const int UnknownOperation = 0x80;
        /// <summary>Application error: valid, but not possible now (e.g. finishing a calibration that was never started).</summary>
        public const int NotPossibleNow = 0x81;
        /// <summary>Out of Range (Core Specification Supplement, common profile and service error codes).</summary>
        public const int OutOfRange = 0xFF;
    }
}
