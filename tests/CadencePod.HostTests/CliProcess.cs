using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace CadencePod.HostTests;

/// <summary>
/// Runs the simulator in its own process (the built CadencePod.Simulator.dll beside the tests): a hang can be ended, the
/// memory measured (peak resident set from /proc) and bounded (the GC's hard heap limit), and stdout is a real pipe.
/// </summary>
public static class CliProcess
{
    public sealed record Outcome(int Exit, string Out, string Err, long PeakRssBytes, bool TimedOut, TimeSpan Elapsed);

    static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "CadencePod.Simulator.dll");

    public static Outcome Run(IEnumerable<string> args, TimeSpan timeout, long? heapLimitBytes = null, IDictionary<string, string>? env = null)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        if (heapLimitBytes is long limit) psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + limit.ToString("X");
        psi.Environment["DOTNET_TieredPGO"] = "0";
        if (env != null) foreach (var kv in env) psi.Environment[kv.Key] = kv.Value;
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        long peak = 0;
        bool timedOut = false;
        while (!p.WaitForExit(50))
        {
            peak = Math.Max(peak, PeakRss(p.Id));
            if (sw.Elapsed > timeout)
            {
                timedOut = true;
                try { p.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                p.WaitForExit();
                break;
            }
        }

        Task.WaitAll(stdout, stderr);
        return new Outcome(timedOut ? -1 : p.ExitCode, stdout.Result, stderr.Result, peak, timedOut, sw.Elapsed);
    }

    /// <summary>VmHWM of a running process (bytes), 0 when it has gone.</summary>
    static long PeakRss(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0]) * 1024;
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }

        return 0;
    }
}
