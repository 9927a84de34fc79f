using System;
using System.Collections.Generic;
using CadencePod.Core.Sensors;
using CadencePod.Doubles;

namespace CadencePod.Simulator.Board;

/// <summary>
/// The virtual board's MPU-6050: the register-level double the unit tests use (tests/CadencePod.Doubles) fed from the
/// recording, and the firmware's own driver (Core's Mpu6050Fifo) reading it — one FIFO model for tests and simulator.
/// Faults are applied to the double by time window.
/// </summary>
public sealed class VirtualSensor
{
    readonly long _startUs;
    readonly HashSet<SensorFault> _glitched = new();

    /// <param name="clock">The virtual clock; the chip's sample k is taken k / rate after now.</param>
    /// <param name="rateHz">Rate the driver asks for (the chip makes the nearest 1 kHz / (1 + n)).</param>
    /// <param name="odrErrorPercent">The chip's oscillator error.</param>
    public VirtualSensor(VirtualClock clock, int rateHz, double odrErrorPercent = 0)
    {
        _startUs = clock.NowUs64;
        Chip = new Mpu6050RegisterFile(clock, new StillSource()) { OscillatorRatio = 1.0 + odrErrorPercent / 100.0 };
        Driver = new Mpu6050Fifo(Chip, rateHz);
    }

    public Mpu6050RegisterFile Chip { get; }
    public Mpu6050Fifo Driver { get; }
    public List<SensorFault> Faults { get; } = new();

    /// <summary>Sets the double's fault knobs for the time nowUs (absolute virtual time).</summary>
    public void ApplyFaults(long nowUs)
    {
        long t = nowUs - _startUs;
        int nack = 0, partial = 0, throws = 0;
        bool vanished = false, stuck = false;
        foreach (var f in Faults)
        {
            if (f.Kind == SensorFaultKind.Brownout)
            {
                if (t >= f.FromUs && _glitched.Add(f)) Chip.PowerGlitch();
                continue;
            }

            if (t < f.FromUs || t >= f.ToUs) continue;
            int permille = (int)Math.Round(f.Rate * 1000);
            switch (f.Kind)
            {
                case SensorFaultKind.ReadErrors: nack = permille; break;
                case SensorFaultKind.PartialTransfers: partial = permille; break;
                case SensorFaultKind.Exceptions: throws = permille; break;
                case SensorFaultKind.Vanished: vanished = true; break;
                case SensorFaultKind.Stuck: stuck = true; break;
            }
        }

        Chip.NackPermille = nack;
        Chip.PartialPermille = partial;
        Chip.ThrowPermille = throws;
        Chip.Stuck = stuck;
        if (Chip.Present == vanished) Chip.Present = !vanished;
    }
}
