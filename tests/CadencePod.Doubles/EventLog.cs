using CadencePod.Core.Seams;
using CadencePod.Core.Ui;

namespace CadencePod.Doubles
{
    /// <summary>Counts pod events by kind, remembers the last value of each, which sound patterns played and which parts faulted.</summary>
    public sealed class EventLog : IPodEvents
    {
        /// <summary>Room for every PodEvent, with spare.</summary>
        const int Kinds = 64;

        public readonly int[] Count = new int[Kinds];
        public readonly int[] LastValue = new int[Kinds];
        public readonly bool[] PatternPlayed = new bool[Kinds];
        public readonly int[] PatternCount = new int[Kinds];
        public readonly bool[] PartFaulted = new bool[Kinds];

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            Count[(int)kind]++;
            LastValue[(int)kind] = value;
            if (kind == PodEvent.Pattern && value >= 0 && value < Kinds)
            {
                PatternPlayed[value] = true;
                PatternCount[value]++;
            }

            if (kind == PodEvent.HardwareFault && value >= 0 && value < Kinds) PartFaulted[value] = true;
        }

        public bool Played(int[] pattern)
        {
            return PatternPlayed[SoundPatterns.IdOf(pattern)];
        }

        public int TimesPlayed(int[] pattern)
        {
            return PatternCount[SoundPatterns.IdOf(pattern)];
        }
    }
}
