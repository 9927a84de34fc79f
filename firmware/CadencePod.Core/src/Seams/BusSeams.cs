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

    /// <summary>
    /// A chip's registers over a bus: write one register, read a block. The MPU-6050 driver in Core talks only to this,
    /// so it runs on the host and on nanoCLR against a simulated register file; the head adapts an I2cDevice to it.
    /// Either call may throw (native driver failures): the driver catches.
    /// </summary>
    public interface IRegisterBus
    {
        /// <summary>Writes one byte to a register.</summary>
        BusStatus WriteRegister(int register, int value);

        /// <summary>
        /// Reads count bytes starting at firstRegister into buffer[0 … count). Registers auto-increment, except a FIFO data
        /// register, which hands out its next byte for every byte read. bytesRead is how many bytes arrived.
        /// </summary>
        BusStatus ReadRegisters(int firstRegister, byte[] buffer, int count, out int bytesRead);
    }

    /// <summary>A blocking wait, for the few fixed delays a chip needs at boot (the MPU-6050's reset). Never used in the loop.</summary>
    public interface IDelay
    {
        void WaitMs(int milliseconds);
    }

    /// <summary>One ADC channel, raw counts as the native driver returns them (0 … its MaxValue). May throw.</summary>
    public interface IAnalogInput
    {
        /// <summary>Largest raw value (4095 for the ESP32's 12-bit ADC).</summary>
        int MaxRaw { get; }

        int ReadRaw();
    }
}
