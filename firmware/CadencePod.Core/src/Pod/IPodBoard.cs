using System;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// A board as the boot sequence sees it: the head (ESP32) or a host test's doubles. Each Open call may throw — native
    /// drivers do when a pin is taken, a function is missing or memory runs out — and the boot sequence catches it.
    /// Pins, wake pins, ADC channel, divider and bus settings live in the head's board class and go into these parts there.
    /// </summary>
    public interface IPodBoard
    {
        string Revision { get; }

        IClock Clock { get; }

        /// <summary>Blocking waits (the sensor's reset at boot).</summary>
        IDelay Delay { get; }

        /// <summary>Plain lines for a person or a script on the other end of the serial port.</summary>
        ITextOut Console { get; }

        /// <summary>Where pod events go (the serial console on the pod).</summary>
        IPodEvents Events { get; }

        /// <summary>The sensor's output data rate the driver asks for (Hz).</summary>
        int SensorRateHz { get; }

        IRegisterBus OpenSensorBus();

        IBeeper OpenBeeper();

        IButtonPanel OpenButtons();

        IBlockStore OpenStorage();

        /// <summary>The battery reading (a gauge over the ADC, or "unknown" on a board without a divider).</summary>
        IBattery OpenBattery();

        /// <summary>Sleep and wake; the sensor arms its motion interrupt before deep sleep.</summary>
        IPowerControl OpenPower(Mpu6050Fifo sensor);
    }
}
