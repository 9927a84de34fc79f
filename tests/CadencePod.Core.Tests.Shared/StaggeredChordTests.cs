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
    public class StaggeredChordTests
    {
        static ButtonEvent Drive(ButtonGestures g, ref uint t, int mask, int ms)
        {
            ButtonEvent last = ButtonEvent.None;
            for (int i = 0; i < ms; i++)
            {
                g.Poll(t, mask);
                t += 1000;
                while (g.HasEvent)
                {
                    ButtonEvent e = g.NextEvent();
                    if (e != ButtonEvent.LongArmed) last = e;
                }
            }

            return last;
        }

        [TestMethod]
        public void DownThenUpIsPairingUpThenDownIsCalibration()
        {
            uint t = 0;
            var g = new ButtonGestures();
            Drive(g, ref t, 0, 50);
            Drive(g, ref t, ButtonBits.Down, 500);
            Assert.AreEqual((int)ButtonEvent.PairingChord, (int)Drive(g, ref t, ButtonBits.Down | ButtonBits.Up, 3100));
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 100)); // releasing adds nothing

            Drive(g, ref t, ButtonBits.Up, 400);
            Assert.AreEqual((int)ButtonEvent.CalibrationChord, (int)Drive(g, ref t, ButtonBits.Down | ButtonBits.Up, 3100));
            Assert.AreEqual((int)ButtonEvent.None, (int)Drive(g, ref t, 0, 100));
        }

        [TestMethod]
        public void TogetherStillLocksAndACloseSecondPressIsNoChord()
        {
            uint t = 0;
            var g = new ButtonGestures();
            Drive(g, ref t, 0, 50);
            Drive(g, ref t, ButtonBits.Down, 60);
            Assert.AreEqual((int)ButtonEvent.BothLong, (int)Drive(g, ref t, ButtonBits.Down | ButtonBits.Up, 3500));
            Drive(g, ref t, 0, 100);

            // 200 ms apart: neither together nor staggered; the first button's own gesture stands.
            Drive(g, ref t, ButtonBits.Down, 200);
            Drive(g, ref t, ButtonBits.Down | ButtonBits.Up, 300);
            Assert.AreEqual((int)ButtonEvent.DownShort, (int)Drive(g, ref t, 0, 100));
        }

        [TestMethod]
        public void ASecondPressAfterTheLongPressPointIsNoChord()
        {
            uint t = 0;
            var g = new ButtonGestures();
            Drive(g, ref t, 0, 50);
            Drive(g, ref t, ButtonBits.Down, 1200);
            ButtonEvent e = Drive(g, ref t, ButtonBits.Down | ButtonBits.Up, 3500);
            Assert.IsTrue(e == ButtonEvent.DownRepeat, "got " + ((int)e).ToString());
        }
    }
}
