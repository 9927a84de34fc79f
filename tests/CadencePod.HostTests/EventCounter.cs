using CadencePod.Core.Seams;

namespace CadencePod.HostTests;

/// <summary>Counts pod events by kind, with each kind's last value and the sum of its values; allocates nothing.</summary>
public sealed class EventCounter : IPodEvents
{
    public readonly int[] Count = new int[64];
    public readonly int[] Last = new int[64];
    public readonly long[] Sum = new long[64];

    public void OnPodEvent(uint nowUs, PodEvent kind, int value)
    {
        Count[(int)kind]++;
        Last[(int)kind] = value;
        Sum[(int)kind] += value;
    }
}
