namespace CadencePod.Core.Ui
{
    /// <summary>A sound pattern (the …Sound tables in <see cref="Tunables"/>): one triple per tone, its frequency (Hz), its
    /// on time and the silence after it (ms).</summary>
    public static class SoundPatternLayout
    {
        public const int ValuesPerTone = 3;
        public const int AtHz = 0;
        public const int AtOnMs = 1;
        public const int AtOffMs = 2;
    }
}
