#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>A delay that does not wait.</summary>
    public sealed class NoDelay : IDelay
    {
        public void WaitMs(int milliseconds)
        {
        }
    }
}
