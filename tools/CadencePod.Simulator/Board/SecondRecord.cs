using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;

namespace CadencePod.Simulator.Board;

/// <summary>One second of the simulated run, sampled at each whole second of the recording's time base (t_ms = 1000 ·
/// Second). Beats: metronome beats that sounded during the second before it.</summary>
public readonly record struct SecondRecord(
    int Second, double CadenceSpm, double ReferenceSpm, int Motion, PodState State, int TargetSpm, int BaselineSpm,
    double TempoSpm, CueMode Mode, bool InZone, int Steps, int Beats = 0);
