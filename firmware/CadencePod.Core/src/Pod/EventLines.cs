using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// The pod's events as plain lines on a text channel — the serial console on the pod, the simulator's capture:
    /// "event,ms,kind,value", ms from the 32-bit µs clock, kind a PodEvent number. Beats, steps and button gestures are
    /// not written: they come many times a second, and each line allocates a string.
    /// </summary>
    public sealed class EventLines : IPodEvents
    {
        readonly ITextOut _out;

        public EventLines(ITextOut output)
        {
            _out = output;
        }

        public void OnPodEvent(uint nowUs, PodEvent kind, int value)
        {
            if (kind == PodEvent.Beat || kind == PodEvent.Step || kind == PodEvent.Button) return;
            _out.WriteLine("event," + (nowUs / 1000).ToString() + "," + ((int)kind).ToString() + "," + value.ToString());
        }
    }
}
