using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Ui
{
    /// <summary>
    /// Owns the piezo. Holds a queue of tone segments with exact µs start and end times, and switches the beeper
    /// at those edges when <see cref="Run"/> is called at (or just after) them. UI patterns take precedence: a beat
    /// that would overlap a pattern is skipped (it stays in the metronome's time). Fixed arrays: no allocation.
    /// The controller queues (patterns, beats, previews); the loop runs the edges.
    /// </summary>
    public sealed class ToneScheduler
    {
        const int Capacity = Tunables.ToneQueueCapacity;

        readonly IBeeper _beeper;
        readonly uint[] _startUs = new uint[Capacity];
        readonly uint[] _endUs = new uint[Capacity];
        readonly int[] _frequencyHz = new int[Capacity];
        readonly int[] _duty = new int[Capacity];
        readonly bool[] _isBeat = new bool[Capacity];
        int _head;
        int _count;
        bool _toneOn;
        uint _toneEndUs;
        uint _uiBusyUntilUs;
        bool _uiBusy;

        public ToneScheduler(IBeeper beeper)
        {
            _beeper = beeper;
        }

        /// <summary>Beats sounded and beats skipped because a pattern was playing.</summary>
        public int BeatsPlayed;
        public int BeatsSkipped;

        public bool IsToneOn { get { return _toneOn; } }

        public bool IsIdle { get { return !_toneOn && _count == 0; } }

        public static int DutyForLevel(int level)
        {
            if (level < 0) level = 0;
            if (level > Tunables.VolumeMaxLevel) level = Tunables.VolumeMaxLevel;
            return Tunables.VolumeDutyPermille[level];
        }

        /// <summary>Queues a pattern to start at startUs (or after whatever UI sound is still queued).</summary>
        public void PlayPattern(int[] pattern, uint startUs, int level)
        {
            if (level <= 0) level = 1; // UI sounds stay audible when the beat is muted: they are the only feedback
            if (_uiBusy && Time.IsAtOrAfter(_uiBusyUntilUs, startUs)) startUs = _uiBusyUntilUs;
            if (_toneOn && Time.IsAtOrAfter(_toneEndUs, startUs)) startUs = _toneEndUs + Tunables.PatternGapUs;
            if (_count > 0)
            {
                // Keep the queue in time order: start after whatever is already queued (a beat just ahead).
                uint lastEnd = _endUs[(_head + _count - 1) % Capacity];
                if (Time.IsAtOrAfter(lastEnd, startUs)) startUs = lastEnd + Tunables.PatternGapUs;
            }

            uint t = startUs;
            int duty = DutyForLevel(level);
            for (int i = 0; i + SoundPatternLayout.AtOffMs < pattern.Length; i += SoundPatternLayout.ValuesPerTone)
            {
                uint end = t + (uint)(pattern[i + SoundPatternLayout.AtOnMs] * 1000);
                Enqueue(t, end, pattern[i + SoundPatternLayout.AtHz], duty, false);
                t = end + (uint)(pattern[i + SoundPatternLayout.AtOffMs] * 1000);
            }

            _uiBusyUntilUs = t;
            _uiBusy = true;
        }

        /// <summary>Queues a metronome beep; false (skipped) when it would overlap a UI pattern or is inaudible.</summary>
        public bool ScheduleBeat(Beep beep)
        {
            if (!beep.Audible) return false;
            uint end = beep.OnsetUs + (uint)beep.DurationUs;
            if (_uiBusy && Time.IsAtOrAfter(_uiBusyUntilUs, beep.OnsetUs))
            {
                BeatsSkipped++;
                return false;
            }

            if (_count == Capacity)
            {
                BeatsSkipped++;
                return false;
            }

            Enqueue(beep.OnsetUs, end, beep.FrequencyHz, DutyForLevel(beep.Level), true);
            return true;
        }

        /// <summary>Time of the next tone edge (start or stop); false when nothing is pending.</summary>
        public bool NextEdgeUs(out uint edgeUs)
        {
            if (_toneOn)
            {
                edgeUs = _toneEndUs;
                if (_count > 0 && Time.IsAtOrAfter(_toneEndUs, _startUs[_head])) edgeUs = _startUs[_head];
                return true;
            }

            if (_count > 0)
            {
                edgeUs = _startUs[_head];
                return true;
            }

            edgeUs = 0;
            return false;
        }

        /// <summary>Applies every edge due at nowUs. Cheap when nothing is due.</summary>
        public void Run(uint nowUs)
        {
            if (_toneOn && Time.IsAtOrAfter(nowUs, _toneEndUs))
            {
                _beeper.Stop();
                _toneOn = false;
            }

            while (_count > 0 && Time.IsAtOrAfter(nowUs, _startUs[_head]))
            {
                int i = _head;
                _head = (_head + 1) % Capacity;
                _count--;
                if (Time.IsAtOrAfter(nowUs, _endUs[i]))
                {
                    if (_isBeat[i]) BeatsSkipped++;
                    continue; // too late to play it at all
                }

                _beeper.Start(_frequencyHz[i], _duty[i]);
                _toneOn = true;
                _toneEndUs = _endUs[i];
                if (_isBeat[i]) BeatsPlayed++;
            }

            if (_uiBusy && Time.IsAtOrAfter(nowUs, _uiBusyUntilUs)) _uiBusy = false;
        }

        /// <summary>Silences everything (sleep, shutdown).</summary>
        public void Clear()
        {
            _count = 0;
            _uiBusy = false;
            if (_toneOn) _beeper.Stop();
            _toneOn = false;
        }

        void Enqueue(uint startUs, uint endUs, int frequencyHz, int duty, bool isBeat)
        {
            if (_count == Capacity) return;
            int i = (_head + _count) % Capacity;
            _startUs[i] = startUs;
            _endUs[i] = endUs;
            _frequencyHz[i] = frequencyHz;
            _duty[i] = duty;
            _isBeat[i] = isBeat;
            _count++;
        }
    }
}
