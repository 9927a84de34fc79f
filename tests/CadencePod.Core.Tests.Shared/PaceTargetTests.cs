#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Storage;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class PaceTargetTests
    {
        [TestMethod]
        public void RelativeTargetIsRoundedToOneSpm()
        {
            var t = new PaceTarget(new PodSettings());
            t.SetBaselineSpm(163);
            Assert.AreEqual(171, t.TargetSpm); // 163 × 1.05 = 171.15
            t.SetPercentTenths(75);
            Assert.AreEqual(175, t.TargetSpm); // 175.2
            t.SetPercentTenths(100);
            Assert.AreEqual(179, t.TargetSpm); // 179.3
        }

        [TestMethod]
        public void OutOfRangeRequestsAreClampedAndReported()
        {
            var t = new PaceTarget(new PodSettings());
            Assert.AreEqual((int)ClampResult.ClampedHigh, (int)t.SetPercentTenths(150));
            Assert.AreEqual(100, t.PercentTenths);
            Assert.AreEqual((int)ClampResult.ClampedLow, (int)t.SetPercentTenths(20));
            Assert.AreEqual(50, t.PercentTenths);
            Assert.AreEqual((int)ClampResult.Ok, (int)t.SetPercentTenths(77));
            Assert.AreEqual(75, t.PercentTenths); // snapped to the 0.5 % grid
            t.Mode = TargetMode.Absolute;
            Assert.AreEqual((int)ClampResult.ClampedHigh, (int)t.SetAbsoluteSpm(230));
            Assert.AreEqual(220, t.TargetSpm);
            Assert.AreEqual((int)ClampResult.ClampedLow, (int)t.Step(-1, 200));
            Assert.AreEqual(120, t.TargetSpm);
        }

        [TestMethod]
        public void NoBaselineMeansNoRelativeTarget()
        {
            var t = new PaceTarget(new PodSettings());
            Assert.AreEqual(0, t.TargetSpm);
            t.Mode = TargetMode.Absolute;
            Assert.AreEqual(Tunables.TargetAbsoluteDefaultSpm, t.TargetSpm);
        }
    }
}
