using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace CadencePod.Traces;

/// <summary>A recording in the trace format (docs/trace-format.md): t_ms, ax, ay, az in g.</summary>
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
    /// <summary>The foot of each ground-truth contact ('L', 'R' or '?'), one character per step; null when not read.</summary>
    public string? TrueStepFeet { get; set; }

    public int Count => TimeMs.Length;
    public double DurationMs => Count == 0 ? 0 : TimeMs[^1] - TimeMs[0];

    public const string Header = "t_ms,ax,ay,az";
    public const string StepsHeader = "step_ms,foot";

    /// <summary>
    /// A serial capture of the pod's record mode starts with the board's boot output (the ESP32 ROM's lines, garbled at
    /// the console's 921600 baud, and the firmware's banner); the recording itself starts at the recorder's first line.
    /// Lines before it are skipped when it comes within this many lines of the first line that is not a trace line.
    /// </summary>
    public const int MaxCapturePreambleLines = 500;

    /// <summary>The first line record mode writes (<see cref="CadencePod.Core.Pod.TraceRecorder.StartLine"/>).</summary>
    public static bool IsCaptureStart(ReadOnlySpan<char> line) => line.Trim().SequenceEqual(CadencePod.Core.Pod.TraceRecorder.StartLine);

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
        string? preamble = null; // the first line that is neither metadata nor the header: an error, or a capture's boot output
        int preambleLine = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (!headerSeen)
            {
                if (preamble != null)
                {
                    if (IsCaptureStart(line))
                    {
                        preamble = null;
                        meta.Clear();
                    }
                    else
                    {
                        if (lineNo - preambleLine > MaxCapturePreambleLines) break;
                        continue;
                    }
                }

                if (line.StartsWith('#'))
                {
                    int colon = line.IndexOf(':');
                    if (colon > 1) meta[line[1..colon].Trim()] = line[(colon + 1)..].Trim();
                    continue;
                }

                if (line.Trim() != Header)
                {
                    preamble = line;
                    preambleLine = lineNo;
                    continue;
                }

                headerSeen = true;
                continue;
            }

            if (line.Length == 0) continue;
            ParseRow(path, lineNo, line, out double tm, out double ax, out double ay, out double az);
            if (t.Count > 0 && tm < t[^1]) throw new TraceFormatException(path, lineNo, $"time goes backwards ({Num(tm)} ms after {Num(t[^1])} ms)");
            t.Add(tm);
            x.Add(ax);
            y.Add(ay);
            z.Add(az);
        }

        if (preamble != null) throw new TraceFormatException(path, preambleLine, $"expected header '{Header}', found '{Shorten(preamble)}'");
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
        if (System.IO.File.Exists(stepsPath))
        {
            trace.TrueStepsMs = LoadSteps(stepsPath, out string feet);
            trace.TrueStepFeet = feet;
        }
        else if (requireSteps) throw new TraceFormatException(stepsPath, 0, "ground-truth steps file not found");
        return trace;
    }

    public static string StepsPathFor(string tracePath) =>
        Path.Combine(Path.GetDirectoryName(tracePath) ?? ".", Path.GetFileNameWithoutExtension(tracePath) + ".steps.csv");

    public static double[] LoadSteps(string path) => LoadSteps(path, out _);

    /// <param name="feet">The foot column, one character per step ('?' where the file has no column).</param>
    public static double[] LoadSteps(string path, out string feet)
    {
        if (!System.IO.File.Exists(path)) throw new TraceFormatException(path, 0, "file not found");
        var steps = new List<double>();
        var footChars = new StringBuilder();
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
            footChars.Append(cells.Length > 1 ? cells[1][0] : '?');
        }

        feet = footChars.ToString();

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

    static double Cell(string file, int line, string cell, string column) => Cell(file, line, cell.AsSpan(), column);

    static double Cell(string file, int line, ReadOnlySpan<char> cell, string column)
    {
        if (!double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) || double.IsNaN(v) || double.IsInfinity(v))
            throw new TraceFormatException(file, line, $"{column} is not a number: '{Shorten(cell.ToString())}'");
        return v;
    }

    static readonly string[] Columns = { "t_ms", "ax", "ay", "az" };

    /// <summary>One sample row "t_ms,ax,ay,az" without allocating; errors name file, line and column.</summary>
    internal static void ParseRow(string file, int lineNo, ReadOnlySpan<char> line, out double t, out double ax, out double ay, out double az)
    {
        int cells = line.Count(',') + 1;
        if (cells != 4) throw new TraceFormatException(file, lineNo, $"expected 4 cells (t_ms,ax,ay,az), found {cells}");
        Span<double> v = stackalloc double[4];
        for (int i = 0; i < 4; i++)
        {
            int comma = line.IndexOf(',');
            var cell = comma < 0 ? line : line[..comma];
            v[i] = Cell(file, lineNo, cell, Columns[i]);
            line = comma < 0 ? ReadOnlySpan<char>.Empty : line[(comma + 1)..];
        }

        t = v[0];
        ax = v[1];
        ay = v[2];
        az = v[3];
    }

    internal static string Num(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);
    internal static string Shorten(string s) => s.Length > 40 ? s[..40] + "…" : s;
}
