namespace CadencePod.Core.Seams
{
    /// <summary>Raw button levels, polled; debouncing happens in Core.</summary>
    public interface IButtonPanel
    {
        /// <summary>Bit 0 = Up, bit 1 = Down, bit 2 = Mode (ButtonGestures.UpMask, DownMask, ModeMask); 1 = pressed.</summary>
        int ReadPressedMask();
    }
}
