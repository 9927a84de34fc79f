namespace CadencePod.Core.Seams
{
    /// <summary>Raw button levels, polled; debouncing happens in Core.</summary>
    public interface IButtonPanel
    {
        /// <summary>Bit 0 = Up, bit 1 = Down; 1 = pressed.</summary>
        int ReadPressedMask();
    }
}
