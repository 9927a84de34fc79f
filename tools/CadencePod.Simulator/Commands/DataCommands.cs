using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using CadencePod.Traces;

namespace CadencePod.Simulator.Commands;

/// <summary>evaluate and generate.</summary>
public static class DataCommands
{
    /// <summary>The data set the peers' figures (Espruino, Oxford windowed peaks) were measured on: manifest.csv's dataset column.</summary>
    public const string PeerDataset = "OxfordStepCounter";

    public static int Evaluate(string folder, int rateHz, string? csvOut, string? jsonOut, bool perRecording)
    {
        Ranges.RateHz.Check(rateHz);
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: folder not found");
        OutputPaths.CheckFile("--csv", csvOut);
        OutputPaths.CheckFile("--json", jsonOut);
        // Every recording is checked (format, time axis, rate, gaps, units, ground truth) before the first is scored.
        var recordings = Recordings(folder);
        if (recordings.Count == 0) throw new UsageException($"{folder}: no recordings (*.csv with a *.steps.csv beside it)");
        foreach (var file in recordings) TraceReader.Check(file, AccelUnit.G, requireSteps: true);

        var ev = Evaluation.Run(folder, rateHz);
        Console.Write(Text(ev, perRecording, IsPeerSet(folder, recordings)));
        if (csvOut != null) File.WriteAllText(csvOut, ev.ToCsv());
        if (jsonOut != null) File.WriteAllText(jsonOut, ev.ToJson());
        return 0;
    }

    static List<string> Recordings(string folder) => Directory.GetFiles(folder, "*.csv")
        .Where(f => !f.EndsWith(".steps.csv", StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(f).Equals("manifest.csv", StringComparison.OrdinalIgnoreCase))
        .OrderBy(f => f, StringComparer.Ordinal)
        .ToList();

    /// <summary>True when manifest.csv names every recording of the folder as one of the set the peers were measured on.</summary>
    public static bool IsPeerSet(string folder, List<string> recordings)
    {
        var manifest = Path.Combine(folder, "manifest.csv");
        if (!File.Exists(manifest)) return false;
        var lines = File.ReadLines(manifest).Take(100_000).ToList();
        if (lines.Count < 2) return false;
        int col = Array.FindIndex(lines[0].Split(','), h => h.Trim() == "dataset");
        if (col < 0) return false;
        var dataset = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var c = line.Split(',');
            if (c.Length > col) dataset[c[0].Trim()] = c[col].Trim();
        }

        return recordings.All(r => dataset.TryGetValue(Path.GetFileNameWithoutExtension(r), out var d) && d == PeerDataset);
    }

    /// <summary>
    /// The evaluation's table. The peers' column is kept only on the set they were measured on; elsewhere it would
    /// compare figures from different recordings. A footnote explains a 95th percentile below the mean when one occurs.
    /// </summary>
    public static string Text(Evaluation ev, bool perRecording, bool peerSet)
    {
        var sb = new StringBuilder(ev.ToText(perRecording, showPeers: peerSet));
        if (peerSet) sb.AppendLine("peers: the Oxford Step Counter set's published step-count errors (its README), measured on this set.");
        var groups = ev.Groups.Append(ev.Total).ToList();
        if (groups.Any(g => g.SteadyP95Error < g.SteadyMeanError || g.CadenceP95Error < g.CadenceMeanError))
            sb.AppendLine("A p95 below its mean: most seconds are close, and a few (under 5 %) are so far off that they lift the mean above the 95th percentile.");
        return sb.ToString();
    }

    public static int Generate(string outDir, int rateHz, string set)
    {
        Ranges.RateHz.Check(rateHz);
        var scenarios = set switch
        {
            "standard" => SyntheticGenerator.StandardSet(),
            "demo" => new() { SyntheticGenerator.DemoRun() },
            "population" => SyntheticGenerator.Population(),
            _ => throw new UsageException($"bad --set '{set}': standard, population or demo"),
        };
        OutputPaths.CheckFolder("--out", outDir);
        var manifest = new StringBuilder("recording,group,waist_position,fs_hz,true_steps,seed\n");
        foreach (var sc in scenarios)
        {
            var trace = SyntheticGenerator.Generate(sc, rateHz, out var feet);
            trace.Save(Path.Combine(outDir, sc.Name + ".csv"), feet);
            manifest.Append($"{sc.Name},{sc.Group},{sc.Placement},{rateHz},{trace.TrueStepsMs!.Length},{sc.Seed}\n");
            Console.WriteLine($"{sc.Name}: {trace.DurationMs / 1000:0} s, {trace.TrueStepsMs.Length} steps");
        }

        File.WriteAllText(Path.Combine(outDir, "manifest.csv"), manifest.ToString());
        Console.WriteLine($"wrote {scenarios.Count} traces to {Path.GetFullPath(outDir)}");
        return 0;
    }
}
