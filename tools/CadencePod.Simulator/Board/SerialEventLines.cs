using CadencePod.Core.Seams;

namespace CadencePod.Simulator.Board;

/// <summary>Event lines as the head prints them (SerialEvents), onto a console.</summary>
public sealed class SerialEventLines(ITextOut console) : IPodEvents
{
    public void OnPodEvent(uint nowUs, PodEvent kind, int value)
    {
        if (kind is PodEvent.Beat or PodEvent.Step or PodEvent.Button) return;
        console.WriteLine(SerialConsole.EventLine(nowUs, kind, value));
    }
}
