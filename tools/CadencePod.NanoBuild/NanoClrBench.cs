using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace CadencePod.NanoBuild;

/// <summary>
/// Runs tools/CadencePod.NanoBench on nanoCLR and reports µs per sample of each part and its ratio to the empty loop
/// measured in the same run. The bench times itself with the interpreter's wall clock, so a busy machine inflates a
/// run: the process is run several times and each part's best run is kept.
/// </summary>
public static class NanoClrBench
{
    public sealed record Part(string Name, int Samples, long ElapsedUs)
    {
        public double UsPerSample => (double)ElapsedUs / Samples;
    }

    public static Dictionary<string, Part> Parse(string output)
    {
        var parts = new Dictionary<string, Part>();
        foreach (var raw in output.Split('\n'))
        {
            var f = raw.Trim().Split(',');
            if (f.Length == 4 && f[0] == "bench" && int.TryParse(f[2], out int samples) && long.TryParse(f[3], out long us))
                parts[f[1]] = new Part(f[1], samples, us);
        }

        return parts;
    }

    public static int Run(string clr, string benchDir, int repeats)
    {
        var pes = NanoClrTestRunner.OrderPeFiles(Directory.GetFiles(benchDir, "*.pe"));
        var best = new Dictionary<string, Part>();
        for (int r = 0; r < repeats; r++)
        {
            var psi = new ProcessStartInfo(clr) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var pe in pes) psi.ArgumentList.Add(pe);
            using var p = Process.Start(psi)!;
            var stderr = p.StandardError.ReadToEndAsync();
            string output = p.StandardOutput.ReadToEnd() + stderr.Result;
            p.WaitForExit();
            if (!output.Contains("bench,done", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"bench: error NF5001: the bench did not finish on nanoCLR (exit {p.ExitCode}):{Environment.NewLine}{output}");
                return 1;
            }

            foreach (var part in Parse(output).Values)
                if (!best.TryGetValue(part.Name, out var b) || part.ElapsedUs < b.ElapsedUs) best[part.Name] = part;
        }

        if (!best.TryGetValue("empty", out var empty))
        {
            Console.Error.WriteLine("bench: error NF5002: no empty-loop figure in the bench output");
            return 1;
        }

        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine($"nanoCLR cost, {empty.Samples:N0} samples (10 min of 100 Hz running), best of {repeats} runs on this machine:");
        Console.WriteLine("  part          µs/item   × empty loop   item");
        foreach (var part in best.Values.Where(p => p.Name != "ble-notify").OrderBy(p => p.ElapsedUs))
            Console.WriteLine(string.Format(ci, "  {0,-12} {1,8:F2} {2,13:F1}   sample", part.Name, part.UsPerSample, part.UsPerSample / empty.UsPerSample));
        if (best.TryGetValue("ble-notify", out var notify))
            Console.WriteLine(string.Format(ci, "  {0,-12} {1,8:F2} {2,13}   RSC notification ({3:N0}: encode and hand over; one a second on the pod)", notify.Name, notify.UsPerSample, "—", notify.Samples));
        if (best.TryGetValue("podloop", out var loop) && best.TryGetValue("podloop-ble", out var withBle))
            Console.WriteLine(string.Format(ci, "  Bluetooth in the loop (podloop-ble − podloop): {0:F2} µs per sample = {1:F0} µs per second of running at 100 Hz",
                withBle.UsPerSample - loop.UsPerSample, (withBle.UsPerSample - loop.UsPerSample) * 100));
        Console.WriteLine("  (desktop x64 interpreter: compare ratios and before/after on one machine, not device times)");
        return 0;
    }
}
