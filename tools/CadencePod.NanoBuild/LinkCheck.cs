using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;

namespace CadencePod.NanoBuild;

/// <summary>
/// Loads an application's .pe files on the nanoCLR interpreter and reads its verdict on linking: the interpreter
/// resolves every assembly reference by name and major.minor before it runs anything, and prints "Link failure"
/// with one "needs assembly" line per missing one — the message a pod would give. The program itself is not
/// waited for (its drivers do not exist on the host): the check ends at "Ready." or at the failure.
/// </summary>
public static class LinkCheck
{
    public sealed record Result(bool Linked, List<string> Missing, string Output);

    public static Result Run(string clrPath, IReadOnlyList<string> pes, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(clrPath) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var pe in pes) psi.ArgumentList.Add(pe);
        using var process = Process.Start(psi)!;
        var lines = new List<string>();
        using var verdict = new ManualResetEventSlim();
        void OnLine(string? line)
        {
            if (line == null) return;
            lock (lines) lines.Add(line);
            if (line.StartsWith("Ready.", StringComparison.Ordinal) || line.StartsWith("Link failure", StringComparison.Ordinal) || line.StartsWith("Exiting.", StringComparison.Ordinal))
                verdict.Set();
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        verdict.Wait(timeout);
        // Let the failure's "needs assembly" lines arrive, then stop whatever the program is doing.
        process.WaitForExit(1000);
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        List<string> all;
        lock (lines) all = lines.ToList();
        bool failed = all.Any(l => l.StartsWith("Link failure", StringComparison.Ordinal));
        bool ready = all.Any(l => l.StartsWith("Ready.", StringComparison.Ordinal));
        var missing = all.Where(l => l.Contains(" needs assembly ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        return new Result(ready && !failed, missing, string.Join(Environment.NewLine, all));
    }
}
