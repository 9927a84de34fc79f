using CadencePod.Core;
using CadencePod.Core.Pod;

namespace CadencePod.Doubles
{
    /// <summary>
    /// The one way the pod's loop runs in virtual time — unit tests, NanoBench, the simulator and the host tests all use
    /// it: <see cref="PodLoop.Poll"/>, then the clock jumps straight to the time the loop asked for (at least 1 µs on, never
    /// past the limit). Nothing is skipped that the device would do, and nothing waits.
    /// </summary>
    public sealed class Lockstep
    {
        readonly VirtualClock _clock;
        readonly PodLoop _loop;

        public Lockstep(VirtualClock clock, PodLoop loop)
        {
            _clock = clock;
            _loop = loop;
        }

        /// <summary>One poll; the clock then moves to the loop's next time, or to limitUs if that comes first.</summary>
        public void Step(long limitUs)
        {
            Advance(_loop.Poll(), limitUs);
        }

        /// <summary>Moves the clock to nextUs, the time a poll returned (at least 1 µs on), or to limitUs if that comes
        /// first. For a driver that looks at the pod between the poll and the jump (the simulator's per-second record).</summary>
        public void Advance(uint nextUs, long limitUs)
        {
            VirtualClock clock = _clock;
            long now = clock.NowUs64;
            long at = now + Time.DiffUs(nextUs, (uint)now);
            if (at <= now) at = now + 1;
            if (at > limitUs) at = limitUs;
            clock.NowUs64 = at;
        }

        /// <summary>Runs the loop until the clock reaches endUs (virtual µs).</summary>
        public void RunUntil(long endUs)
        {
            while (_clock.NowUs64 < endUs) Step(endUs);
        }

        /// <summary>Runs the loop for the given virtual µs.</summary>
        public void RunFor(long us)
        {
            RunUntil(_clock.NowUs64 + us);
        }
    }
}
