namespace CadencePod.Core.Seams
{
    /// <summary>A blocking wait, for the few fixed delays a chip needs at boot (the MPU-6050's reset). Never used in the loop.</summary>
    public interface IDelay
    {
        void WaitMs(int milliseconds);
    }
}
