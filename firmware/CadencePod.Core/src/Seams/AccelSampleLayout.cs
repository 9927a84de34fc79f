namespace CadencePod.Core.Seams
{
    /// <summary>
    /// A batch of accelerometer samples as <see cref="IAccelSource.Read"/> fills it: interleaved counts, one sample after
    /// another, x first (sample i's x at Axes × i), then <see cref="Y"/> and <see cref="Z"/>.
    /// </summary>
    public static class AccelSampleLayout
    {
        /// <summary>Values per sample: x, y, z.</summary>
        public const int Axes = 3;

        /// <summary>Offsets within a sample (x is at 0).</summary>
        public const int Y = 1;
        public const int Z = 2;
    }
}
