namespace CadencePod.Device.Board
{
    /// <summary>
    /// Board revision 1 (ESP32 DevKit or a compact ESP32 module, GY-521 MPU-6050, piezo via NPN, two buttons).
    /// The one place pins are defined; hardware/README.md and hardware/netlist.csv must agree (a test checks).
    /// A later PCB gets a new class (BoardRev2), not edits here.
    /// </summary>
    public static class BoardRev1
    {
        public const string Revision = "rev1";

        /// <summary>I²C1 data (SDA) and clock (SCL) to the MPU-6050, remapped from the firmware defaults 18/19.</summary>
        public const int I2cDataPin = 21;
        public const int I2cClockPin = 22;
        public const int I2cBusId = 1;

        /// <summary>MPU-6050 address with AD0 tied low.</summary>
        public const int MpuAddress = 0x68;

        /// <summary>MPU-6050 INT, on an RTC-capable input-only pin so it can wake the ESP32 (wake-on-motion option).</summary>
        public const int MpuIntPin = 35;

        /// <summary>Piezo drive: PWM into the base resistor of the NPN transistor.</summary>
        public const int PiezoPin = 25;

        /// <summary>Buttons to ground, internal pull-ups, on RTC-capable pins (Up also wakes the pod from deep sleep).</summary>
        public const int ButtonUpPin = 32;
        public const int ButtonDownPin = 33;

        /// <summary>Optional third button (volume / tone).</summary>
        public const int ButtonModePin = 27;

        /// <summary>Battery voltage through a 100 k / 100 k divider into ADC1 channel 0 (GPIO36, VP).</summary>
        public const int BatteryAdcPin = 36;
        public const int BatteryAdcChannel = 0;

        /// <summary>Divider ratio ×1000 (100 k over 100 k halves the cell voltage).</summary>
        public const int BatteryDividerX1000 = 2000;
    }
}
