namespace CadencePod.Core.Pacing
{
    /// <summary>One metronome beep. Preallocated and refilled per beat (no allocation per beat).</summary>
    public sealed class Beep
    {
        public uint OnsetUs;
        public int DurationUs;
        public int FrequencyHz;
        /// <summary>Loudness level 0 (mute) … 3.</summary>
        public int Level;
        public bool Accent;
        public BeepKind Kind;
        /// <summary>False when this beat is kept in time but not sounded (muted by the cue mode or auto-mute).</summary>
        public bool Audible;
    }
}
