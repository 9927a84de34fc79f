using System.IO;
using CadencePod.Core.Seams;

namespace CadencePod.Simulator.Board;

/// <summary>Writes console lines to a file as they come (a long recording stays out of memory).</summary>
public sealed class SerialWriter(TextWriter into) : ITextOut
{
    public void WriteLine(string line) => into.WriteLine(line);
}
