using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    public enum PodState
    {
        Sleep = 0,
        Idle = 1,
        CapturingBaseline = 2,
        Pacing = 3,
        Paused = 4,
        Fault = 5,
    }
}
