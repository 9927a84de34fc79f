using System;
using System.Device.I2c;
using CadencePod.Core.Seams;
using nanoFramework.Hardware.Esp32;

namespace CadencePod.Device.Drivers
{
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
}
