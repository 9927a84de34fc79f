using CadencePod.Core.Ble;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Tests
{
    /// <summary>Counts events by kind and remembers the last value of each.</summary>
    public sealed class EventLog : IPodEvents
    {
        public readonly int[] Count = new int[32];
        public readonly int[] LastValue = new int[32];

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            Count[(int)kind]++;
            LastValue[(int)kind] = value;
        }
    }
}
