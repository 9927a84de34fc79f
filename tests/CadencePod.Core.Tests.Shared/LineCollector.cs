#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Storage;

namespace CadencePod.Core.Tests
{
    /// <summary>Collects dumped lines.</summary>
    public sealed class LineCollector : Seams.ITextOut
    {
        public readonly System.Collections.ArrayList Lines = new System.Collections.ArrayList();

        public void WriteLine(string line)
        {
            Lines.Add(line);
        }
    }
}
