using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Text out behind a guard: a console that throws loses the line, nothing else.</summary>
    public sealed class GuardedText : ITextOut
    {
        readonly ITextOut _inner;

        public GuardedText(ITextOut inner)
        {
            _inner = inner;
        }

        public void WriteLine(string line)
        {
            try
            {
                if (_inner != null) _inner.WriteLine(line);
            }
            catch (Exception)
            {
                // The line is lost; the pod carries on.
            }
        }
    }
}
