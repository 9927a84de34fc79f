using System;
using System.Globalization;
using System.IO;
using System.Text;
using CadencePod.Traces;

namespace CadencePod.HostTests;

/// <summary>Recordings the CLI tests write once (a run and a walk with ground truth), and rewritten copies.</summary>
public static class TestTraces
{
    static readonly object Gate = new();
    static string? _run, _walk;

    /// <summary>A 70-s running trace with ground truth (10 s still, 55 s at 166–170 spm, 5 s still).</summary>
    public static string Run()
    {
        lock (Gate) return _run ??= Write("run70", new Scenario
        {
            Name = "run70",
            Seed = 12,
            Segments = { new Segment(ActivityKind.Still, 10), new Segment(ActivityKind.Run, 55, 166, 170), new Segment(ActivityKind.Still, 5) },
        });
    }

    /// <summary>A 60-s walk at ~110 spm with ground truth: no running, so no beats.</summary>
    public static string Walk()
    {
        lock (Gate) return _walk ??= Write("walk60", new Scenario
        {
            Name = "walk60",
            Seed = 13,
            Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Walk, 50, 108, 112), new Segment(ActivityKind.Still, 5) },
        });
    }

    static string Write(string name, Scenario sc)
    {
        var t = SyntheticGenerator.Generate(sc, 100, out var feet);
        string path = Path.Combine(Cli.TempDir(), name + ".csv");
        t.Save(path, feet);
        return path;
    }

    /// <summary>A copy of <paramref name="source"/> with every row rewritten by <paramref name="row"/> (t, x, y, z → line); no steps file.</summary>
    public static string Rewrite(string source, string name, Func<double, double, double, double, string> row, bool keepSteps = false)
    {
        var t = Trace.Load(source);
        var sb = new StringBuilder(Trace.Header + "\n");
        for (int i = 0; i < t.Count; i++) sb.Append(row(t.TimeMs[i], t.Ax[i], t.Ay[i], t.Az[i])).Append('\n');
        string path = Path.Combine(Cli.TempDir(), name + ".csv");
        File.WriteAllText(path, sb.ToString());
        if (keepSteps) File.Copy(Trace.StepsPathFor(source), Trace.StepsPathFor(path));
        return path;
    }

    public static string F(double v) => v.ToString("0.#####", CultureInfo.InvariantCulture);
}
