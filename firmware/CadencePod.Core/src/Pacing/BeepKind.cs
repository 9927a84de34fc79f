namespace CadencePod.Core.Pacing
{
    public enum BeepKind
    {
        Beat = 0,
        /// <summary>Off-target cue: the runner is slower than the target.</summary>
        SlowCue = 1,
        /// <summary>Off-target cue: the runner is faster than the target.</summary>
        FastCue = 2,
    }
}
