#nullable disable // the simulator compiles the doubles with nullable annotations on; they are nanoFramework code (none there)
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// The piezo: counts starts, knows whether a tone is on, and hands each finished tone
    /// with its virtual start and end time to <see cref="Sink"/> when one is set. A start while a tone is on ends that
    /// tone first (the PWM changes frequency).
    /// </summary>
    public sealed class SimBeeper : IBeeper
    {
        readonly VirtualClock _clock;
        long _startUs;
        int _dutyPermille;

        int _frequencyHz;

        public int Starts;
        public bool On;

        /// <summary>Gets every finished tone (null: only counted).</summary>
        public IToneSink Sink;

        public SimBeeper(VirtualClock clock)
        {
            _clock = clock;
        }

        public void Start(int frequencyHz, int dutyPermille)
        {
            if (On) Finish();
            Starts++;
            On = true;
            _frequencyHz = frequencyHz;
            _dutyPermille = dutyPermille;
            _startUs = _clock.NowUs64;
        }

        public void Stop()
        {
            if (On) Finish();
            On = false;
        }

        void Finish()
        {
            if (Sink != null) Sink.OnTone(_startUs, _clock.NowUs64, _frequencyHz, _dutyPermille);
        }
    }
}
