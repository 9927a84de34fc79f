
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
