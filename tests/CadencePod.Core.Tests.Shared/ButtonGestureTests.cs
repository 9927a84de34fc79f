#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Seams;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class ButtonGestureTests
    {
        /// <summary>Holds mask from..to (ms) on a 1 ms poll and returns the first event, or None.</summary>
        static ButtonEvent Drive(ButtonGestures g, ref uint t, int mask, int ms)
        {
            ButtonEvent first = ButtonEvent.None;
            for (int i = 0; i < ms; i++)
            {
                g.Poll(t, mask);
                t += 1000;
                while (g.HasEvent)
                {
                    ButtonEvent e = g.NextEvent();
                    if (first == ButtonEvent.None && e != ButtonEvent.LongArmed) first = e;
                }
            }

            return first;
        }

        static ButtonGestures Fresh(ref uint t)
        {
            var g = new ButtonGestures();
            Drive(g, ref t, 0, 50);
            return g;
        }

        [TestMethod]
        public void ShortPressIsRecognisedOnRelease()
        {
            uint t = 0;
            var g = Fresh(ref t);
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, ButtonBits.Up, 200));
            Assert.AreEqual((int)ButtonEvent.UpShort, (int)Drive(g, ref t, 0, 50));
        }

        [TestMethod]
        public void BounceShorterThanTheDebounceTimeIsIgnored()
        {
            uint t = 0;
            var g = Fresh(ref t);
            for (int i = 0; i < 10; i++)
            {
                Drive(g, ref t, ButtonBits.Down, 3);
                Drive(g, ref t, 0, 3);
            }

            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 100));
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, ButtonBits.Down, 150));
            Assert.AreEqual((int)ButtonEvent.DownShort, (int)Drive(g, ref t, 0, 50));
        }

        [TestMethod]
        public void LongPressBetweenOneAndTwoSecondsFiresOnRelease()
        {
            uint t = 0;
            var g = Fresh(ref t);
            bool armed = false;
            for (int i = 0; i < 1500; i++)
            {
                g.Poll(t, ButtonBits.Up);
                t += 1000;
                while (g.HasEvent) armed |= g.NextEvent() == ButtonEvent.LongArmed;
            }

            Assert.IsTrue(armed);
            Assert.AreEqual((int)ButtonEvent.UpLong, (int)Drive(g, ref t, 0, 50));
        }

        [TestMethod]
        public void HoldingPastTwoSecondsRepeatsInsteadOfLongPress()
        {
            uint t = 0;
            var g = Fresh(ref t);
            int repeats = 0;
            int longs = 0;
            for (int i = 0; i < 4000; i++)
            {
                g.Poll(t, ButtonBits.Down);
                t += 1000;
                while (g.HasEvent)
                {
                    ButtonEvent e = g.NextEvent();
                    if (e == ButtonEvent.DownRepeat) repeats++;
                    if (e == ButtonEvent.DownLong) longs++;
                }
            }

            Drive(g, ref t, 0, 50);
            Assert.AreEqual(4, repeats); // 2.0, 2.5, 3.0 and 3.5 s after the debounced press
            Assert.AreEqual(0, longs);
        }

        [TestMethod]
        public void BothButtonsShortAndLong()
        {
            uint t = 0;
            var g = Fresh(ref t);
            Drive(g, ref t, ButtonBits.Up, 60);
            Drive(g, ref t, ButtonBits.Up | ButtonBits.Down, 300);
            Assert.AreEqual((int)ButtonEvent.BothShort, (int)Drive(g, ref t, 0, 50));

            Assert.AreEqual((int)ButtonEvent.BothLong, (int)Drive(g, ref t, ButtonBits.Up | ButtonBits.Down, 2500));
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 50));
        }

        [TestMethod]
        public void StuckButtonIsIgnoredUntilReleased()
        {
            uint t = 0;
            var g = Fresh(ref t);
            int events = 0;
            for (int i = 0; i < 25000; i++)
            {
                g.Poll(t, ButtonBits.Up);
                t += 1000;
                while (g.HasEvent)
                {
                    g.NextEvent();
                    events++;
                }
            }

            int before = events;
            for (int i = 0; i < 60000; i += 10)
            {
                g.Poll(t, ButtonBits.Up);
                t += 10000;
                while (g.HasEvent)
                {
                    g.NextEvent();
                    events++;
                }
            }

            Assert.AreEqual(before, events); // nothing more while stuck
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 50)); // release of a stuck button is silent
            Drive(g, ref t, ButtonBits.Up, 100);
            Assert.AreEqual((int)ButtonEvent.UpShort, (int)Drive(g, ref t, 0, 50)); // and it works again
        }

        [TestMethod]
        public void ButtonHeldAtPowerUpIsNotAPress()
        {
            uint t = 0;
            var g = new ButtonGestures();
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, ButtonBits.Down, 3000));
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 50));
        }
    }
}
