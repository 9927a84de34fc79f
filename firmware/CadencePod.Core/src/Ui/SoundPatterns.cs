namespace CadencePod.Core.Ui
{
    /// <summary>
    /// The pod's beep language by name. The patterns themselves are tunables (Tunables.cs, "Sounds": one
    /// (frequency Hz, on ms, off ms) triple per tone, <see cref="SoundPatternLayout"/>); docs/user-guide.md has the table.
    /// A pattern's id, the value of a Pattern event, is its index in <see cref="AllNames"/>.
    /// </summary>
    public static class SoundPatterns
    {
        // Built at their first use, then kept: looking a pattern up allocates nothing after that.
        static int[][] _all;
        static int[][] _modes;

        /// <summary>The cue-mode announcement for mode number 1–5 (n beeps); any other number gets mode 5's.</summary>
        public static int[] ForMode(int modeNumber)
        {
            if (_modes == null)
            {
                _modes = new int[][] { Tunables.Mode1Sound, Tunables.Mode2Sound, Tunables.Mode3Sound, Tunables.Mode4Sound, Tunables.Mode5Sound };
            }

            int i = modeNumber - 1;
            return i >= 0 && i < _modes.Length ? _modes[i] : _modes[_modes.Length - 1];
        }

        /// <summary>Every pattern, in the order of <see cref="AllNames"/>, for tests and the simulator's legend.</summary>
        public static int[][] All()
        {
            return new int[][]
            {
                Tunables.ConfirmSound, Tunables.RefuseSound, Tunables.StartSound, Tunables.StopSound,
                Tunables.BaselineCapturedSound, Tunables.SensorMissingSound, Tunables.SettingsResetSound, Tunables.BatteryLowSound,
                Tunables.LockedSound, Tunables.UnlockedSound, Tunables.LockedPressSound, Tunables.ArmedSound,
                Tunables.PlanAdvancedSound, Tunables.ProbeHeldSound, Tunables.ProbeSlippedSound,
                Tunables.Mode1Sound, Tunables.Mode2Sound, Tunables.Mode3Sound, Tunables.Mode4Sound, Tunables.Mode5Sound,
                Tunables.PairingOpenSound, Tunables.PairingClosedSound, Tunables.PairedSound, Tunables.BondsForgottenSound,
                Tunables.CalibrationStartSound,
            };
        }

        public static string[] AllNames()
        {
            return new string[]
            {
                "confirm", "refuse", "start", "stop", "baseline-captured", "sensor-missing", "settings-reset", "battery-low",
                "locked", "unlocked", "locked-press", "long-press-armed", "plan-advanced", "probe-held", "probe-slipped",
                "mode-1", "mode-2", "mode-3", "mode-4", "mode-5",
                "pairing-open", "pairing-closed", "paired", "bonds-forgotten", "calibration-start",
            };
        }

        /// <summary>Index of a pattern in <see cref="AllNames"/> (by reference); -1 if unknown.</summary>
        public static int IdOf(int[] p)
        {
            if (_all == null) _all = All();
            for (int i = 0; i < _all.Length; i++)
            {
                if (_all[i] == p) return i;
            }

            return -1;
        }

        /// <summary>Total length of a pattern (µs).</summary>
        public static int DurationUs(int[] pattern)
        {
            int ms = 0;
            for (int i = 0; i + SoundPatternLayout.AtOffMs < pattern.Length; i += SoundPatternLayout.ValuesPerTone)
            {
                ms += pattern[i + SoundPatternLayout.AtOnMs] + pattern[i + SoundPatternLayout.AtOffMs];
            }

            return ms * 1000;
        }
    }
}
