namespace CadencePod.Core.Pacing
{
    /// <summary>
    /// The beat clock. Within one tempo, beat n falls at anchor + n · periodUs exactly: the time is computed
    /// from the beat index, never accumulated, so there is no drift over hours; the uint arithmetic wraps with
    /// the 32-bit µs clock. A new period (tempo change or phase correction) takes effect at a beat boundary by
    /// re-anchoring at the beat just played.
    /// </summary>
    public sealed class Metronome
    {
        uint _anchorUs;
        int _periodUs;
        int _beatIndex;
        int _pendingPeriodUs;
        bool _running;

        public bool IsRunning { get { return _running; } }

        public int PeriodUs { get { return _periodUs; } }

        /// <summary>Onset of the next beat.</summary>
        public uint NextBeatUs
        {
            get { return _anchorUs + (uint)((long)_beatIndex * _periodUs); }
        }

        /// <summary>Starts so that the first beat falls at firstBeatUs.</summary>
        public void Start(uint firstBeatUs, int periodUs)
        {
            _anchorUs = firstBeatUs;
            _periodUs = periodUs;
            _beatIndex = 0;
            _pendingPeriodUs = 0;
            _running = true;
        }

        public void Stop()
        {
            _running = false;
        }

        /// <summary>Asks for a new period from the next beat boundary on.</summary>
        public void RequestPeriod(int periodUs)
        {
            if (periodUs > 0 && periodUs != _periodUs) _pendingPeriodUs = periodUs;
        }

        /// <summary>
        /// Moves the next (not yet played) beat to nextBeatUs and keeps the period from there: a phase correction. Call
        /// right after <see cref="Advance"/>; the interval just begun changes by the move.
        /// </summary>
        public void MoveNext(uint nextBeatUs)
        {
            _anchorUs = nextBeatUs;
            _beatIndex = 0;
        }

        /// <summary>The beat at <see cref="NextBeatUs"/> was played: move on to the next one.</summary>
        public void Advance()
        {
            if (_pendingPeriodUs != 0)
            {
                _anchorUs = NextBeatUs;
                _periodUs = _pendingPeriodUs;
                _beatIndex = 1;
                _pendingPeriodUs = 0;
                return;
            }

            _beatIndex++;
        }
    }
}
