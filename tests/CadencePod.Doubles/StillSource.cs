using System;

namespace CadencePod.Doubles
{
    /// <summary>A pod lying still: 1 g on z, plus one count of alternating noise (bit-identical samples would look stuck).</summary>
    public sealed class StillSource : ISampleSource
    {
        public void Sample(long k, int countsPerG, out short x, out short y, out short z)
        {
            x = (short)(k & 1);
            y = 0;
            z = (short)countsPerG;
        }
    }
}
