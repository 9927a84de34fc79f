using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    public sealed class NoButtons : IButtonPanel
    {
        public int ReadPressedMask()
        {
            return 0;
        }
    }
}
