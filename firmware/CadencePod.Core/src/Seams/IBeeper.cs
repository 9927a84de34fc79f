namespace CadencePod.Core.Seams
{
    /// <summary>The piezo. Start and Stop must be cheap: they are called at beat onsets.</summary>
    public interface IBeeper
    {
        /// <summary>Starts a tone; dutyPermille sets loudness (0–500, 500 = loudest square wave).</summary>
        void Start(int frequencyHz, int dutyPermille);

        void Stop();
    }
}
