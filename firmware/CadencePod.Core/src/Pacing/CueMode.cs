
namespace CadencePod.Core.Pacing
{
    public enum CueMode
    {
        EveryStep = 0,
        EverySecondStep = 1,
        OffTargetOnly = 2,
        Faded = 3,
        SilentProbe = 4,
    }
}
