using System;
using System.Device.Adc;
using System.Device.I2c;
using System.Device.Gpio;
using System.Device.Pwm;
using System.IO;
using System.Threading;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Device.Board;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
    /// <summary>µs since boot from esp_timer (1 µs resolution; the 10 ms system tick is useless for beats).</summary>
    public sealed class HighResClock : IClock
    {
        public uint NowUs()
        {
            return (uint)HighResTimer.GetCurrent();
        }
    }

    /// <summary>
    /// The MPU-6050's registers over one I2cDevice: a write is [register, value]; a read writes the register number and
    /// reads a block in one transaction (repeated start). Errors come back in the transfer status and are passed on;
    /// exceptions (native driver failures, out of memory) propagate to the driver, which catches them. Each transfer
    /// allocates on the interpreter (the SpanByte temporaries and the I2cTransferResult): a few per 100 ms batch.
    /// </summary>
    public sealed class I2cRegisterBus : IRegisterBus
    {
        readonly I2cDevice _device;
        readonly byte[] _pair = new byte[2];
        readonly byte[] _register = new byte[1];

        public I2cRegisterBus(I2cDevice device)
        {
            _device = device;
        }

        public BusStatus WriteRegister(int register, int value)
        {
            _pair[0] = (byte)register;
            _pair[1] = (byte)value;
            return Map(_device.Write(new SpanByte(_pair)).Status);
        }

        public BusStatus ReadRegisters(int firstRegister, byte[] buffer, int count, out int bytesRead)
        {
            _register[0] = (byte)firstRegister;
            I2cTransferResult result = _device.WriteRead(new SpanByte(_register), new SpanByte(buffer, 0, count));
            BusStatus status = Map(result.Status);
            bytesRead = 0;
            if (status == BusStatus.Ok)
            {
                bytesRead = count;
            }
            else if (status == BusStatus.PartialTransfer)
            {
                // The ESP32 driver never reports a partial transfer; elsewhere the count includes the register byte written.
                int read = (int)result.BytesTransferred - 1;
                bytesRead = read < 0 ? 0 : read > count ? count : read;
            }

            return status;
        }

        static BusStatus Map(I2cTransferStatus status)
        {
            switch (status)
            {
                case I2cTransferStatus.FullTransfer: return BusStatus.Ok;
                case I2cTransferStatus.SlaveAddressNotAcknowledged: return BusStatus.NotAcknowledged;
                case I2cTransferStatus.ClockStretchTimeout: return BusStatus.ClockStretchTimeout;
                case I2cTransferStatus.PartialTransfer: return BusStatus.PartialTransfer;
                default: return BusStatus.Error;
            }
        }
    }

    /// <summary>Boot-time waits (the MPU-6050's reset): Thread.Sleep, 10 ms-grained, which is fine for them.</summary>
    public sealed class ThreadDelay : IDelay
    {
        public void WaitMs(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }

    /// <summary>The piezo through the NPN stage: LEDC PWM at the tone frequency; duty sets loudness.</summary>
    public sealed class PwmBeeper : IBeeper
    {
        readonly PwmChannel _channel;
        int _frequencyHz;

        public PwmBeeper(int pin)
        {
            // PWM functions are unassigned by default on the ESP32: map one before CreateFromPin.
            Configuration.SetPinFunction(pin, DeviceFunction.PWM1);
            _channel = PwmChannel.CreateFromPin(pin, 2700, 0);
            _frequencyHz = 2700;
        }

        /// <summary>False when the pin has no PWM function (CreateFromPin returned null): the pod runs silent.</summary>
        public bool Available { get { return _channel != null; } }

        public void Start(int frequencyHz, int dutyPermille)
        {
            if (_channel == null) return;
            if (frequencyHz != _frequencyHz)
            {
                _channel.Frequency = frequencyHz;
                _frequencyHz = frequencyHz;
            }

            _channel.DutyCycle = dutyPermille / 1000.0;
            _channel.Start();
        }

        public void Stop()
        {
            if (_channel == null) return;
            _channel.Stop();
        }
    }

    /// <summary>Buttons to ground with internal pull-ups, read by polling (GPIO events are slow and allocate).</summary>
    public sealed class GpioButtons : IButtonPanel
    {
        readonly GpioPin _up;
        readonly GpioPin _down;
        readonly GpioPin _mode;

        public GpioButtons(GpioController gpio)
        {
            _up = gpio.OpenPin(BoardRev1.ButtonUpPin, PinMode.InputPullUp);
            _down = gpio.OpenPin(BoardRev1.ButtonDownPin, PinMode.InputPullUp);
            _mode = gpio.OpenPin(BoardRev1.ButtonModePin, PinMode.InputPullUp);
        }

        public int ReadPressedMask()
        {
            int mask = 0;
            if (_up.Read() == PinValue.Low) mask |= 1;
            if (_down.Read() == PinValue.Low) mask |= 2;
            if (_mode.Read() == PinValue.Low) mask |= 4;
            return mask;
        }
    }

    /// <summary>Settings and run-log slots as small files on the internal flash drive I: (littlefs).</summary>
    public sealed class FlashBlockStore : IBlockStore
    {
        readonly string[] _paths = new string[64];

        public FlashBlockStore()
        {
            for (int i = 0; i < _paths.Length; i++) _paths[i] = "I:\\cp" + i.ToString() + ".bin";
        }

        public int Read(int slot, byte[] buffer)
        {
            try
            {
                if (!File.Exists(_paths[slot])) return 0;
                using (FileStream f = new FileStream(_paths[slot], FileMode.Open, FileAccess.Read))
                {
                    int total = 0;
                    while (total < buffer.Length)
                    {
                        int n = f.Read(buffer, total, buffer.Length - total);
                        if (n <= 0) break;
                        total += n;
                    }

                    return total;
                }
            }
            catch (Exception)
            {
                return -1;
            }
        }

        public bool Write(int slot, byte[] data, int length)
        {
            try
            {
                using (FileStream f = new FileStream(_paths[slot], FileMode.Create, FileAccess.Write))
                {
                    f.Write(data, 0, length);
                    f.Flush();
                }

                return true;
            }
            catch (Exception)
            {
                return false; // full or read-only: the controller reports it, the pod carries on
            }
        }
    }

    /// <summary>Cell voltage through the divider on ADC1 (approximate: the ESP32 ADC is non-linear near its ends).</summary>
    public sealed class AdcBattery : IBattery
    {
        readonly AdcChannel _channel;
        readonly int _maxValue;

        public AdcBattery()
        {
            try
            {
                var adc = new AdcController();
                _maxValue = adc.MaxValue;
                _channel = adc.OpenChannel(BoardRev1.BatteryAdcChannel);
            }
            catch (Exception)
            {
                _channel = null; // no ADC: battery unknown (0), never an alarm
            }
        }

        public int ReadMillivolts()
        {
            if (_channel == null || _maxValue <= 0) return 0;
            int raw = _channel.ReadValue();
            return (int)((long)raw * 3300 * BoardRev1.BatteryDividerX1000 / 1000 / _maxValue);
        }
    }

    /// <summary>Deep sleep with the Up button (EXT0, active low) as the wake source, and the MPU INT pin as an option.</summary>
    public sealed class DeepSleepPower : IPowerControl
    {
        readonly Mpu6050Fifo _sensor;
        readonly WakeReason _lastWake;

        public DeepSleepPower(Mpu6050Fifo sensor)
        {
            _sensor = sensor;
            switch (nanoFramework.Hardware.Esp32.Sleep.GetWakeupCause())
            {
                case nanoFramework.Hardware.Esp32.Sleep.WakeupCause.Ext0:
                    _lastWake = WakeReason.Button;
                    break;
                case nanoFramework.Hardware.Esp32.Sleep.WakeupCause.Ext1:
                    _lastWake = WakeReason.Motion;
                    break;
                case nanoFramework.Hardware.Esp32.Sleep.WakeupCause.Timer:
                    _lastWake = WakeReason.Timer;
                    break;
                default:
                    _lastWake = WakeReason.PowerOn;
                    break;
            }
        }

        public WakeReason LastWake { get { return _lastWake; } }

        public void Sleep(bool wakeOnMotion)
        {
            Sleep_EnableButtonWake();
            if (wakeOnMotion && _sensor.EnableMotionWake())
            {
                nanoFramework.Hardware.Esp32.Sleep.EnableWakeupByMultiPins(nanoFramework.Hardware.Esp32.Sleep.WakeupGpioPin.Pin35, nanoFramework.Hardware.Esp32.Sleep.WakeupMode.AnyHigh);
            }

            nanoFramework.Hardware.Esp32.Sleep.StartDeepSleep();
        }

        public void Shutdown()
        {
            // Critical battery: only a button press (after charging) brings the pod back.
            Sleep_EnableButtonWake();
            nanoFramework.Hardware.Esp32.Sleep.StartDeepSleep();
        }

        static void Sleep_EnableButtonWake()
        {
            nanoFramework.Hardware.Esp32.Sleep.EnableWakeupByPin(nanoFramework.Hardware.Esp32.Sleep.WakeupGpioPin.Pin32, 0);
        }
    }

    /// <summary>Serial console output.</summary>
    public sealed class SerialOut : ITextOut
    {
        public void WriteLine(string line)
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>Writes the rare pod events to the serial console; beats and steps are not printed (they would allocate).</summary>
    public sealed class SerialEvents : IPodEvents
    {
        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            if (kind == PodEvent.Beat || kind == PodEvent.Step || kind == PodEvent.Button) return;
            Console.WriteLine("event," + (nowUs / 1000).ToString() + "," + ((int)kind).ToString() + "," + value.ToString());
        }
    }
}
