
namespace CadencePod.Core.Pacing
{
    public enum BaselineState
    {
        /// <summary>Waiting for running to start.</summary>
        Idle = 0,
        /// <summary>Running, within the warm-up.</summary>
        WarmingUp = 1,
        /// <summary>Collecting the steady window.</summary>
        Collecting = 2,
        /// <summary>A baseline was captured (read <see cref="BaselineCapture.BaselineSpm"/>).</summary>
        Captured = 3,
    }
}
