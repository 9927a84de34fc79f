#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Signal;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class StageTests
    {
        [TestMethod]
        public void BandFilterRemovesGravityInAnyOrientation()
        {
            var filter = new BandFilter(TestSignals.SampleRateHz, TestSignals.CountsPerG);
            float last = 1f;
            for (int i = 0; i < 1000; i++) last = filter.Process(2365, -2365, 2365); // 1 g along a diagonal
            Assert.IsTrue(last > -0.005f && last < 0.005f, "residual " + last.ToString("F4"));
            Assert.IsTrue(filter.MagnitudeG > 0.99f && filter.MagnitudeG < 1.01f, "magnitude " + filter.MagnitudeG.ToString("F3"));
        }

        [TestMethod]
        public void BandFilterMagnitudeIsExactAcrossAnImpact()
        {
            // 1 g → a 4.7 g heel strike → 0.24 g → 0.78 g → 6.3 g → 0.78 g, one sample each: the square root must not
            // overshoot (two Newton steps from the previous value gave 6.7 g for the 4.7 g sample).
            var filter = new BandFilter(TestSignals.SampleRateHz, TestSignals.CountsPerG);
            for (int i = 0; i < 10; i++) filter.Process(0, 0, TestSignals.CountsPerG);
            const int G = TestSignals.CountsPerG;
            int[] scaleCounts = { 6 * G, 1229, G, 8 * G, G };
            for (int i = 0; i < scaleCounts.Length; i++)
            {
                int x = scaleCounts[i] / 3, y = -scaleCounts[i] / 2, z = scaleCounts[i] / 2;
                filter.Process(x, y, z);
                // Compare squares (no square root on the device): 0.1 % on |a| is 0.2 % on |a|².
                float exactSquared = ((float)x * x + (float)y * y + (float)z * z) / ((float)G * G);
                float squared = filter.MagnitudeG * filter.MagnitudeG;
                float error = squared - exactSquared;
                if (error < 0f) error = -error;
                Assert.IsTrue(error < exactSquared * 0.002f, "sample " + i.ToString() + ": |a|² " + squared.ToString("F4") + ", expected " + exactSquared.ToString("F4"));
            }
        }

        [TestMethod]
        public void PeakDetectorFindsOnePeakPerHumpAtItsTop()
        {
            var detector = new PeakDetector(100);
            int peaks = 0;
            int lastPeakSample = -1;
            for (int i = 0; i < 400; i++)
            {
                // Humps every 40 samples, top at sample 40k + 10.
                float value = 0.5f * RunnerSignal.Sin01(i / 40f);
                if (detector.Process(value, i))
                {
                    peaks++;
                    lastPeakSample = (detector.PeakPosX16 + 8) >> 4;
                }
            }

            Assert.IsTrue(peaks >= 9 && peaks <= 10, "peaks " + peaks.ToString());
            Assert.AreEqual(10, lastPeakSample % 40);
        }

        [TestMethod]
        public void TrackerHoldsBackStepsUntilTheBoutIsConfirmed()
        {
            // Perfectly even candidates at a walker's 109 spm: confirmed at FastConfirmSteps (four is for runners).
            var tracker = new StepTracker(100);
            int released = 0;
            for (int k = 0; k < Tunables.FastConfirmSteps - 1; k++) released += tracker.OnPeak(k * 55 * 16, 1f, 1f);
            Assert.AreEqual(0, released);
            Assert.IsFalse(tracker.InBout);
            released += tracker.OnPeak((Tunables.FastConfirmSteps - 1) * 55 * 16, 1f, 1f);
            Assert.AreEqual(Tunables.FastConfirmSteps, released);
            Assert.IsTrue(tracker.InBout);
            Assert.AreEqual(55 * 16, tracker.PeriodX16);
        }

        [TestMethod]
        public void TrackerConfirmsAnEvenRunningStartAtFourCandidates()
        {
            // 171 spm, intervals 35, 36, 35 samples: a runner setting off.
            int[] times = { 0, 35, 71, 106 };
            var tracker = new StepTracker(100);
            int released = 0;
            for (int i = 0; i < times.Length; i++) released += tracker.OnPeak(times[i] * 16, 1f, 1f);
            Assert.AreEqual(Tunables.EarliestConfirmSteps, released);
            Assert.IsTrue(tracker.InBout);
        }

        [TestMethod]
        public void TrackerConfirmsARunnerSpeedingUpFromAStandAtFourCandidates()
        {
            // Intervals 43, 41, 39 samples (140 → 154 spm): the same foot's interval is 10 % shorter a stride later, as
            // a runner's is over the first steps from a stand. Slowing down as much is not a start: it waits.
            int[] speedingUp = { 0, 43, 84, 123 };
            var tracker = new StepTracker(100);
            int released = 0;
            for (int i = 0; i < speedingUp.Length; i++) released += tracker.OnPeak(speedingUp[i] * 16, 1f, 1f);
            Assert.AreEqual(Tunables.EarliestConfirmSteps, released);

            int[] slowingDown = { 0, 39, 80, 123 };
            tracker = new StepTracker(100);
            released = 0;
            for (int i = 0; i < slowingDown.Length; i++) released += tracker.OnPeak(slowingDown[i] * 16, 1f, 1f);
            Assert.AreEqual(0, released);
            Assert.IsFalse(tracker.InBout);
        }

        [TestMethod]
        public void TrackerWaitsForSixCandidatesWhenTheStartIsUneven()
        {
            // Intervals 35, 44, 30, 38, 33 samples: regular enough for a bout, too uneven for the early confirmation.
            int[] times = { 0, 35, 79, 109, 147, 180 };
            var tracker = new StepTracker(100);
            int released = 0;
            for (int i = 0; i < times.Length - 1; i++) released += tracker.OnPeak(times[i] * 16, 1f, 1f);
            Assert.AreEqual(0, released);
            Assert.IsFalse(tracker.InBout);
            released += tracker.OnPeak(times[times.Length - 1] * 16, 1f, 1f);
            Assert.AreEqual(Tunables.ConfirmSteps, released);
            Assert.IsTrue(tracker.InBout);
        }

        [TestMethod]
        public void TrackerAveragesNoMoreThanTenSecondsOfSteps()
        {
            // 20 intervals of 62 samples, then 20 of 58 (a 3 spm drift: no restart). A 10 s window holds only the
            // last 16 intervals (16 × 58 = 928 samples); 30 intervals would still mix in the 62s.
            var tracker = new StepTracker(100);
            int pos = 0;
            for (int i = 0; i <= 20; i++, pos += 62) tracker.OnPeak(pos * 16, 1f, 1f);
            pos -= 62;
            for (int i = 0; i < 20; i++)
            {
                pos += 58;
                tracker.OnPeak(pos * 16, 1f, 1f);
            }

            Assert.IsTrue(tracker.InBout);
            Assert.AreEqual(58 * 16, tracker.PeriodX16);
        }

        /// <summary>Feeds steps at a fixed period (1/16 samples) from pos; returns the new pos.</summary>
        static int FeedSteps(StepTracker tracker, int pos, int periodX16, int steps)
        {
            for (int i = 0; i < steps; i++)
            {
                pos += periodX16;
                tracker.OnPeak(pos, 1f, 1f);
            }

            return pos;
        }

        static float CadenceSpm(StepTracker tracker, int sampleRateHz)
        {
            return 60f * sampleRateHz * 16f / tracker.ExactPeriodX16;
        }

        [TestMethod]
        public void TrackerSmoothsAThreeSecondSwingAsTheReferenceDoes()
        {
            // 20 s at 160 spm (600/16 samples per step at 100 Hz), then six steps at 169 spm (2 s), then 160 again: a
            // runner's natural swing. The 10-s reference moves by about 2 spm; so must the pod (a CUSUM of strides restarted
            // on it and reported 169).
            var tracker = new StepTracker(100);
            int pos = FeedSteps(tracker, 0, 600, 54);
            pos = FeedSteps(tracker, pos, 568, 6);
            float atSwing = CadenceSpm(tracker, 100);
            Assert.IsTrue(atSwing > 160.5f && atSwing < 163f, "cadence after the swing " + atSwing.ToString("F2"));
            for (int i = 0; i < 30; i++)
            {
                pos = FeedSteps(tracker, pos, 600, 1);
                float c = CadenceSpm(tracker, 100);
                Assert.IsTrue(c > 159.5f && c < 163f, "cadence " + c.ToString("F2") + " at step " + i.ToString());
            }
        }

        [TestMethod]
        public void TrackerRestartsWhereASustainedChangeBegan()
        {
            // 20 s at 160 spm, then 170 spm (565/16 samples per step): within 5 s the window holds only the new steps.
            var tracker = new StepTracker(100);
            int pos = FeedSteps(tracker, 0, 600, 54);
            pos = FeedSteps(tracker, pos, 565, 14); // 4.9 s
            float c = CadenceSpm(tracker, 100);
            Assert.IsTrue(c > 169.5f && c < 170.5f, "cadence " + c.ToString("F2"));
        }

        [TestMethod]
        public void ReportedPeriodIsNotRoundedToWholeSixteenthsOfASample()
        {
            // Alternating 487 and 488: the mean is 487.5/16 samples. Rounded, 197 spm would read 197.1 or 197.5.
            var tracker = new StepTracker(50);
            int pos = 0;
            for (int i = 0; i < 40; i++)
            {
                pos += (i & 1) == 0 ? 487 : 488;
                tracker.OnPeak(pos, 1f, 1f);
            }

            Assert.AreEqual(487.5f, tracker.ExactPeriodX16);
            Assert.AreEqual(487, tracker.PeriodX16);
        }

        [TestMethod]
        public void TrackerIgnoresIrregularHumps()
        {
            var tracker = new StepTracker(100);
            int[] times = { 0, 30, 95, 110, 190, 200, 290, 330, 350 };
            int released = 0;
            for (int i = 0; i < times.Length; i++) released += tracker.OnPeak(times[i] * 16, 1f, 1f);
            Assert.AreEqual(0, released);
        }

        [TestMethod]
        public void TrackerRefusesPeriodicJumpsWithoutHorizontalMotion()
        {
            // At a walker's 133 spm and at a runner's 171 spm (where four even candidates would otherwise do).
            for (int periodSamples = 35; periodSamples <= 45; periodSamples += 10)
            {
                var tracker = new StepTracker(100);
                int released = 0;
                for (int k = 0; k < 20; k++) released += tracker.OnPeak(k * periodSamples * 16, 2f, 0f);
                Assert.AreEqual(0, released);
            }
        }

        [TestMethod]
        public void AsymmetricStepsGiveTheTrueMeanPeriod()
        {
            var tracker = new StepTracker(100);
            int t = 0;
            for (int k = 0; k < 20; k++)
            {
                tracker.OnPeak(t * 16, 1f, 1f);
                t += (k % 2 == 0) ? 38 : 32; // 20 % left/right difference, mean 35
            }

            Assert.AreEqual(35 * 16, tracker.PeriodX16);
        }

        [TestMethod]
        public void TrackerFillsInOneMissedStep()
        {
            var tracker = new StepTracker(100);
            int total = 0;
            for (int k = 0; k < 10; k++) total += tracker.OnPeak(k * 35 * 16, 1f, 1f);
            total += tracker.OnPeak(11 * 35 * 16, 1f, 1f); // step 10 missed
            Assert.AreEqual(12, total);
        }

        [TestMethod]
        public void TrackerRecoversAStartThatShowedOnlyEveryOtherStep()
        {
            // A walk at 55 samples a step whose first humps came every other step (a swinging arm): 0, 110 and 220 are
            // steps, 55 and 165 were missed. Once 220 … 440 confirm the bout, the start is recovered with its missed steps.
            int[] times = { 0, 110, 220, 275, 330, 385, 440 };
            var tracker = new StepTracker(100);
            int released = 0;
            for (int i = 0; i < times.Length; i++) released += tracker.OnPeak(times[i] * 16, 1f, 1f);
            Assert.IsTrue(tracker.InBout);
            Assert.AreEqual(9, released);
            for (int k = 0; k < 9; k++) Assert.AreEqual(k * 55 * 16, tracker.ReleasedPosX16(k));
        }

        [TestMethod]
        public void TrackerRecoversNoEarlierCandidateOffTheRhythm()
        {
            // 130 is two steps before 240 (one missed between them) and is recovered; 0 is 2.4 steps before 130: no rhythm.
            int[] times = { 0, 130, 240, 295, 350, 405, 460 };
            var tracker = new StepTracker(100);
            int released = 0;
            for (int i = 0; i < times.Length; i++) released += tracker.OnPeak(times[i] * 16, 1f, 1f);
            Assert.IsTrue(tracker.InBout);
            Assert.AreEqual(7, released);
            Assert.AreEqual(130 * 16, tracker.ReleasedPosX16(0));
            Assert.AreEqual(185 * 16, tracker.ReleasedPosX16(1));
        }

        [TestMethod]
        public void GravitySplitSeesVerticalOnlyMotionAsVertical()
        {
            var split = new GravitySplit(TestSignals.SampleRateHz, TestSignals.CountsPerG);
            for (int i = 0; i < 1000; i += Tunables.GravitySplitDecimation)
            {
                int z = TestSignals.CountsPerG + (int)(TestSignals.CountsPerG / 2f * RunnerSignal.Sin01(i / 40f));
                split.Process(0, 0, z);
            }

            Assert.IsTrue(split.HorizontalRatio < 0.01f, "ratio " + split.HorizontalRatio.ToString("F3"));
        }
    }
}
