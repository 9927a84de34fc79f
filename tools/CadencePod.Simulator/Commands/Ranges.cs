using System;
using System.Globalization;
using System.IO;
using CadencePod.Core;

namespace CadencePod.Simulator.Commands;

/// <summary>
/// Every numeric option's range, in one place. Where the firmware has the limit, it comes from Core's constants
/// (<see cref="Tunables"/>); the rest are the tools' own bounds, which keep a run's time and memory reasonable.
/// </summary>
public static class Ranges
{
    // ---- From the firmware ----
    /// <summary>The sensor's output data rate: the pipeline's internal rate up to the MPU-6050's fastest.</summary>
    public static readonly NumberRange RateHz = new("--rate", Tunables.InternalRateHz, Tunables.SensorMaxRateHz, "Hz");
    /// <summary>A baseline the pod accepts (PaceTarget clamps to this).</summary>
    public static readonly NumberRange BaselineSpm = new("--baseline", Tunables.MinCadenceSpm, Tunables.MaxCadenceSpm, "spm");
    public static readonly NumberRange TargetAbsoluteSpm = new("--target", Tunables.TargetAbsoluteMinSpm, Tunables.TargetAbsoluteMaxSpm, "spm");
    public static readonly NumberRange TargetPercent = new("--target", Tunables.TargetPercentMinTenths / 10.0, Tunables.TargetPercentMaxTenths / 10.0, "%");
    public static readonly double TargetPercentStep = Tunables.TargetPercentStepTenths / 10.0;
    /// <summary>The rate calibration ignores windows further off than this: a larger error is not an oscillator's.</summary>
    public static readonly NumberRange OdrErrorPercent = new("--odr-error", -Tunables.RateCalibrationMaxErrorPercent, Tunables.RateCalibrationMaxErrorPercent, "%");
    /// <summary>A metronome tempo a runner can have: the cadences the engine reports.</summary>
    public static readonly NumberRange TempoBpm = new("--tempo", Tunables.MinCadenceSpm, Tunables.MaxCadenceSpm, "beats per minute");

    // ---- The tools' own bounds ----
    public static readonly NumberRange DemoMinutes = new("--minutes", 1, 120, "minutes");
    public static readonly NumberRange CostMinutes = new("--minutes", 1, 120, "minutes");
    public static readonly NumberRange BenchMinutes = new("--minutes", 1, 600, "minutes");
    public static readonly NumberRange BenchRepeats = new("--repeats", 1, 100, "runs");
    public static readonly NumberRange JitterMinutes = new("--minutes", 1, 600, "minutes");
    public static readonly NumberRange UsPerIl = new("--us-per-il", 0.01, 100, "µs");
    public static readonly NumberRange IlPerSample = new("--il-per-sample", 1, 100_000, "IL instructions");
    public static readonly NumberRange IlPerSampleMax = new("--il-per-sample-max", 1, 1_000_000, "IL instructions");
    public static readonly NumberRange FifoReadUs = new("--fifo-read-us", 0, 100_000, "µs");
    public static readonly NumberRange SpinIterationUs = new("--spin-iteration-us", 0, 10_000, "µs");
    public static readonly NumberRange GcPauseUs = new("--gc-pause-us", 0, 1_000_000, "µs");
    /// <summary>`ble` prints one decoded notification every this many seconds (all of them at 1).</summary>
    public static readonly NumberRange BleEveryS = new("--every", 1, 600, "s");
    /// <summary>A scripted press at most this far into a run (s); beyond a recording's end it is refused anyway.</summary>
    public const double MaxPressS = 10_000_000;

    // ---- The cost meter's budgets (docs/algorithm.md) ----
    public const double CostMeanBudgetIl = 300, CostMaxBudgetIl = 1500, CostBytesBudget = 0;
}
