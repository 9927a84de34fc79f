#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Signal;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class CadenceEngineTests
    {
        [TestMethod]
        [DataRow(0, 1)]
        [DataRow(1, -1)]
        [DataRow(2, 1)]
        [DataRow(2, -1)]
        public void CountsRunningStepsOnAnyAxisAndSign(int axis, int sign)
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedStill(engine, 2f, axis, sign);
            TestSignals.FeedRunning(engine, 170f, 30f, axis, sign);
            // 30 s at 170 spm = 85 steps; the first hump may fall before the filters settle.
            int steps = engine.TotalSteps;
            Assert.IsTrue(steps >= 83 && steps <= 85, "steps " + steps.ToString());
            float cadence = engine.CadenceSpm;
            Assert.IsTrue(cadence > 168.5f && cadence < 171.5f, "cadence " + cadence.ToString("F1"));
            Assert.AreEqual((int)MotionState.Running, (int)engine.Motion);
        }

        [TestMethod]
        [DataRow(100, 10)]
        [DataRow(100, 7)]
        [DataRow(200, 13)]
        [DataRow(50, 64)]
        public void ABatchGivesWhatTheSameSamplesOneByOneGive(int sampleRateHz, int batch)
        {
            // A runner who walks, runs and stops; batches of any size, odd ones splitting the decimation's pairs.
            var single = new CadenceEngine(sampleRateHz, TestSignals.CountsPerG);
            var batched = new CadenceEngine(sampleRateHz, TestSignals.CountsPerG);
            short[] xyz = TestSignals.Record(sampleRateHz);
            int samples = xyz.Length / 3;
            int singleSteps = 0, batchedSteps = 0, checkedSteps = 0;
            int[] stepSamples = new int[samples / 10];
            var chunk = new short[3 * batch];
            for (int start = 0; start < samples; start += batch)
            {
                int n = samples - start < batch ? samples - start : batch;
                for (int i = 0; i < n; i++)
                {
                    int k = 3 * (start + i);
                    int released = single.Process(xyz[k], xyz[k + 1], xyz[k + 2]);
                    for (int j = 0; j < released; j++) stepSamples[singleSteps++] = single.NewStepSample(j);
                    chunk[3 * i] = xyz[k];
                    chunk[3 * i + 1] = xyz[k + 1];
                    chunk[3 * i + 2] = xyz[k + 2];
                }

                int got = batched.ProcessBatch(chunk, n);
                for (int j = 0; j < got; j++) Assert.AreEqual(stepSamples[checkedSteps++], batched.NewStepSample(j));
                batchedSteps += got;
                Assert.AreEqual(single.SampleIndex, batched.SampleIndex);
                Assert.AreEqual(single.CadenceSpm, batched.CadenceSpm);
                Assert.AreEqual((int)single.Motion, (int)batched.Motion);
                int singleToNext, batchedToNext;
                Assert.AreEqual(single.TryGetSamplesToNextFootfall(out singleToNext), batched.TryGetSamplesToNextFootfall(out batchedToNext));
                Assert.AreEqual(singleToNext, batchedToNext);
            }

            Assert.AreEqual(singleSteps, batchedSteps);
            Assert.IsTrue(singleSteps > 100, "steps " + singleSteps.ToString());
        }

        [TestMethod]
        [DataRow(50)]
        [DataRow(100)]
        [DataRow(200)]
        public void WorksFrom50To200Hz(int sampleRateHz)
        {
            var engine = new CadenceEngine(sampleRateHz, TestSignals.CountsPerG);
            TestSignals.FeedStill(engine, 2f, 2, 1);
            TestSignals.FeedRunning(engine, 180f, 20f, 2, 1);
            Assert.IsTrue(engine.TotalSteps >= 58 && engine.TotalSteps <= 60, "steps " + engine.TotalSteps.ToString());
            Assert.IsTrue(engine.CadenceSpm > 178.5f && engine.CadenceSpm < 181.5f, "cadence " + engine.CadenceSpm.ToString("F1"));
        }

        [TestMethod]
        public void StillSensorCountsNothingAndReportsZero()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            Assert.AreEqual(0, TestSignals.FeedStill(engine, 60f, 2, 1));
            Assert.AreEqual(0f, engine.CadenceSpm);
            Assert.AreEqual((int)MotionState.Still, (int)engine.Motion);
        }

        [TestMethod]
        public void ReturnsToStillWithinTwoSecondsOfStopping()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedRunning(engine, 165f, 20f, 1, 1);
            Assert.AreEqual((int)MotionState.Running, (int)engine.Motion);
            TestSignals.FeedStill(engine, 2f, 1, 1);
            Assert.AreEqual((int)MotionState.Still, (int)engine.Motion);
            Assert.AreEqual(0f, engine.CadenceSpm);
        }

        [TestMethod]
        public void ValidCadenceWithinFourSecondsOfStarting()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedStill(engine, 3f, 0, 1);
            TestSignals.FeedRunning(engine, 160f, 4f, 0, 1);
            Assert.IsTrue(engine.CadenceSpm > 158f && engine.CadenceSpm < 162f, "cadence " + engine.CadenceSpm.ToString("F1"));
        }

        [TestMethod]
        public void FollowsATenSpmChangeWithinFourSeconds()
        {
            AssertFollowsChange(160f, 170f, 2, 1);
        }

        [TestMethod]
        public void FollowsATenSpmDropOfAFastRunnerWithinFourSeconds()
        {
            // 6 spm is only 3 % at 200 spm: the change threshold is in spm so a fast runner's change is seen too.
            AssertFollowsChange(200f, 190f, 0, -1);
        }

        [TestMethod]
        public void FollowsATenSpmChangeOfAWalkerWithinFourSeconds()
        {
            AssertFollowsChange(110f, 120f, 1, 1);
        }

        /// <summary>20 s at one cadence, then 4 s at another: the estimate must be within ±2 spm of the new one.</summary>
        static void AssertFollowsChange(float fromSpm, float toSpm, int axis, int sign)
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedRunning(engine, fromSpm, 20f, axis, sign);
            TestSignals.FeedRunning(engine, toSpm, 4f, axis, sign);
            Assert.IsTrue(engine.CadenceSpm > toSpm - 2f && engine.CadenceSpm < toSpm + 2f, "cadence " + engine.CadenceSpm.ToString("F1") + ", expected " + toSpm.ToString("F0"));
        }

        [TestMethod]
        public void SaturatedAndExtremeSamplesNeverThrowOrGiveAbsurdCadence()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            for (int i = 0; i < 3000; i++)
            {
                int v = (i % 7) < 3 ? 32767 : -32768;
                engine.Process(v, i % 2 == 0 ? 32767 : 0, -32768);
                float c = engine.CadenceSpm;
                Assert.IsTrue(c == 0f || (c >= 40f && c <= 250f), "cadence " + c.ToString("F1"));
            }

            for (int i = 0; i < 500; i++) engine.Process(0, 0, 0);
            Assert.IsTrue(engine.CadenceSpm == 0f || engine.CadenceSpm >= 40f);
        }

        [TestMethod]
        public void GapRestartsTheBoutAndRecovers()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedRunning(engine, 170f, 10f, 2, 1);
            int before = engine.SampleIndex;
            engine.ReportGap(170);
            Assert.AreEqual(before + 170, engine.SampleIndex);
            Assert.AreEqual(0f, engine.CadenceSpm);
            TestSignals.FeedRunning(engine, 170f, 5f, 2, 1);
            Assert.IsTrue(engine.CadenceSpm > 168f && engine.CadenceSpm < 172f, "cadence " + engine.CadenceSpm.ToString("F1"));
        }

        [TestMethod]
        public void PredictsTheNextFootfallAboutOnePeriodAhead()
        {
            var engine = new CadenceEngine(100, TestSignals.CountsPerG);
            TestSignals.FeedRunning(engine, 150f, 15f, 2, 1);
            int toNext, since;
            Assert.IsTrue(engine.TryGetSamplesToNextFootfall(out toNext));
            Assert.IsTrue(engine.TryGetSamplesSinceLastStep(out since));
            // 150 spm = 40 samples per step: prediction plus time since the last step is one period.
            Assert.IsTrue(toNext + since >= 38 && toNext + since <= 42, "period " + (toNext + since).ToString());
        }
    }
}
