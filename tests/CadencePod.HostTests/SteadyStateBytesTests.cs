using System;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

[TestClass]
public sealed class SteadyStateBytesTests
{
    [TestMethod]
    public void AnAllocationEveryPassMakesIsReported()
    {
        object? keep = null;
        long bytes = SteadyStateBytes.LeastOfTwoPasses(() =>
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 100; i++) keep = new byte[16];
            return GC.GetAllocatedBytesForCurrentThread() - before;
        });

        GC.KeepAlive(keep);
        Assert.IsTrue(bytes >= 100 * 16, $"{bytes} bytes");
    }

    [TestMethod]
    public void AOneOffInTheFirstPassIsNotTheFirmwaresFigure()
    {
        int pass = 0;
        Assert.AreEqual(0, SteadyStateBytes.LeastOfTwoPasses(() => ++pass == 1 ? 7920 : 0));
        Assert.AreEqual(2, pass);
    }
}
