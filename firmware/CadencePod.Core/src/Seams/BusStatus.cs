namespace CadencePod.Core.Seams
{
    /// <summary>
    /// Outcome of one bus transaction. The values follow what the ESP32's I²C driver reports in I2cTransferStatus:
    /// an address that is not acknowledged, a clock-stretch timeout, anything else. (Exceptions are separate: the native
    /// driver throws for its own failures and for out-of-memory; callers catch them.)
    /// </summary>
    public enum BusStatus
    {
        Ok = 0,

        /// <summary>The chip did not acknowledge (absent, unpowered, a loose wire). Nothing was transferred.</summary>
        NotAcknowledged = 1,

        /// <summary>The chip held the clock longer than the driver waits.</summary>
        ClockStretchTimeout = 2,

        /// <summary>Fewer bytes than asked were transferred (the ESP32 driver does not report this; the API has it).</summary>
        PartialTransfer = 3,

        /// <summary>Any other bus error.</summary>
        Error = 4,
    }
}
