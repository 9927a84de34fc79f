using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

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

/// <summary>A recording in the trace format (../shared/reference/trace-format.md): t_ms, ax, ay, az in g.</summary>
public sealed class Trace
{
    public string Name { get; init; } = "";
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);
    public double[] TimeMs { get; init; } = Array.Empty<double>();
    public double[] Ax { get; init; } = Array.Empty<double>();
    public double[] Ay { get; init; } = Array.Empty<double>();
    public double[] Az { get; init; } = Array.Empty<double>();
    /// <summary>Ground-truth foot contacts (ms), or null when there is no steps file.</summary>
    public double[]? TrueStepsMs { get; set; }

    public int Count => TimeMs.Length;
    public double DurationMs => Count == 0 ? 0 : TimeMs[^1] - TimeMs[0];

    public const string Header = "t_ms,ax,ay,az";
    public const string StepsHeader = "step_ms,foot";

    /// <summary>Reads name.csv and, if present, name.steps.csv beside it.</summary>
    public static Trace Load(string path, bool requireSteps = false)
    {
        if (!System.IO.File.Exists(path)) throw new TraceFormatException(path, 0, "file not found");
        var t = new List<double>();
        var x = new List<double>();
        var y = new List<double>();
        var z = new List<double>();
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        bool headerSeen = false;
        int lineNo = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (!headerSeen)
            {
                if (line.StartsWith('#'))
                {
                    int colon = line.IndexOf(':');
                    if (colon > 1) meta[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
                    continue;
                }

                if (line.Trim() != Header) throw new TraceFormatException(path, lineNo, $"expected header '{Header}', found '{Shorten(line)}'");
                headerSeen = true;
                continue;
            }

            if (line.Length == 0) continue;
            var cells = line.Split(',');
            if (cells.Length != 4) throw new TraceFormatException(path, lineNo, $"expected 4 cells (t_ms,ax,ay,az), found {cells.Length}");
            double tm = Cell(path, lineNo, cells[0], "t_ms");
            if (t.Count > 0 && tm < t[^1]) throw new TraceFormatException(path, lineNo, $"time goes backwards ({Num(tm)} ms after {Num(t[^1])} ms)");
            t.Add(tm);
            x.Add(Cell(path, lineNo, cells[1], "ax"));
            y.Add(Cell(path, lineNo, cells[2], "ay"));
            z.Add(Cell(path, lineNo, cells[3], "az"));
        }

        if (!headerSeen) throw new TraceFormatException(path, lineNo, lineNo == 0 ? "empty file" : $"no header '{Header}' found");
        if (t.Count == 0) throw new TraceFormatException(path, lineNo, "no samples after the header");

        var trace = new Trace
        {
            Name = Path.GetFileNameWithoutExtension(path),
            TimeMs = t.ToArray(),
            Ax = x.ToArray(),
            Ay = y.ToArray(),
            Az = z.ToArray(),
        };
        foreach (var kv in meta) trace.Metadata[kv.Key] = kv.Value;

        var stepsPath = StepsPathFor(path);
        if (System.IO.File.Exists(stepsPath)) trace.TrueStepsMs = LoadSteps(stepsPath);
        else if (requireSteps) throw new TraceFormatException(stepsPath, 0, "ground-truth steps file not found");
        return trace;
    }

    public static string StepsPathFor(string tracePath) =>
        Path.Combine(Path.GetDirectoryName(tracePath) ?? ".", Path.GetFileNameWithoutExtension(tracePath) + ".steps.csv");

    public static double[] LoadSteps(string path)
    {
        if (!System.IO.File.Exists(path)) throw new TraceFormatException(path, 0, "file not found");
        var steps = new List<double>();
        int lineNo = 0;
        bool headerSeen = false;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (!headerSeen)
            {
                if (line.StartsWith('#')) continue;
                if (line.Trim() != StepsHeader && line.Trim() != "step_ms")
                    throw new TraceFormatException(path, lineNo, $"expected header '{StepsHeader}', found '{Shorten(line)}'");
                headerSeen = true;
                continue;
            }

            if (line.Length == 0) continue;
            var cells = line.Split(',');
            double s = Cell(path, lineNo, cells[0], "step_ms");
            if (cells.Length > 1 && cells[1] is not ("L" or "R" or "?"))
                throw new TraceFormatException(path, lineNo, $"foot must be L, R or ?, found '{Shorten(cells[1])}'");
            if (steps.Count > 0 && s < steps[^1]) throw new TraceFormatException(path, lineNo, $"time goes backwards ({Num(s)} ms after {Num(steps[^1])} ms)");
            steps.Add(s);
        }

        if (!headerSeen) throw new TraceFormatException(path, lineNo, lineNo == 0 ? "empty file" : "no header 'step_ms,foot' found");
        return steps.ToArray();
    }

    public void Save(string path, IEnumerable<string>? footLabels = null)
    {
        var sb = new StringBuilder();
        foreach (var kv in Metadata) sb.Append("# ").Append(kv.Key).Append(": ").Append(kv.Value).Append('\n');
        sb.Append(Header).Append('\n');
        for (int i = 0; i < Count; i++)
        {
            sb.Append(TimeMs[i].ToString("0.###", CultureInfo.InvariantCulture)).Append(',')
              .Append(Ax[i].ToString("0.#####", CultureInfo.InvariantCulture)).Append(',')
              .Append(Ay[i].ToString("0.#####", CultureInfo.InvariantCulture)).Append(',')
              .Append(Az[i].ToString("0.#####", CultureInfo.InvariantCulture)).Append('\n');
        }

        System.IO.File.WriteAllText(path, sb.ToString());
        if (TrueStepsMs != null)
        {
            var st = new StringBuilder(StepsHeader + "\n");
            using var feet = footLabels?.GetEnumerator();
            foreach (var s in TrueStepsMs)
            {
                string foot = feet != null && feet.MoveNext() ? feet.Current : "?";
                st.Append(s.ToString("0.###", CultureInfo.InvariantCulture)).Append(',').Append(foot).Append('\n');
            }

            System.IO.File.WriteAllText(StepsPathFor(path), st.ToString());
        }
    }

    static double Cell(string file, int line, string cell, string column)
    {
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v) || double.IsInfinity(v))
            throw new TraceFormatException(file, line, $"{column} is not a number: '{Shorten(cell)}'");
        return v;
    }

    static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
