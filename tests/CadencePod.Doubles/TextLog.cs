#nullable disable // the simulator compiles the doubles with nullable annotations on; they are nanoFramework code (none there)
using System.Collections;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>Lines written to a console or a dump, in order: the banner, record mode's trace, the run log, the serial capture.</summary>
    public sealed class TextLog : ITextOut
    {
        readonly ArrayList _lines = new ArrayList();

        public int Count { get { return _lines.Count; } }

        public string Line(int i)
        {
            return (string)_lines[i];
        }

        public void WriteLine(string line)
        {
            _lines.Add(line);
        }

        public bool Contains(string text)
        {
            for (int i = 0; i < _lines.Count; i++)
            {
                string line = (string)_lines[i];
                if (line != null && line.IndexOf(text) >= 0) return true;
            }

            return false;
        }
    }
}
