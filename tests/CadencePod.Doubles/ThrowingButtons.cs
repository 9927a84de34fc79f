using System;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    public sealed class ThrowingButtons : IButtonPanel
    {
        public int ReadPressedMask()
        {
            throw new Exception("simulated GPIO failure");
        }
    }
}
