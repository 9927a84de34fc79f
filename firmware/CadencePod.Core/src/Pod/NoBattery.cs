using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>No battery sense: always unknown.</summary>
    public sealed class NoBattery : IBattery
    {
        public int ReadMillivolts()
        {
            return 0;
        }
    }
}
