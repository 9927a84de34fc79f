using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    /// <summary>Working test doubles (fakes) with inspection helpers. No mocking framework: they run on the device too.</summary>
    public sealed class FakeClock : IClock
    {
        public uint Now;

        public uint NowUs()
        {
            return Now;
        }
    }
}
