using System;

namespace CadencePod.Doubles
{
    /// <summary>Samples that name themselves, so a test can tell which ones arrived: x = k mod 30000, y = −x, z = 1 g + k mod 5.</summary>
    public sealed class CountingSource : ISampleSource
    {
        public void Sample(long k, int countsPerG, out short x, out short y, out short z)
        {
            x = (short)(k % 30000);
            y = (short)-x;
            z = (short)(countsPerG + (int)(k % 5));
        }

        /// <summary>The k (mod 30000) a sample names.</summary>
        public static int IndexOf(short x)
        {
            return x;
        }
    }
}
