namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The settings another part of the pod may change through <see cref="PodController.TrySetSetting"/> (today the
    /// Bluetooth service). The numbers are wire ids of the CadencePod service (docs/ble.md): never renumber.
    /// </summary>
    public enum PodSettingId
    {
        /// <summary>0 = relative (+% over the baseline; needs a baseline), 1 = absolute (spm).</summary>
        TargetMode = 1,
        /// <summary>Relative target in tenths of a percent: 50–100 in steps of 5 (+5.0 … +10.0 %).</summary>
        TargetPercentTenths = 2,
        /// <summary>Absolute target (spm): 120–220.</summary>
        TargetAbsoluteSpm = 3,
        /// <summary>0 every step, 1 every second step, 2 off-target only, 3 faded, 4 silent probe (starts one, as the buttons do).</summary>
        CueMode = 4,
        /// <summary>0 mute … 3 loudest.</summary>
        Volume = 5,
        /// <summary>0 off, 1 on.</summary>
        PhaseLock = 6,
        /// <summary>Progression plan: 0 off, 1 on.</summary>
        PlanEnabled = 7,
        /// <summary>Deep sleep also wakes on motion: 0 off, 1 on.</summary>
        WakeOnMotion = 8,
        /// <summary>Auto-sleep after this long without motion while idle (s): 60–7200.</summary>
        AutoSleepS = 9,
        /// <summary>Beat tone (Hz): 2200, 2700 or 3200 (the Mode button's choices).</summary>
        ToneHz = 10,
        /// <summary>Known distance of a button-started calibration run (m): 100–10000.</summary>
        CalibrationDistanceM = 11,
        /// <summary>Distance per step (mm): 300–2500, or 0 to forget the calibration (speed is then sent as 0).</summary>
        StrideLengthMm = 12,
    }
}
