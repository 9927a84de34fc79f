namespace CadencePod.Simulator.Board;

/// <summary>One tone the piezo played.</summary>
public readonly record struct ToneRecord(long StartUs, long EndUs, int FrequencyHz, int DutyPermille);
