#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>Counts events by kind and remembers which sound patterns were played and which parts faulted.</summary>
    public sealed class BootEvents : IPodEvents
    {
        public readonly int[] Count = new int[32];
        public readonly bool[] PatternPlayed = new bool[32];
        public readonly bool[] PartFaulted = new bool[16];

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            Count[(int)kind]++;
            if (kind == PodEvent.Pattern && value >= 0 && value < PatternPlayed.Length) PatternPlayed[value] = true;
            if (kind == PodEvent.HardwareFault && value >= 0 && value < PartFaulted.Length) PartFaulted[value] = true;
        }

        public bool Played(int[] pattern)
        {
            return PatternPlayed[SoundPatterns.IdOf(pattern)];
        }
    }
}
