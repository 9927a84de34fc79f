using System;
using System.Device.Adc;
using System.Device.Gpio;
using System.Device.I2c;
using System.Device.Pwm;
using System.IO;
using System.Threading;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
    // The seams on nanoFramework. Each adapter is thin and takes its pins and settings from the board class through its
    // constructor. Exceptions are not caught here: the boot sequence and the guards in Core (PodBoot, HardwareGuards)
    // catch and record them, and the host tests exercise that with throwing doubles.

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

        /// <summary>Maps the pins to the bus, then opens the device (both can throw; the boot sequence catches).</summary>
        public I2cRegisterBus(int busId, int dataPin, int clockPin, int address, int busSpeedHz)
        {
            Configuration.SetPinFunction(dataPin, busId == 2 ? DeviceFunction.I2C2_DATA : DeviceFunction.I2C1_DATA);
            Configuration.SetPinFunction(clockPin, busId == 2 ? DeviceFunction.I2C2_CLOCK : DeviceFunction.I2C1_CLOCK);
            I2cBusSpeed speed = busSpeedHz >= 1000000 ? I2cBusSpeed.FastModePlus : busSpeedHz >= 400000 ? I2cBusSpeed.FastMode : I2cBusSpeed.StandardMode;
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, address, speed));
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

        /// <summary>Maps a PWM function to the pin (unassigned by default on the ESP32), then opens the channel.</summary>
        public PwmBeeper(int pin, int pwmChannel, int initialFrequencyHz)
        {
            Configuration.SetPinFunction(pin, PwmFunction(pwmChannel));
            _channel = PwmChannel.CreateFromPin(pin, initialFrequencyHz, 0);
            if (_channel == null) throw new InvalidOperationException("no PWM on pin " + pin.ToString());
            _frequencyHz = initialFrequencyHz;
        }

        public void Start(int frequencyHz, int dutyPermille)
        {
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
            _channel.Stop();
        }

        static DeviceFunction PwmFunction(int channel)
        {
            switch (channel)
            {
                case 2: return DeviceFunction.PWM2;
                case 3: return DeviceFunction.PWM3;
                case 4: return DeviceFunction.PWM4;
                default: return DeviceFunction.PWM1;
            }
        }
    }

    /// <summary>Buttons to ground with internal pull-ups, read by polling (GPIO events are slow and allocate).</summary>
    public sealed class GpioButtons : IButtonPanel
    {
        readonly GpioPin _up;
        readonly GpioPin _down;
        readonly GpioPin _mode;

        public GpioButtons(GpioController gpio, int upPin, int downPin, int modePin)
        {
            _up = gpio.OpenPin(upPin, PinMode.InputPullUp);
            _down = gpio.OpenPin(downPin, PinMode.InputPullUp);
            _mode = gpio.OpenPin(modePin, PinMode.InputPullUp);
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

        public FlashBlockStore(string pathPrefix)
        {
            for (int i = 0; i < _paths.Length; i++) _paths[i] = pathPrefix + i.ToString() + ".bin";
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
                return -1; // the IBlockStore contract: errors are returned, the guard counts them
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

    /// <summary>One ADC1 channel, raw counts as the native driver returns them (11/12 dB attenuation, 0 … MaxValue).</summary>
    public sealed class AdcInput : IAnalogInput
    {
        readonly AdcChannel _channel;
        readonly int _maxRaw;

        public AdcInput(int channel)
        {
            var adc = new AdcController();
            _maxRaw = adc.MaxValue;
            _channel = adc.OpenChannel(channel);
        }

        public int MaxRaw { get { return _maxRaw; } }

        public int ReadRaw()
        {
            return _channel.ReadValue();
        }
    }

    /// <summary>Deep sleep with a button (EXT0) and, as an option, the MPU INT pin (EXT1) as wake sources.</summary>
    public sealed class DeepSleepPower : IPowerControl
    {
        readonly Mpu6050Fifo _sensor;
        readonly WakeReason _lastWake;
        readonly int _buttonWakePin;
        readonly int _buttonWakeLevel;
        readonly int _motionWakePin;

        public DeepSleepPower(Mpu6050Fifo sensor, int buttonWakePin, int buttonWakeLevel, int motionWakePin)
        {
            _sensor = sensor;
            _buttonWakePin = buttonWakePin;
            _buttonWakeLevel = buttonWakeLevel;
            _motionWakePin = motionWakePin;
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
            EnableButtonWake();
            if (wakeOnMotion && _sensor.EnableMotionWake())
            {
                nanoFramework.Hardware.Esp32.Sleep.EnableWakeupByMultiPins(WakePin(_motionWakePin), nanoFramework.Hardware.Esp32.Sleep.WakeupMode.AnyHigh);
            }

            StartDeepSleep();
        }

        public void Shutdown()
        {
            // Critical battery: only a button press (after charging) brings the pod back.
            EnableButtonWake();
            StartDeepSleep();
        }

        void EnableButtonWake()
        {
            nanoFramework.Hardware.Esp32.Sleep.EnableWakeupByPin(WakePin(_buttonWakePin), _buttonWakeLevel);
        }

        static void StartDeepSleep()
        {
            nanoFramework.Hardware.Esp32.Sleep.StartDeepSleep();
            // Deep sleep does not return; if it did, reboot, so the pod is not left asleep in the loop with dead buttons.
            nanoFramework.Runtime.Native.Power.RebootDevice();
        }

        /// <summary>The wake-pin flag for a GPIO number (bit n = GPIO n, as the enum's values are).</summary>
        static nanoFramework.Hardware.Esp32.Sleep.WakeupGpioPin WakePin(int gpio)
        {
            return (nanoFramework.Hardware.Esp32.Sleep.WakeupGpioPin)(1UL << gpio);
        }
    }

    /// <summary>
    /// Plain lines on the serial console. On the ESP32 Console.WriteLine goes to UART0 (the dev board's USB serial port,
    /// 921600 baud) as plain text when no debugger is attached, and to Visual Studio's output window when one is
    /// (docs/building.md, "Serial output").
    /// </summary>
    public sealed class SerialText : ITextOut
    {
        public void WriteLine(string line)
        {
            Console.WriteLine(line);
        }
    }

    /// <summary>Writes the rare pod events as lines; beats, steps and buttons are not printed (they would allocate).</summary>
    public sealed class SerialEvents : IPodEvents
    {
        readonly ITextOut _out;

        public SerialEvents(ITextOut output)
        {
            _out = output;
        }

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            if (kind == PodEvent.Beat || kind == PodEvent.Step || kind == PodEvent.Button) return;
            _out.WriteLine("event," + (nowUs / 1000).ToString() + "," + ((int)kind).ToString() + "," + value.ToString());
        }
    }
}
