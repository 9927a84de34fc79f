using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    public sealed class SilentBeeper : IBeeper
    {
        public void Start(int frequencyHz, int dutyPermille)
        {
        }

        public void Stop()
        {
        }
    }
}
