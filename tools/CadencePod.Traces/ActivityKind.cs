namespace CadencePod.Traces;

public enum ActivityKind
{
    Still,
    Walk,
    Run,
    Fidget,
    Bend,
    CarRide,
    JumpInPlace,
    Reclip,
}
