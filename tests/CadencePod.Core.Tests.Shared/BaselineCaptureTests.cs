#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Signal;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class BaselineCaptureTests
    {
        [TestMethod]
        public void CapturesTheMedianAfterWarmUpAndWindow()
        {
            var b = new BaselineCapture();
            b.Begin();
            int seconds = 0;
            bool captured = false;
            while (!captured && seconds < 1000)
            {
                float spm = 160f + (seconds % 3) - 1; // 159, 160, 161
                captured = b.OnSecond(spm, MotionState.Running);
                seconds++;
            }

            Assert.IsTrue(captured);
            Assert.AreEqual(Tunables.BaselineWarmupS + Tunables.BaselineWindowS, seconds);
            Assert.AreEqual(160, b.BaselineSpm);
        }

        [TestMethod]
        public void StoppingRestartsTheCaptureIncludingWarmUp()
        {
            var b = new BaselineCapture();
            b.Begin();
            for (int i = 0; i < 100; i++) b.OnSecond(165f, MotionState.Running);
            Assert.AreEqual((int)BaselineState.Collecting, (int)b.State);
            b.OnSecond(0f, MotionState.Still);
            Assert.AreEqual((int)BaselineState.Idle, (int)b.State);
            b.OnSecond(165f, MotionState.Running);
            Assert.AreEqual((int)BaselineState.WarmingUp, (int)b.State);
        }

        [TestMethod]
        public void UnsteadyCadenceRestartsTheWindow()
        {
            var b = new BaselineCapture();
            b.Begin();
            for (int i = 0; i < Tunables.BaselineWarmupS + 50; i++) b.OnSecond(160f, MotionState.Running);
            Assert.AreEqual(50, b.WindowSeconds);
            b.OnSecond(170f, MotionState.Running); // +6 %: not steady
            Assert.AreEqual(1, b.WindowSeconds);
        }

        [TestMethod]
        public void OnDemandCaptureUsesTheWindowOrTheLiveCadence()
        {
            var b = new BaselineCapture();
            b.Begin();
            int spm;
            Assert.IsFalse(b.TryCaptureNow(0f, MotionState.Still, out spm));
            Assert.IsTrue(b.TryCaptureNow(157.6f, MotionState.Running, out spm));
            Assert.AreEqual(158, spm);
            b.Begin();
            for (int i = 0; i < Tunables.BaselineWarmupS + 30; i++) b.OnSecond(162f, MotionState.Running);
            Assert.IsTrue(b.TryCaptureNow(150f, MotionState.Running, out spm));
            Assert.AreEqual(162, spm);
        }
    }
}
