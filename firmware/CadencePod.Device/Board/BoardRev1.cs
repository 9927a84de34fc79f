namespace CadencePod.Device.Board
{
    /// <summary>
    /// Board revision 1 (an ESP32 WROOM-32 board, GY-521 MPU-6050, piezo via NPN, three buttons, LiPo through a charger
    /// with power path and a buck-boost regulator; hardware/README.md). The one place the board is described: every pin,
    /// wake pin, the ADC channel and divider and the bus settings are here and are passed into the
    /// drivers (Rev1Board). Plain constants only, so the host compiles this file too: the hardware check
    /// (tools/CadencePod.Hardware) reads these values from the compiled class and compares them with
    /// hardware/netlist.csv and hardware/README.md. A later PCB gets a new class (BoardRev2), not edits here.
    /// </summary>
    public static class BoardRev1
    {
        public const string Revision = "rev1";

        // ---- I²C to the MPU-6050 ----

        /// <summary>I²C bus 1 (I2C1), its data (SDA) and clock (SCL) pins, remapped from the firmware defaults 18/19.</summary>
        public const int I2cBusId = 1;
        public const int I2cDataPin = 21;
        public const int I2cClockPin = 22;

        /// <summary>Fast mode: a 10-sample FIFO batch takes about 1.4 ms (docs/device-limits.md).</summary>
        public const int I2cBusSpeedHz = 400000;

        /// <summary>MPU-6050 address with AD0 tied low.</summary>
        public const int MpuAddress = 0x68;

        /// <summary>The output data rate the driver configures (Hz).</summary>
        public const int MpuSampleRateHz = 100;

        /// <summary>MPU-6050 INT, on an RTC-capable input-only pin so it can wake the ESP32 (wake-on-motion).</summary>
        public const int MpuIntPin = 35;

        // ---- Piezo ----

        /// <summary>Piezo drive: PWM into the base resistor of the NPN transistor.</summary>
        public const int PiezoPin = 25;

        /// <summary>The PWM function mapped to the piezo pin (PWM1: LEDC timer 0, shared only with PWM2, which is unused).</summary>
        public const int PiezoPwmChannel = 1;

        // ---- Buttons ----

        /// <summary>Buttons to ground, internal pull-ups, on RTC-capable pins (Up also wakes the pod from deep sleep).</summary>
        public const int ButtonUpPin = 32;
        public const int ButtonDownPin = 33;

        /// <summary>Optional third button (volume / tone).</summary>
        public const int ButtonModePin = 27;

        // ---- Wake from deep sleep ----

        /// <summary>EXT0 wake: the Up button, active low.</summary>
        public const int ButtonWakePin = ButtonUpPin;
        public const int ButtonWakeLevel = 0;

        /// <summary>EXT1 wake (any high): the MPU-6050's latched motion interrupt.</summary>
        public const int MotionWakePin = MpuIntPin;

        // ---- Battery sense ----

        /// <summary>
        /// Whether the board has the cell divider (R3 from the cell, R4 to ground, C1). The wearable build does. The
        /// prototype (a DevKit on USB, no cell) fits R4 alone, so the pin reads 0 V: "no battery", unknown.
        /// </summary>
        public const bool BatteryDividerFitted = true;

        /// <summary>ADC1 channel 0 is GPIO36 (VP), input only.</summary>
        public const int BatteryAdcPin = 36;
        public const int BatteryAdcChannel = 0;

        /// <summary>R3 (cell to pin) and R4 (pin to ground): 100 k / 100 k halves the cell voltage.</summary>
        public const int BatteryDividerTopOhms = 100000;
        public const int BatteryDividerBottomOhms = 100000;

        /// <summary>
        /// The native ADC driver sets 11/12 dB attenuation and returns raw 0 … 4095 uncalibrated: full scale is about
        /// 3.9 V, and only 150–2450 mV at the pin convert accurately (ESP-IDF adc.h). A 2.5–4.5 V cell is 1.25–2.25 V there.
        /// </summary>
        public const int AdcFullScaleMv = 3900;
        public const int AdcAccurateMinMv = 150;
        public const int AdcAccurateMaxMv = 2450;

        // ---- Storage ----

        /// <summary>Settings and run-log slots as files on the internal flash drive (littlefs).</summary>
        public const string StoragePathPrefix = "I:\\cp";
    }
}
