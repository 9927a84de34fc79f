namespace CadencePod.Core.Ui
{
    public enum ButtonEvent
    {
        None = 0,
        UpShort,
        DownShort,
        /// <summary>Held 1–2 s and released.</summary>
        UpLong,
        DownLong,
        /// <summary>Held past 2 s: one event at 2 s and every 0.5 s after.</summary>
        UpRepeat,
        DownRepeat,
        /// <summary>A hold has reached the long-press point: a tick tells the runner to let go.</summary>
        LongArmed,
        BothShort,
        /// <summary>Both held 2 s: lock or unlock.</summary>
        BothLong,
        /// <summary>Optional third button: short press (volume) and 1 s press (tone).</summary>
        ModeShort,
        ModeLong,
        /// <summary>Staggered chord, Down first then Up, both held 3 s: open the Bluetooth pairing window.</summary>
        PairingChord,
        /// <summary>The same chord held on to 10 s: forget every bonded phone and watch.</summary>
        ForgetBondsChord,
        /// <summary>Staggered chord, Up first then Down, both held 3 s: start (or finish) a stride calibration run.</summary>
        CalibrationChord,
    }
}
