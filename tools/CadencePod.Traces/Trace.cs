using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
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

/// <summary>
/// What every recording is checked against before any work starts (trace-format.md plus the simulator's limits):
/// one place for the numbers, named in the error messages and in docs/simulator.md.
/// </summary>
public static class TraceLimits
{
    /// <summary>Implied sample rate ((samples − 1) / duration) the tools accept (Hz): below, the recording is too coarse
    /// for steps; above, the time column is almost certainly in seconds (or the rows are duplicated).</summary>
    public const double MinRateHz = 20, MaxRateHz = 2000;

    /// <summary>A gap between two samples longer than this (ms) is refused: the replay would interpolate a flat line across it.</summary>
    public const double MaxGapMs = 5000;

    /// <summary>A line longer than this (characters) is not a trace row (binary data, or no line breaks).</summary>
    public const int MaxLineChars = 4096;

    /// <summary>Mean acceleration magnitude (in the file's unit) that means m/s² (gravity is 9.81 m/s²) …</summary>
    public const double MetresPerSecondSquaredMin = 6.5, MetresPerSecondSquaredMax = 13.5;

    /// <summary>… and above which the values are raw sensor counts (4096 or 16384 per g on an MPU-6050).</summary>
    public const double CountsMin = 200;

    /// <summary>Standard gravity: 1 g in m/s².</summary>
    public const double StandardGravity = 9.80665;
}

/// <summary>The unit of a recording's acceleration columns: the trace format's g, or m/s² converted on reading.</summary>
public enum AccelUnit
{
    G,
    MetresPerSecondSquared,
}

/// <summary>What one streaming pass over a recording found: it is well formed, and how long, how fast, in what unit.</summary>
public sealed class TraceInfo
{
    public required string Path { get; init; }
    public required string Name { get; init; }
    public Dictionary<string, string> Metadata { get; } = new(StringComparer.OrdinalIgnoreCase);
    public long Samples { get; init; }
    public double StartMs { get; init; }
    public double EndMs { get; init; }
    public double DurationMs => EndMs - StartMs;
    public double ImpliedRateHz => DurationMs > 0 ? (Samples - 1) * 1000.0 / DurationMs : double.PositiveInfinity;
    /// <summary>Mean |(ax, ay, az)| in the file's own unit.</summary>
    public double MeanMagnitude { get; init; }
    /// <summary>Multiplies the file's values into g (1, or 1 / 9.80665 for m/s²).</summary>
    public double ScaleToG { get; init; } = 1.0;
    public double[]? TrueStepsMs { get; set; }
}

/// <summary>
/// Reads a recording line by line without holding it: bounded memory for any length. <see cref="Check"/> makes the
/// checking pass (format, time axis, rate, gaps, units); <see cref="Open"/> then streams the samples for the work.
/// </summary>
public sealed class TraceReader : IDisposable, ISampleRows
{
    readonly StreamReader _reader;
    readonly char[] _buffer = new char[1 << 16];
    int _pos, _len;
    bool _eof;

    public string File { get; }
    public int LineNo { get; private set; }
    /// <summary>Multiplies the values into g.</summary>
    public double Scale { get; init; } = 1.0;

