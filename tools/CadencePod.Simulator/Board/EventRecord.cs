using CadencePod.Core.Pod;
using CadencePod.Core.Seams;

namespace CadencePod.Simulator.Board;

/// <summary>One pod event with its virtual time.</summary>
public readonly record struct EventRecord(long TimeUs, PodEvent Kind, int Value, PodState State);
