#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>
    /// Follows the samples a driver hands out from a <see cref="CountingSource"/>: each must be whole (its three values
    /// belong together — a shifted stream breaks that) and follow the previous one, or the jump is a gap.
    /// </summary>
    public sealed class SampleTrail
    {
        public int Delivered;
        public int Broken;
        public int Gaps;
        public int GapSamples;
        public int LastIndex = -1;

        public void Check(short[] xyz, int n, int countsPerG)
        {
            for (int i = 0; i < n; i++)
            {
                int k = CountingSource.IndexOf(xyz[3 * i]);
                if (xyz[3 * i + 1] != -xyz[3 * i] || xyz[3 * i + 2] != countsPerG + k % 5) Broken++;
                if (LastIndex >= 0)
                {
                    int step = (k - LastIndex + 30000) % 30000;
                    if (step != 1)
                    {
                        Gaps++;
                        GapSamples += step - 1;
                    }
                }

                LastIndex = k;
                Delivered++;
            }
        }
    }
}
