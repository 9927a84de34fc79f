using System;

namespace CadencePod.HostTests;

/// <summary>
/// Bytes the firmware allocates on this thread in steady state. The host's JIT tiers methods up (tiered compilation,
/// dynamic PGO) and now and then allocates for it on the running thread: CI once saw 7,920 bytes over a window in
/// which the loop allocates nothing. The same work run a second time, on fresh objects, with every method already
/// compiled, sees only what the firmware allocates; the least of the two passes is the firmware's figure. An
/// allocation per sample, beat or notification shows in both passes, so it cannot hide.
/// </summary>
internal static class SteadyStateBytes
{
    /// <param name="onePass">Builds fresh objects, warms them up, and returns the bytes allocated on this thread
    /// (GC.GetAllocatedBytesForCurrentThread) over the steady-state window.</param>
    public static long LeastOfTwoPasses(Func<long> onePass)
    {
        long first = onePass();
        if (first == 0) return 0;
        return Math.Min(first, onePass());
    }
}
