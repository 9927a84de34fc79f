using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>A delay that does not wait.</summary>
    public sealed class NoDelay : IDelay
    {
        public void WaitMs(int milliseconds)
        {
        }
    }
}
