// Facade of nanoFramework.Iot.Device.Mpu9250 1.2.x (class Mpu6050; nanoframework-api.md §3.1).
using System;
using System.Device.I2c;
using System.Numerics;

namespace Iot.Device.Imu
{
    public enum AccelerometerRange
    {
        Range02G = 0,
        Range04G = 1,
        Range08G = 2,
        Range16G = 3,
    }

    public enum GyroscopeRange
    {
        Range0250Dps = 0,
        Range0500Dps = 1,
        Range1000Dps = 2,
        Range2000Dps = 3,
    }

    public enum GyroscopeBandwidth
    {
        Bandwidth0250Hz = 0,
        Bandwidth0184Hz = 1,
        Bandwidth0092Hz = 2,
        Bandwidth0041Hz = 3,
        Bandwidth0020Hz = 4,
        Bandwidth0010Hz = 5,
        Bandwidth0005Hz = 6,
        Bandwidth3600Hz = 7,
        Bandwidth3600HzFS32 = -1,
        Bandwidth8800HzFS32 = -2,
    }

    public enum AccelerometerBandwidth
    {
        Bandwidth1130Hz = 0,
        Bandwidth0460Hz = 0x08,
        Bandwidth0184Hz = 0x09,
        Bandwidth0092Hz = 0x0A,
        Bandwidth0041Hz = 0x0B,
        Bandwidth0020Hz = 0x0C,
        Bandwidth0010Hz = 0x0E,
        Bandwidth0005Hz = 0x0F,
    }

    [Flags]
    public enum FifoModes
    {
        None = 0,
        I2CSlave0 = 0x01,
        I2CSlave1 = 0x02,
        I2CSlave2 = 0x04,
        Accelerometer = 0x08,
        GyroscopeZ = 0x10,
        GyroscopeY = 0x20,
        GyroscopeX = 0x40,
        Temperature = 0x80,
    }

    [Flags]
    public enum DisableModes
    {
        DisableNone = 0,
        DisableAccelerometerX = 0x20,
        DisableAccelerometerY = 0x10,
        DisableAccelerometerZ = 0x08,
        DisableGyroscopeX = 0x04,
        DisableGyroscopeY = 0x02,
        DisableGyroscopeZ = 0x01,
    }

    public class Mpu6050 : IDisposable
    {
        public const byte DefaultI2cAddress = 0x68;
        public const byte SecondI2cAddress = 0x69;
        public Mpu6050(I2cDevice i2cDevice) { throw null; }
        public Vector3 GetAccelerometer() { throw null; }
        public Vector3 GetGyroscopeReading() { throw null; }
        public AccelerometerRange AccelerometerRange { get { throw null; } set { throw null; } }
        public GyroscopeRange GyroscopeRange { get { throw null; } set { throw null; } }
        public GyroscopeBandwidth GyroscopeBandwidth { get { throw null; } set { throw null; } }
        public AccelerometerBandwidth AccelerometerBandwidth { get { throw null; } set { throw null; } }
        public float AccelerationScale { get { throw null; } }
        public float GyroscopeScale { get { throw null; } }
        public byte SampleRateDivider { get { throw null; } set { throw null; } }
        public DisableModes DisableModes { get { throw null; } set { throw null; } }
        public uint FifoCount { get { throw null; } }
        public FifoModes FifoModes { get { throw null; } set { throw null; } }
        public void ReadFifo(SpanByte readData) { throw null; }
        public void Dispose() { throw null; }
    }
}
