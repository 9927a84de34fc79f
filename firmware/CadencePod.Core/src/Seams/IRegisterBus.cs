namespace CadencePod.Core.Seams
{
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
}
