#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Sensors;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>The real driver on the simulated register file, in fake time.</summary>
    public sealed class SensorRig
    {
        public readonly VirtualClock Clock = new VirtualClock();
        public readonly Mpu6050RegisterFile Chip;
        public readonly Mpu6050Fifo Driver;
        public readonly VirtualDelay Delay;
        public readonly SampleTrail Trail = new SampleTrail();
        public readonly short[] Xyz = new short[96];
        public int Lost;

        public SensorRig() : this(Mpu6050Bits.GenuineWhoAmI)
        {
        }

        public SensorRig(int whoAmI)
        {
            Clock.NowUs64 = 5000;
            Chip = new Mpu6050RegisterFile(Clock, new CountingSource());
            Chip.WhoAmIValue = whoAmI;
            Driver = new Mpu6050Fifo(Chip, TestSignals.SampleRateHz);
            Delay = new VirtualDelay(Clock);
        }

        public bool Boot()
        {
            return Driver.Initialize(Delay);
        }

        /// <summary>One Read call; returns the samples it delivered (checked).</summary>
        public int ReadOnce()
        {
            int n = Driver.Read(Xyz, 32);
            Trail.Check(Xyz, n, Driver.CountsPerG);
            Lost += Driver.TakeLostSamples();
            return n;
        }

        /// <summary>As the loop does every 100 ms: read until a batch comes back short.</summary>
        public int Drain()
        {
            int total = 0;
            int n;
            do
            {
                n = ReadOnce();
                total += n;
            }
            while (n == 32);
            return total;
        }

        /// <summary>Lets milliseconds pass, then drains.</summary>
        public int Step(int milliseconds)
        {
            Clock.NowUs64 += milliseconds * 1000L;
            return Drain();
        }

        /// <summary>Runs the loop's rhythm (a drain every 100 ms) for this long; returns the samples delivered.</summary>
        public int Run(int milliseconds)
        {
            int total = 0;
            for (int t = 0; t < milliseconds; t += 100) total += Step(100);
            return total;
        }
    }
}
