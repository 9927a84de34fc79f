#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Storage;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class RunLogTests
    {
        [TestMethod]
        public void RingKeepsTheNewestRunsAndWraps()
        {
            var store = new MemoryBlockStore();
            var log = new RunLog(store);
            var run = new RunSummary();
            for (int i = 1; i <= RunLog.Capacity + 5; i++)
            {
                log.BeginRun();
                log.AddMinute(160 + i % 10);
                log.AddMinute(165);
                run.DurationS = i;
                run.Steps = 1000 + i;
                Assert.IsTrue(log.Append(run));
            }

            var output = new TextLog();
            Assert.AreEqual(RunLog.Capacity, new RunLog(store).Dump(output));
            // Oldest kept is run 6; the first data row follows the two header lines.
            Assert.AreEqual("run,6,6,0,1006,0,0,0,0,0", output.Line(2));
            Assert.AreEqual("minute,6,1,166", output.Line(3));
        }

        [TestMethod]
        public void ACorruptRecordIsSkippedNotFatal()
        {
            var store = new MemoryBlockStore();
            var log = new RunLog(store);
            var run = new RunSummary();
            for (int i = 0; i < 3; i++)
            {
                log.BeginRun();
                Assert.IsTrue(log.Append(run));
            }

            store.Poke(RunLogLayout.FirstSlot + 1, 40, 0x55);
            Assert.AreEqual(2, new RunLog(store).Dump(new TextLog()));
        }

        [TestMethod]
        public void AFullFlashReportsFailureWithoutThrowing()
        {
            var store = new MemoryBlockStore();
            store.FailWrites = true;
            var log = new RunLog(store);
            Assert.IsFalse(log.Append(new RunSummary()));
        }
    }
}
