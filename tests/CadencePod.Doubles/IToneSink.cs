namespace CadencePod.Doubles
{
    /// <summary>Receives each tone the <see cref="SimBeeper"/> played, once it has stopped (the simulator's WAV and chart).</summary>
    public interface IToneSink
    {
        void OnTone(long startUs, long endUs, int frequencyHz, int dutyPermille);
    }
}
