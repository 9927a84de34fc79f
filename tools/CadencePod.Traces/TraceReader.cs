using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace CadencePod.Traces;

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
