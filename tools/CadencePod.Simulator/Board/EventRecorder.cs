using System;
using System.Collections.Generic;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Doubles;

namespace CadencePod.Simulator.Board;

/// <summary>Collects pod events. Steps come as <see cref="PodEvent"/> values too: they go to <see cref="StepSamples"/>, not to the
/// event list (a long run has hundreds of thousands).</summary>
public sealed class EventRecorder : IPodEvents
{
    readonly VirtualClock _clock;
    public EventRecorder(VirtualClock clock) => _clock = clock;
    public Func<PodState>? StateOf { get; set; }
    public List<EventRecord> Events { get; } = new();
    /// <summary>The sample index of every detected step, in order.</summary>
    public List<int> StepSamples { get; } = new();

    /// <summary>When set, also gets every event: the lines the pod prints on its serial console (Core's EventLines).</summary>
    public IPodEvents? Serial { get; set; }

    public void OnPodEvent(uint nowUs, PodEvent kind, int value)
    {
        Serial?.OnPodEvent(nowUs, kind, value);
        if (kind == PodEvent.Step)
        {
            StepSamples.Add(value);
            return;
        }

        // Event times come from the firmware's 32-bit clock; widen them against the virtual clock.
        long t = _clock.NowUs64 + Time.DiffUs(nowUs, _clock.NowUs());
        Events.Add(new EventRecord(t, kind, value, StateOf?.Invoke() ?? PodState.Idle));
    }
}
