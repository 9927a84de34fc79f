using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// The µs clock in virtual time: 64-bit inside, so hours of running never wrap it; the firmware sees the low 32 bits,
    /// which wrap every 71.6 min as on the pod. Whoever drives the pod moves it (<see cref="Lockstep"/>).
    /// </summary>
    public sealed class VirtualClock : IClock
    {
        public long NowUs64;

        public uint NowUs()
        {
            return (uint)NowUs64;
        }
    }
}
