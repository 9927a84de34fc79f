#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pod;
using CadencePod.Core.Power;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>The battery reading against the ADC double: a missing divider, a floating or implausible pin is "unknown".</summary>
    [TestClass]
    public class BatteryGaugeTests
    {
        // Board rev1's values (firmware/CadencePod.Device/Board/BoardRev1.cs; Core cannot see the head).
        const int FullScaleMv = 3900, AccurateMinMv = 150, AccurateMaxMv = 2450, TopOhms = 100000, BottomOhms = 100000;

        static BatteryGauge Gauge(AdcDouble adc)
        {
            return new BatteryGauge(adc, FullScaleMv, AccurateMinMv, AccurateMaxMv, TopOhms, BottomOhms);
        }

        static AdcDouble Cell(int cellMv)
        {
            var adc = new AdcDouble();
            adc.SetCellMv(cellMv, FullScaleMv, TopOhms, BottomOhms);
            return adc;
        }

        [TestMethod]
        public void ABoardWithoutADividerIsAlwaysUnknown()
        {
            var gauge = new BatteryGauge(null, FullScaleMv, AccurateMinMv, AccurateMaxMv, TopOhms, BottomOhms);
            for (int i = 0; i < 20; i++) Assert.AreEqual(0, gauge.ReadMillivolts());
        }

        [TestMethod]
        public void TheConversionFollowsTheAttenuationAndTheDivider()
        {
            // Raw 2048 of 4095 at 3.9 V full scale is 1950 mV at the pin, 3900 mV at the cell through 100 k / 100 k.
            var adc = new AdcDouble();
            adc.Raw = 2048;
            var gauge = Gauge(adc);
            int mv = 0;
            for (int i = 0; i < Tunables.BatterySettledReadings; i++) mv = gauge.ReadMillivolts();
            Assert.AreEqual(3900, mv);
            Assert.AreEqual(2048, gauge.LastRaw);
        }

        [TestMethod]
        public void ASteadyCellIsReportedOnceTheReadingsAgree()
        {
            var adc = Cell(3850);
            adc.NoiseCounts = 10; // about ± 19 mV at the cell
            var gauge = Gauge(adc);
            for (int i = 1; i < Tunables.BatterySettledReadings; i++) Assert.AreEqual(0, gauge.ReadMillivolts(), "reading " + i.ToString());
            int mv = gauge.ReadMillivolts();
            Assert.IsTrue(mv >= 3830 && mv <= 3870, "mv " + mv.ToString());
        }

        [TestMethod]
        public void AFloatingPinIsNeverAVoltage()
        {
            // Nothing on the pin (no divider fitted, a broken wire): any value, a new one each read. 4000 readings are
            // 11 hours of the loop's one reading per 10 s.
            var adc = new AdcDouble();
            adc.Floating = true;
            var gauge = Gauge(adc);
            for (int i = 0; i < 4000; i++) Assert.AreEqual(0, gauge.ReadMillivolts());
            Assert.IsTrue(gauge.Rejected > 0);
        }

        [TestMethod]
        [DataRow(0)]
        [DataRow(40)]
        [DataRow(4095)]
        [DataRow(4000)]
        public void APinAtARailIsUnknown(int raw)
        {
            // 0 / 40: the prototype's R4 alone pulls the pin to ground (no cell); 4095 / 4000: saturated, or a pin pulled up.
            var adc = new AdcDouble();
            adc.Raw = raw;
            var gauge = Gauge(adc);
            for (int i = 0; i < 20; i++) Assert.AreEqual(0, gauge.ReadMillivolts());
        }

        [TestMethod]
        [DataRow(2200)]
        [DataRow(4700)]
        public void ACellVoltageNoLiPoCanHaveIsUnknown(int cellMv)
        {
            var gauge = Gauge(Cell(cellMv));
            for (int i = 0; i < 20; i++) Assert.AreEqual(0, gauge.ReadMillivolts());
        }

        [TestMethod]
        public void AWanderingReadingIsUnknown()
        {
            var adc = new AdcDouble();
            var gauge = Gauge(adc);
            for (int i = 0; i < 40; i++)
            {
                adc.SetCellMv(i % 2 == 0 ? 3250 : 3450, FullScaleMv, TopOhms, BottomOhms);
                Assert.AreEqual(0, gauge.ReadMillivolts());
            }
        }

        [TestMethod]
        public void AnAdcThatThrowsIsUnknownAndTheReadingsStartAgain()
        {
            var adc = Cell(3700);
            var faults = new HardwareFaults(new EventLog(), new VirtualClock());
            var battery = new GuardedBattery(Gauge(adc), faults);
            for (int i = 0; i < Tunables.BatterySettledReadings; i++) battery.ReadMillivolts();
            Assert.IsTrue(battery.ReadMillivolts() > 3600);
            adc.ThrowNext = 1;
            Assert.AreEqual(0, battery.ReadMillivolts());
            Assert.AreEqual(1, faults.Count(HardwarePart.Battery));
            for (int i = 1; i < Tunables.BatterySettledReadings; i++) Assert.AreEqual(0, battery.ReadMillivolts());
            Assert.IsTrue(battery.ReadMillivolts() > 3600);
        }

        [TestMethod]
        public void ADischargingCellIsFollowedBelowCritical()
        {
            var adc = new AdcDouble();
            var gauge = Gauge(adc);
            int last = 0;
            for (int i = 0; i < 60; i++)
            {
                adc.SetCellMv(3450 - 5 * i, FullScaleMv, TopOhms, BottomOhms); // 5 mV per reading
                last = gauge.ReadMillivolts();
            }

            Assert.IsTrue(last > 0 && last < Tunables.BatteryCriticalMv, "last " + last.ToString());
        }
    }
}
