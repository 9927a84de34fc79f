using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Text out behind a guard: a console that throws loses the line, nothing else.</summary>
    public sealed class GuardedText : ITextOut
    {
        readonly ITextOut _inner;
        int _failures;

        public GuardedText(ITextOut inner)
        {
            _inner = inner;
        }

        /// <summary>Lines lost because the console threw.</summary>
        public int Failures { get { return _failures; } }

        public void WriteLine(string line)
        {
            try
            {
                if (_inner != null) _inner.WriteLine(line);
            }
            catch (Exception)
            {
                _failures++;
            }
        }
    }
}
