namespace CadencePod.Core.Seams
{
    /// <summary>Receives pod events. Values are plain ints so reporting allocates nothing.</summary>
    public interface IPodEvents
    {
        void OnPodEvent(uint nowUs, PodEvent kind, int value);
    }
}
