namespace CadencePod.Core.Seams
{
    /// <summary>Small persistent byte slots (settings A/B, run log). Device: files on I:. Host: files or memory.</summary>
    public interface IBlockStore
    {
        /// <summary>Reads slot into buffer; returns bytes read, 0 when empty, -1 on a storage error. Never throws.</summary>
        int Read(int slot, byte[] buffer);

        /// <summary>Writes length bytes of data to slot; false on a storage error (full, read-only). Never throws.</summary>
        bool Write(int slot, byte[] data, int length);
    }
}
