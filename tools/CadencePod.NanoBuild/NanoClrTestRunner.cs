using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CadencePod.NanoBuild;

/// <summary>
/// Runs a test assembly's .pe files on the nanoCLR interpreter with the TestFramework's UnitTestLauncher, the way
/// the TestFramework's adapter runs them on the emulator, and turns its output into a verdict. The interpreter
/// exits 0 whether tests pass or not, so the verdict comes from the lines it prints: one "Test passed|failed|
/// skipped,Name,…" per test and "Done." at the end. A failed test, a missing "Done." (a crash: generics make the
/// 1.x interpreter segfault) or no test at all is a failure.
/// </summary>
public static class NanoClrTestRunner
{
    public sealed record Result(int Passed, int Failed, int Skipped, bool Done, int ExitCode, List<string> Failures, string Output)
    {
        public bool Ok => Failed == 0 && Done && Passed > 0;
    }

    /// <summary>mscorlib first (the interpreter loads it as the core library), the launcher last, the rest by name.</summary>
    public static List<string> OrderPeFiles(IEnumerable<string> peFiles)
    {
        var files = peFiles.ToList();
        static int Rank(string f) => Path.GetFileName(f) switch
        {
            "mscorlib.pe" => 0,
            "nanoFramework.UnitTestLauncher.pe" => 2,
            _ => 1,
        };
        return files.OrderBy(Rank).ThenBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
    }

    public static Result Run(string clrPath, IReadOnlyList<string> peFiles, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(clrPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var pe in peFiles) psi.ArgumentList.Add(pe);
        using var process = Process.Start(psi)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)timeout.TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output) output.AppendLine($"(killed after {timeout.TotalSeconds:F0} s)");
        }

        process.WaitForExit();
        return Parse(output.ToString(), process.ExitCode);
    }

    public static Result Parse(string output, int exitCode)
    {
        int passed = 0, failed = 0, skipped = 0;
        bool done = false;
        var failures = new List<string>();
        foreach (var raw in output.Split('\n'))
        {
            string line = raw.TrimEnd('\r');
            if (line.StartsWith("Test passed,", StringComparison.Ordinal)) passed++;
            else if (line.StartsWith("Test failed,", StringComparison.Ordinal)) { failed++; failures.Add(line.Substring("Test failed,".Length)); }
            else if (line.StartsWith("Test skipped,", StringComparison.Ordinal)) skipped++;
            else if (line.Trim() == "Done.") done = true;
        }

        return new Result(passed, failed, skipped, done, exitCode, failures, output);
    }
}
