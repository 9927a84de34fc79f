using System.Threading;
using CadencePod.Core.Seams;

namespace CadencePod.Device.Drivers
{
    /// <summary>Boot-time waits (the MPU-6050's reset): Thread.Sleep, 10 ms-grained, which is fine for them.</summary>
    public sealed class ThreadDelay : IDelay
    {
        public void WaitMs(int milliseconds)
        {
            Thread.Sleep(milliseconds);
        }
    }
}
