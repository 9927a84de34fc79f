namespace CadencePod.Core.Seams
{
    /// <summary>Text out (serial console on the device, stdout on the host). Only used outside the hot path.</summary>
    public interface ITextOut
    {
        void WriteLine(string line);
    }
}
