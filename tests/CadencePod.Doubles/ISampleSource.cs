using System;

namespace CadencePod.Doubles
{
    /// <summary>Where the simulated chip's samples come from.</summary>
    public interface ISampleSource
    {
        /// <summary>
        /// Sample k — the chip's k-th sample instant since power-up at its actual rate, so sample k is taken k / rate after
        /// the double was created — in counts at countsPerG.
        /// </summary>
        void Sample(long k, int countsPerG, out short x, out short y, out short z);
    }
}
