using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    public sealed class FakeBeeper : IBeeper
    {
        public int Starts;
        public int Stops;
        public bool On;
        public int LastFrequencyHz;

        public void Start(int frequencyHz, int dutyPermille)
        {
            Starts++;
            On = true;
            LastFrequencyHz = frequencyHz;
        }

        public void Stop()
        {
            Stops++;
            On = false;
        }
    }
}
