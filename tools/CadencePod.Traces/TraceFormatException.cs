using System;

namespace CadencePod.Traces;

/// <summary>Bad input in a trace or steps file: names the file and line (1-based; 0 = the file as a whole).</summary>
public sealed class TraceFormatException : Exception
{
    public TraceFormatException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        Line = line;
    }

    public string File { get; }
    public int Line { get; }
}