    TraceReader(string path)
    {
        File = path;
        _reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The next line without its line break; false at the end of the file.</summary>
    public bool ReadLine(out ReadOnlySpan<char> line)
    {
        while (true)
        {
            int nl = Array.IndexOf(_buffer, '\n', _pos, _len - _pos);
            if (nl >= 0)
            {
                line = Trim(_buffer.AsSpan(_pos, nl - _pos));
                _pos = nl + 1;
                LineNo++;
                return true;
            }

            if (_eof)
            {
                if (_pos >= _len)
                {
                    line = default;
                    return false;
                }

                line = Trim(_buffer.AsSpan(_pos, _len - _pos));
                _pos = _len;
                LineNo++;
                return true;
            }

            if (_len - _pos > TraceLimits.MaxLineChars)
                throw new TraceFormatException(File, LineNo + 1, $"line longer than {TraceLimits.MaxLineChars} characters: not a trace row (binary data?)");
            Array.Copy(_buffer, _pos, _buffer, 0, _len - _pos);
            _len -= _pos;
            _pos = 0;
            int read = _reader.Read(_buffer, _len, _buffer.Length - _len);
            if (read == 0) _eof = true;
            _len += read;
        }
    }

    static ReadOnlySpan<char> Trim(ReadOnlySpan<char> s) => s.Length > 0 && s[^1] == '\r' ? s[..^1] : s;

    /// <summary>
    /// Skips metadata lines and the header; fills metadata when given. A serial capture's boot output before the
    /// recorder's first line is skipped (<see cref="Trace.MaxCapturePreambleLines"/>); any other line before the header is
    /// the error it always was.
    /// </summary>
    void ReadHeader(Dictionary<string, string>? meta)
    {
        string? preamble = null;
        int preambleLine = 0;
        while (true)
        {
            ReadOnlySpan<char> line;
            try
            {
                if (!ReadLine(out line)) break;
            }
            catch (TraceFormatException) when (preamble != null)
            {
                break; // binary data after a bad first line: report the first line, as before
            }

            if (preamble != null)
            {
                if (!Trace.IsCaptureStart(line))
                {
                    if (LineNo - preambleLine > Trace.MaxCapturePreambleLines) break;
                    continue;
                }

                preamble = null;
                meta?.Clear();
            }

            if (line.StartsWith("#"))
            {
                int colon = line.IndexOf(':');
                if (colon > 1 && meta != null) meta[line[1..colon].Trim().ToString()] = line[(colon + 1)..].Trim().ToString();
                continue;
            }

            if (!line.Trim().SequenceEqual(Trace.Header))
            {
                preamble = line.ToString();
                preambleLine = LineNo;
                continue;
            }

            return;
        }

        if (preamble != null) throw new TraceFormatException(File, preambleLine, $"expected header '{Trace.Header}', found '{Trace.Shorten(preamble)}'");
        throw new TraceFormatException(File, LineNo, LineNo == 0 ? "empty file" : $"no header '{Trace.Header}' found");
    }

    /// <summary>The next sample row (values × <see cref="Scale"/>); false at the end.</summary>
    public bool Next(out double t, out double x, out double y, out double z)
    {
        while (ReadLine(out var line))
        {
            if (line.Length == 0) continue;
            Trace.ParseRow(File, LineNo, line, out t, out x, out y, out z);
            x *= Scale;
            y *= Scale;
            z *= Scale;
            return true;
        }

        t = x = y = z = 0;
        return false;
    }

    /// <summary>Opens a checked recording for streaming its samples (values converted to g).</summary>
    public static TraceReader Open(TraceInfo info)
    {
        var r = new TraceReader(info.Path) { Scale = info.ScaleToG };
        r.ReadHeader(null);
        return r;
    }

    /// <summary>
    /// One streaming pass: the header, every cell a finite number, time never negative and never backwards, no gap over
    /// <see cref="TraceLimits.MaxGapMs"/>, an implied sample rate within <see cref="TraceLimits.MinRateHz"/>–<see cref="TraceLimits.MaxRateHz"/>,
    /// the acceleration in g (or m/s² when <paramref name="unit"/> says so), and the ground truth beside it if present.
    /// Throws <see cref="TraceFormatException"/> naming the file and line.
    /// </summary>
    public static TraceInfo Check(string path, AccelUnit unit = AccelUnit.G, bool requireSteps = false)
    {
        if (Directory.Exists(path)) throw new TraceFormatException(path, 0, "is a folder, not a recording");
        if (!System.IO.File.Exists(path)) throw new TraceFormatException(path, 0, "file not found");
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        using var r = new TraceReader(path);
        r.ReadHeader(meta);
        long n = 0;
        double first = 0, last = 0, sumMagnitude = 0;
        int lastLine = r.LineNo;
        while (r.Next(out double t, out double x, out double y, out double z))
        {
            if (t < 0)
                throw new TraceFormatException(path, r.LineNo, $"negative time {Trace.Num(t)} ms: t_ms counts from the start of the recording (0 or more); shift the column so that it starts at 0");
            if (n > 0)
            {
                if (t < last) throw new TraceFormatException(path, r.LineNo, $"time goes backwards ({Trace.Num(t)} ms after {Trace.Num(last)} ms)");
                if (t - last > TraceLimits.MaxGapMs)
                    throw new TraceFormatException(path, r.LineNo, $"a gap of {Span(t - last)} after t_ms {Trace.Num(last)} (line {lastLine}): gaps over {TraceLimits.MaxGapMs / 1000:0} s are not replayed; split the recording there");
            }
            else
            {
                first = t;
            }

            last = t;
            lastLine = r.LineNo;
            sumMagnitude += Math.Sqrt(x * x + y * y + z * z);
            n++;
        }

        if (n == 0) throw new TraceFormatException(path, r.LineNo, "no samples after the header");
        if (n == 1) throw new TraceFormatException(path, r.LineNo, "only one sample: a recording needs at least two");
        var info = new TraceInfo
        {
            Path = path,
            Name = System.IO.Path.GetFileNameWithoutExtension(path),
            Samples = n,
            StartMs = first,
            EndMs = last,
            MeanMagnitude = sumMagnitude / n,
            ScaleToG = unit == AccelUnit.MetresPerSecondSquared ? 1 / TraceLimits.StandardGravity : 1.0,
        };
        foreach (var kv in meta) info.Metadata[kv.Key] = kv.Value;

        double rate = info.ImpliedRateHz;
        if (info.DurationMs <= 0) throw new TraceFormatException(path, 0, $"all {n} samples have the same time {Trace.Num(first)} ms");
        if (rate > TraceLimits.MaxRateHz)
            throw new TraceFormatException(path, 0, $"{n} samples in {Trace.Num(info.DurationMs)} ms is {rate:0} samples per second, over {TraceLimits.MaxRateHz:0}"
                + (rate / 1000 <= TraceLimits.MaxRateHz && rate / 1000 >= TraceLimits.MinRateHz ? ": is t_ms in seconds? The trace format wants milliseconds" : ""));
        if (rate < TraceLimits.MinRateHz)
            throw new TraceFormatException(path, 0, $"{n} samples in {Span(info.DurationMs)} is {rate:0.###} samples per second, under {TraceLimits.MinRateHz:0}"
                + (rate * 1000 <= TraceLimits.MaxRateHz && rate * 1000 >= TraceLimits.MinRateHz ? ": is t_ms in microseconds? The trace format wants milliseconds" : ""));

        double m = info.MeanMagnitude;
        if (unit == AccelUnit.G && m >= TraceLimits.MetresPerSecondSquaredMin && m <= TraceLimits.MetresPerSecondSquaredMax)
            throw new TraceFormatException(path, 0, $"mean acceleration magnitude {m:0.00}: that is gravity in m/s², the trace format wants g; convert the columns or pass --units m/s2");
        if (m >= TraceLimits.CountsMin)
            throw new TraceFormatException(path, 0, $"mean acceleration magnitude {m:0}: raw sensor counts? The trace format wants g (divide by the counts per g)");
        if (unit == AccelUnit.MetresPerSecondSquared && (m < TraceLimits.MetresPerSecondSquaredMin || m > TraceLimits.MetresPerSecondSquaredMax))
            throw new TraceFormatException(path, 0, $"--units m/s2, but the mean acceleration magnitude is {m:0.00}, not near 9.81 m/s² (in g it would be near 1)");

        var stepsPath = Trace.StepsPathFor(path);
        if (System.IO.File.Exists(stepsPath)) info.TrueStepsMs = Trace.LoadSteps(stepsPath);
        else if (requireSteps) throw new TraceFormatException(stepsPath, 0, "ground-truth steps file not found");
        return info;
    }

    /// <summary>A duration in words: "750 ms", "12.5 s", "3.2 min", "5.1 h", "11.6 days", "3.2 years".</summary>
    public static string Span(double ms) =>
        ms < 1000 ? $"{ms:0.#} ms" : ms < 120_000 ? $"{ms / 1000:0.#} s" : ms < 7_200_000 ? $"{ms / 60_000:0.#} min" : ms < 172_800_000 ? $"{ms / 3_600_000:0.#} h" : ms < 63_072_000_000 ? $"{ms / 86_400_000:0.#} days" : $"{ms / 31_557_600_000:0.#} years";
}

