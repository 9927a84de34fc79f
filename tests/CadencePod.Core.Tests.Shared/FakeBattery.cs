using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    public sealed class FakeBattery : IBattery
    {
        public int Millivolts = 3900;

        public int ReadMillivolts()
        {
            return Millivolts;
        }
    }
}
