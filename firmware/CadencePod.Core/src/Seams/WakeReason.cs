namespace CadencePod.Core.Seams
{
    /// <summary>Why the pod is running: the wake cause decides what it does at boot.</summary>
    public enum WakeReason
    {
        PowerOn = 0,
        Button = 1,
        Motion = 2,
        Timer = 3,
    }
}
