namespace CadencePod.Core.Seams
{
    /// <summary>The buttons' bits in <see cref="IButtonPanel.ReadPressedMask"/> (1 = pressed).</summary>
    public static class ButtonBits
    {
        public const int Up = 1;
        public const int Down = 2;
        public const int Mode = 4;
    }
}
