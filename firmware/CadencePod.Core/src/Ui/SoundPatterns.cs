namespace CadencePod.Core.Ui
{
    /// <summary>
    /// The pod's beep language (docs/user-guide.md has the table). Each pattern is a list of
    /// (frequency Hz, on ms, off ms) triples. The metronome beat is one 20 ms tone at the beat pitch;
    /// every pattern differs from it by having several tones, a tone of 40 ms or more, or both, so no
    /// pattern can be heard as a beat (a test checks this and that no two patterns are alike).
    /// </summary>
    public static class SoundPatterns
    {
        /// <summary>Confirm: a quick rising two-tone blip.</summary>
        public static readonly int[] Confirm = { 2200, 40, 20, 3300, 40, 0 };

        /// <summary>Refusal: one low 300 ms buzz (the request was out of range or not possible now).</summary>
        public static readonly int[] Refuse = { 900, 300, 0 };

        /// <summary>Start pacing: rising three-tone chirp.</summary>
        public static readonly int[] Start = { 1800, 60, 15, 2600, 60, 15, 3600, 90, 0 };

        /// <summary>Stop pacing: falling three-tone chirp.</summary>
        public static readonly int[] Stop = { 3600, 60, 15, 2600, 60, 15, 1800, 90, 0 };

        /// <summary>Baseline captured: long–short–long.</summary>
        public static readonly int[] BaselineCaptured = { 2400, 150, 60, 2400, 50, 60, 2400, 150, 0 };

        /// <summary>Sensor missing: three low 200 ms tones.</summary>
        public static readonly int[] SensorMissing = { 800, 200, 100, 800, 200, 100, 800, 200, 0 };

        /// <summary>Settings were unreadable and reset to defaults: two 300 ms mid tones.</summary>
        public static readonly int[] SettingsReset = { 1500, 300, 150, 1500, 300, 0 };

        /// <summary>Battery low: falling two-tone, twice.</summary>
        public static readonly int[] BatteryLow = { 2000, 200, 50, 1200, 200, 250, 2000, 200, 50, 1200, 200, 0 };

        /// <summary>Buttons locked: two quick falling tones. Unlocked: two quick rising tones (lower than Confirm).</summary>
        public static readonly int[] Locked = { 3000, 50, 30, 1600, 50, 0 };
        public static readonly int[] Unlocked = { 1600, 50, 30, 3000, 50, 0 };

        /// <summary>A press while locked: one short low tick, 40 ms.</summary>
        public static readonly int[] LockedPress = { 700, 40, 0 };

        /// <summary>Long-press point reached: one 40 ms high tick — let go now.</summary>
        public static readonly int[] Armed = { 4000, 40, 0 };

        /// <summary>Progression plan moved to the next stage: rising four-tone.</summary>
        public static readonly int[] PlanAdvanced = { 1800, 70, 20, 2400, 70, 20, 3000, 70, 20, 3600, 120, 0 };

        /// <summary>Silent probe finished: the new cadence stuck (rising) or did not (falling).</summary>
        public static readonly int[] ProbeHeld = { 2600, 100, 40, 3400, 160, 0 };
        public static readonly int[] ProbeSlipped = { 3400, 100, 40, 2600, 160, 0 };

        /// <summary>Cue-mode announcement: n short 60 ms beeps, n = mode number (1–5).</summary>
        public static readonly int[] Mode1 = { 3000, 60, 0 };
        public static readonly int[] Mode2 = { 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode3 = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode4 = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };
        public static readonly int[] Mode5 = { 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 120, 3000, 60, 0 };

        /// <summary>Bluetooth pairing window open: ding-dong, ding-dong (a doorbell: "someone may come in now").</summary>
        public static readonly int[] PairingOpen = { 2500, 100, 50, 1700, 100, 50, 2500, 100, 50, 1700, 100, 0 };

        /// <summary>The pairing window closed without a new bond: one short and one long low tone.</summary>
        public static readonly int[] PairingClosed = { 1700, 100, 50, 1700, 250, 0 };

        /// <summary>A phone or watch bonded: rising three tones, the last one long.</summary>
        public static readonly int[] Paired = { 1700, 100, 50, 2500, 100, 50, 3400, 200, 0 };

        /// <summary>Every bond forgotten: four falling tones, the last one long.</summary>
        public static readonly int[] BondsForgotten = { 3000, 120, 30, 2200, 120, 30, 1400, 120, 30, 900, 300, 0 };

        /// <summary>Stride calibration run started: short–short–long (finishing sounds confirm, or refuse when the run was too short).</summary>
        public static readonly int[] CalibrationStart = { 2000, 60, 60, 2000, 60, 60, 2000, 200, 0 };

        public static int[] ForMode(int modeNumber)
        {
            switch (modeNumber)
            {
                case 1: return Mode1;
                case 2: return Mode2;
                case 3: return Mode3;
                case 4: return Mode4;
                default: return Mode5;
            }
        }

        /// <summary>Every pattern, for tests and the simulator's legend.</summary>
        public static int[][] All()
        {
            return new int[][]
            {
                Confirm, Refuse, Start, Stop, BaselineCaptured, SensorMissing, SettingsReset, BatteryLow,
                Locked, Unlocked, LockedPress, Armed, PlanAdvanced, ProbeHeld, ProbeSlipped,
                Mode1, Mode2, Mode3, Mode4, Mode5,
                PairingOpen, PairingClosed, Paired, BondsForgotten, CalibrationStart,
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

        /// <summary>Index of a pattern in <see cref="AllNames"/> (by reference, no allocation); -1 if unknown.</summary>
        public static int IdOf(int[] p)
        {
            if (p == Confirm) return 0;
            if (p == Refuse) return 1;
            if (p == Start) return 2;
            if (p == Stop) return 3;
            if (p == BaselineCaptured) return 4;
            if (p == SensorMissing) return 5;
            if (p == SettingsReset) return 6;
            if (p == BatteryLow) return 7;
            if (p == Locked) return 8;
            if (p == Unlocked) return 9;
            if (p == LockedPress) return 10;
            if (p == Armed) return 11;
            if (p == PlanAdvanced) return 12;
            if (p == ProbeHeld) return 13;
            if (p == ProbeSlipped) return 14;
            if (p == Mode1) return 15;
            if (p == Mode2) return 16;
            if (p == Mode3) return 17;
            if (p == Mode4) return 18;
            if (p == Mode5) return 19;
            if (p == PairingOpen) return 20;
            if (p == PairingClosed) return 21;
            if (p == Paired) return 22;
            if (p == BondsForgotten) return 23;
            if (p == CalibrationStart) return 24;
            return -1;
        }

        /// <summary>Total length of a pattern (µs).</summary>
        public static int DurationUs(int[] pattern)
        {
            int ms = 0;
            for (int i = 0; i + 2 < pattern.Length; i += 3) ms += pattern[i + 1] + pattern[i + 2];
            return ms * 1000;
        }
    }
}
