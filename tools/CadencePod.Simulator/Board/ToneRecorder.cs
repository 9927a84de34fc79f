using System.Collections.Generic;
using CadencePod.Doubles;

namespace CadencePod.Simulator.Board;

/// <summary>Keeps every tone the virtual piezo (the doubles' SimBeeper) played, for the WAV, the chart and the tests.</summary>
public sealed class ToneRecorder : IToneSink
{
    public List<ToneRecord> Tones { get; } = new();

    public void OnTone(long startUs, long endUs, int frequencyHz, int dutyPermille) => Tones.Add(new ToneRecord(startUs, endUs, frequencyHz, dutyPermille));
}
