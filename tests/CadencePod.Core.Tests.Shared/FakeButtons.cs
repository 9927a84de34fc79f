using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    public sealed class FakeButtons : IButtonPanel
    {
        public int Mask;

        public int ReadPressedMask()
        {
            return Mask;
        }
    }
}
