using System;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
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
}
