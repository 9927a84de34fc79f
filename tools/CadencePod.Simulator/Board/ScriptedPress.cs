namespace CadencePod.Simulator.Board;

/// <summary>A scripted press as the command line gives it: which buttons, from when, for how long, and what it was for.</summary>
public sealed record ScriptedPress(int Mask, long AtUs, long HoldUs, string Label);
