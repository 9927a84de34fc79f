#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class SoundLanguageTests
    {
        static bool Same(int[] a, int[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i]) return false;
            }

            return true;
        }

        [TestMethod]
        public void NoTwoPatternsAreAlike()
        {
            int[][] all = SoundPatterns.All();
            for (int i = 0; i < all.Length; i++)
            {
                for (int j = i + 1; j < all.Length; j++)
                {
                    Assert.IsFalse(Same(all[i], all[j]), "patterns " + i.ToString() + " and " + j.ToString());
                }
            }

            Assert.AreEqual(all.Length, SoundPatterns.AllNames().Length);
            for (int i = 0; i < all.Length; i++) Assert.AreEqual(i, SoundPatterns.IdOf(all[i]));
        }

        [TestMethod]
        public void NoPatternSoundsLikeABeat()
        {
            // A beat is one tone of BeatDurationUs. A pattern must have several tones or a tone at least twice as long.
            int[][] all = SoundPatterns.All();
            for (int i = 0; i < all.Length; i++)
            {
                int[] p = all[i];
                int tones = p.Length / 3;
                int longest = 0;
                for (int k = 0; k + 2 < p.Length; k += 3)
                {
                    if (p[k + 1] > longest) longest = p[k + 1];
                }

                Assert.IsTrue(tones >= 2 || longest * 1000 >= 2 * Tunables.BeatDurationUs, "pattern " + SoundPatterns.AllNames()[i]);
            }
        }

        [TestMethod]
        public void TonesStartAndStopAtTheirExactEdges()
        {
            var beeper = new SimBeeper(new VirtualClock());
            var tones = new ToneScheduler(beeper);
            var beep = new Beep();
            beep.OnsetUs = 1000000u;
            beep.DurationUs = 20000;
            beep.FrequencyHz = 2700;
            beep.Level = 2;
            beep.Audible = true;
            Assert.IsTrue(tones.ScheduleBeat(beep));
            tones.Run(999999u);
            Assert.IsFalse(beeper.On);
            Assert.IsTrue(tones.NextEdgeUs(out uint edge));
            Assert.AreEqual(1000000u, edge);
            tones.Run(1000000u);
            Assert.IsTrue(beeper.On);
            Assert.IsTrue(tones.NextEdgeUs(out edge));
            Assert.AreEqual(1020000u, edge);
            tones.Run(1020000u);
            Assert.IsFalse(beeper.On);
            Assert.AreEqual(1, tones.BeatsPlayed);
        }

        [TestMethod]
        public void ABeatOverlappingAPatternIsSkipped()
        {
            var beeper = new SimBeeper(new VirtualClock());
            var tones = new ToneScheduler(beeper);
            tones.PlayPattern(Tunables.StartSound, 0u, 2);
            var beep = new Beep();
            beep.OnsetUs = 100000u;
            beep.DurationUs = 20000;
            beep.Level = 2;
            beep.Audible = true;
            Assert.IsFalse(tones.ScheduleBeat(beep));
            Assert.AreEqual(1, tones.BeatsSkipped);
        }
    }
}
