namespace CadencePod.Core.Seams
{
    /// <summary>Raw button levels, polled; debouncing happens in Core.</summary>
    public interface IButtonPanel
    {
        /// <summary>The pressed buttons as <see cref="ButtonBits"/>: bit 0 = Up, bit 1 = Down, bit 2 = Mode.</summary>
        int ReadPressedMask();
    }
}
