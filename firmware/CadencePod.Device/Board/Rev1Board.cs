using System.Device.Gpio;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Power;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Device.Drivers;

namespace CadencePod.Device.Board
{
    /// <summary>
    /// Board rev1 on nanoFramework: builds each driver with its pins and settings from <see cref="BoardRev1"/>. Opening a
    /// part can throw (a pin taken, a function missing, no memory): PodBoot catches, records and carries on without it.
    /// </summary>
    public sealed class Rev1Board : IPodBoard
    {
        readonly HighResClock _clock = new HighResClock();
        readonly ThreadDelay _delay = new ThreadDelay();
        readonly SerialText _console = new SerialText();
        readonly EventLines _events;
        GpioController _gpio;

        public Rev1Board()
        {
            _events = new EventLines(_console);
        }

        public string Revision { get { return BoardRev1.Revision; } }

        public IClock Clock { get { return _clock; } }

        public IDelay Delay { get { return _delay; } }

        public ITextOut Console { get { return _console; } }

        public IPodEvents Events { get { return _events; } }

        public int SensorRateHz { get { return BoardRev1.MpuSampleRateHz; } }

        public IRegisterBus OpenSensorBus()
        {
            return new I2cRegisterBus(BoardRev1.I2cBusId, BoardRev1.I2cDataPin, BoardRev1.I2cClockPin, BoardRev1.MpuAddress, BoardRev1.I2cBusSpeedHz);
        }

        public IBeeper OpenBeeper()
        {
            return new PwmBeeper(BoardRev1.PiezoPin, BoardRev1.PiezoPwmChannel, Tunables.BeatToneHz); // the PWM opens at the beat's default tone
        }

        public IButtonPanel OpenButtons()
        {
            if (_gpio == null) _gpio = new GpioController();
            return new GpioButtons(_gpio, BoardRev1.ButtonUpPin, BoardRev1.ButtonDownPin, BoardRev1.ButtonModePin);
        }

        public IBlockStore OpenStorage()
        {
            return new FlashBlockStore(BoardRev1.StoragePathPrefix);
        }

        public IBattery OpenBattery()
        {
            IAnalogInput adc = BoardRev1.BatteryDividerFitted ? new AdcInput(BoardRev1.BatteryAdcChannel) : null;
            return new BatteryGauge(adc, BoardRev1.AdcFullScaleMv, BoardRev1.AdcAccurateMinMv, BoardRev1.AdcAccurateMaxMv,
                BoardRev1.BatteryDividerTopOhms, BoardRev1.BatteryDividerBottomOhms);
        }

        public IPowerControl OpenPower(Mpu6050Fifo sensor)
        {
            return new DeepSleepPower(sensor, BoardRev1.ButtonWakePin, BoardRev1.ButtonWakeLevel, BoardRev1.MotionWakePin);
        }
    }
}
