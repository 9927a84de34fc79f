namespace CadencePod.Core.Storage
{
    /// <summary>Little-endian integers in byte buffers, for the settings record and the run-log records.</summary>
    public static class LittleEndian
    {
        public static void PutU16(byte[] b, int at, int v)
        {
            b[at] = (byte)v;
            b[at + 1] = (byte)(v >> 8);
        }

        public static void PutU32(byte[] b, int at, uint v)
        {
            b[at] = (byte)v;
            b[at + 1] = (byte)(v >> 8);
            b[at + 2] = (byte)(v >> 16);
            b[at + 3] = (byte)(v >> 24);
        }

        public static int GetU16(byte[] b, int at)
        {
            return b[at] | (b[at + 1] << 8);
        }

        public static uint GetU32(byte[] b, int at)
        {
            return (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));
        }
    }
}
