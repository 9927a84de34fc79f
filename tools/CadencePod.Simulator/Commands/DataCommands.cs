using System;
using System.IO;
using CadencePod.Traces;

namespace CadencePod.Simulator.Commands;

/// <summary>evaluate and generate.</summary>
public static class DataCommands
{
    public static int Evaluate(string folder, int rateHz, string? csvOut, string? jsonOut, bool perRecording)
    {
        if (rateHz < 50 || rateHz > 1000) throw new UsageException($"bad --rate {rateHz}: 50 … 1000 Hz");
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: folder not found");
        var ev = Evaluation.Run(folder, rateHz);
        Console.Write(ev.ToText(perRecording));
        if (csvOut != null) File.WriteAllText(csvOut, ev.ToCsv());
        if (jsonOut != null) File.WriteAllText(jsonOut, ev.ToJson());
        return 0;
    }

    public static int Generate(string outDir, int rateHz, string set)
    {
        if (rateHz < 50 || rateHz > 1000) throw new UsageException($"bad --rate {rateHz}: 50 … 1000 Hz");
        Directory.CreateDirectory(outDir);
        var scenarios = set switch
        {
            "standard" => SyntheticGenerator.StandardSet(),
            "demo" => new() { SyntheticGenerator.DemoRun() },
            "population" => SyntheticGenerator.Population(),
            _ => throw new UsageException($"bad --set '{set}': standard, population or demo"),
        };
        var manifest = new System.Text.StringBuilder("recording,group,waist_position,fs_hz,true_steps,seed\n");
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
