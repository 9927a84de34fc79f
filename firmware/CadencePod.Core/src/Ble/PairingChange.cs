namespace CadencePod.Core.Ble
{
    /// <summary>The value of a <see cref="Seams.PodEvent.Pairing"/> event.</summary>
    public enum PairingChange
    {
        WindowClosed = 0,
        WindowOpened = 1,

        /// <summary>A central bonded (in the window, which then closes).</summary>
        Bonded = 2,

        /// <summary>Every bond was forgotten.</summary>
        BondsForgotten = 3,
    }
}
