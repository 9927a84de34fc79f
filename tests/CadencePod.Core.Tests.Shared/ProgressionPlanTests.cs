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
    public class ProgressionPlanTests
    {
        [TestMethod]
        public void AdvancesAfterHeldRunsAndNeverPassesTenPercent()
        {
            var plan = new ProgressionPlan(new PodSettings());
            var run = new RunSummary();
            run.RunningS = 1800;
            run.InZonePercent = 75;
            Assert.AreEqual(50, plan.CurrentPercentTenths);
            Assert.IsFalse(plan.OnRunCompleted(run));
            Assert.IsFalse(plan.OnRunCompleted(run));
            Assert.IsTrue(plan.OnRunCompleted(run));
            Assert.AreEqual(75, plan.CurrentPercentTenths);
            for (int i = 0; i < 20; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(100, plan.CurrentPercentTenths);
        }

        [TestMethod]
        public void ShortOrOffTargetRunsDoNotCountAndTheTogglesWorks()
        {
            var settings = new PodSettings();
            var plan = new ProgressionPlan(settings);
            var run = new RunSummary();
            run.RunningS = 300;
            run.InZonePercent = 90;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, settings.PlanStage);
            run.RunningS = 1800;
            run.InZonePercent = 30;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, settings.PlanStage);
            settings.PlanEnabled = false;
            run.InZonePercent = 90;
            for (int i = 0; i < 5; i++) plan.OnRunCompleted(run);
            Assert.AreEqual(0, settings.PlanStage);
        }
    }
}
