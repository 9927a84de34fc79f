using System;
using System.Collections.Generic;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>Options of one simulated run.</summary>
public sealed class SimulationOptions
{
    public int SampleRateHz { get; set; } = SensorEmulator.DefaultSampleRateHz;
    /// <summary>The virtual sensor's real output data rate differs from SampleRateHz by this (percent): an MPU on its
    /// internal oscillator is only ≈ ±5 % (docs/device-limits.md). The pod still believes SampleRateHz.</summary>
    public double OdrErrorPercent { get; set; }
    public List<ScriptedPress> Presses { get; } = new();
    public List<SensorFault> Faults { get; } = new();
    /// <summary>
    /// Changes the pod's settings right after it booted (--target, --mode, --baseline, --phase-lock, tests), as a host
    /// tool edits them; the controller's own rule (<c>OnSettingsEdited</c>, the one its boot uses) applies them.
    /// </summary>
    public Action<PodSettings>? ConfigureSettings { get; set; }
    /// <summary>Called once the pod has booted, with its controller and the firmware's clock (µs): e.g. --mode probe
    /// starts a silent probe through the controller's API, as the buttons or the phone do (a boot never resumes one).</summary>
    public Action<PodController, uint>? AfterBoot { get; set; }
    /// <summary>Folder of the settings and log files; null keeps them in memory.</summary>
    public string? StoreFolder { get; set; }
    public Func<long, int>? BatteryMillivoltsAt { get; set; }
    /// <summary>Starting value of the firmware's 32-bit µs clock (to test the 71-minute wrap).</summary>
    public long ClockStartUs { get; set; }

    /// <summary>Windows (µs from the start) in which the loop is not run at all: a stalled CPU, so the FIFO overflows.</summary>
    public List<(long FromUs, long ToUs)> LoopStalls { get; } = new();

    /// <summary>Record the serial console (boot, events, and a run-log dump at a power-up with Mode held after the run).</summary>
    public bool SerialCapture { get; set; }

    /// <summary>Every storage write fails (flash full or read-only).</summary>
    public bool StorageFails { get; set; }

    /// <summary>A virtual Bluetooth LE link to attach to the pod (its centrals act from <see cref="OnTick"/>); null: no Bluetooth.</summary>
    public Ble.VirtualBleLink? Ble { get; set; }

    /// <summary>Called before every loop iteration with the time since the start (µs): scripted centrals act here.</summary>
    public Action<long, PodLoop>? OnTick { get; set; }

    /// <summary>The battery reading instead of the simulated cell (e.g. the firmware's gauge over an ADC double).</summary>
    public IBattery? Battery { get; set; }
}
