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

    /// <summary>
    /// The load-independent figure: each part built alone (-p:BenchPart=…) and run on nanoCLR under valgrind, which counts
    /// the native instructions the interpreter executes. Differences between parts isolate each one: engine = engine −
    /// drain (the copying into drains), loop = podloop − none (start-up). Unlike the clock, a busy machine does not
    /// change them (a build varies by a few tens per sample from the interpreter's clock reads), so commits compare closely.
    /// </summary>
    public static int RunInstructions(string clr, string benchProject)
    {
        string[] parts = { "none", "drain", "engine", "podloop", "podloop-ble" };
        var counts = new Dictionary<string, long>();
        int samples = 0;
        foreach (var part in parts)
        {
            var build = Process.Start(new ProcessStartInfo("dotnet", $"build \"{benchProject}\" -c Release -nologo -v:q -p:BenchPart={part}") { RedirectStandardOutput = true, RedirectStandardError = true })!;
            string buildOutput = build.StandardOutput.ReadToEnd() + build.StandardError.ReadToEnd();
            build.WaitForExit();
            if (build.ExitCode != 0)
            {
                Console.Error.WriteLine($"bench: error NF5003: building the {part} part failed:{Environment.NewLine}{buildOutput}");
                return 1;
            }

            string dir = Path.Combine(Path.GetDirectoryName(benchProject)!, "bin", "part-" + part);
            var psi = new ProcessStartInfo("valgrind") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { "--tool=callgrind", "--callgrind-out-file=/dev/null", clr }) psi.ArgumentList.Add(a);
            foreach (var pe in NanoClrTestRunner.OrderPeFiles(Directory.GetFiles(dir, "*.pe"))) psi.ArgumentList.Add(pe);
            Process run;
            try { run = Process.Start(psi)!; }
            catch (System.ComponentModel.Win32Exception)
            {
                Console.Error.WriteLine("bench: --instructions needs valgrind on PATH (Debian: apt install valgrind)");
                return 2;
            }

            var stderr = run.StandardError.ReadToEndAsync();
            string output = run.StandardOutput.ReadToEnd();
            string log = stderr.Result;
            run.WaitForExit();
            var collected = System.Text.RegularExpressions.Regex.Match(log, @"Collected\s*:\s*(\d+)");
            if (!output.Contains("bench,done", StringComparison.Ordinal) || !collected.Success)
            {
                Console.Error.WriteLine($"bench: error NF5001: the {part} part did not finish under valgrind:{Environment.NewLine}{output}{log}");
                return 1;
            }

            counts[part] = long.Parse(collected.Groups[1].Value, CultureInfo.InvariantCulture);
            foreach (var p in Parse(output).Values) samples = Math.Max(samples, p.Samples);
        }

        if (samples == 0) samples = 12000;
        double PerSample(long value) => (double)value / samples;
        Console.WriteLine($"nanoCLR cost in native instructions executed by the interpreter (valgrind), {samples:N0} samples (2 min of 100 Hz running), per sample:");
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  engine       {0,10:N0}   (engine − drain: the CadenceEngine fed 10-sample drains)", PerSample(counts["engine"] - counts["drain"])));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  podloop      {0,10:N0}   (podloop − none: the whole PodLoop on the fake board, engine included)", PerSample(counts["podloop"] - counts["none"])));
        Console.WriteLine(string.Format(CultureInfo.InvariantCulture, "  podloop-ble  {0,10:N0}   (the same with a subscribed Bluetooth central)", PerSample(counts["podloop-ble"] - counts["none"])));
        Console.WriteLine("  (load does not move these; the same build varies by a few tens per sample, from the interpreter's clock reads)");
        return 0;
    }
}
