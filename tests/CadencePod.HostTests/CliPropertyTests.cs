using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Random option values and random files at every command (issue 18): the exit code is 0 or 2 — never 1 (a bug), never a
/// crash, a hang or a stack trace — and memory stays bounded (the GC heap is capped at 256 MB; peak RSS under 600 MB).
/// Each case runs the simulator in its own process, so a hang is ended and memory is measured.
/// </summary>
[TestClass]
public class CliPropertyTests
{
    const long HeapLimit = 256L << 20, RssLimit = 600L << 20;
    static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>A file for a case: its content is written when the case runs.</summary>
    public sealed record FileArg(string Kind, byte[] Bytes)
    {
        public override string ToString() => $"{Kind} ({Bytes.Length} bytes: {Preview()})";
        string Preview() => Encoding.UTF8.GetString(Bytes.Take(60).ToArray()).Replace("\n", "\\n");
    }

    public sealed record Case(string Command, string[] Args, FileArg? File)
    {
        public override string ToString() => $"{Command} {string.Join(' ', Args.Select(a => a.Contains(' ') || a.Length == 0 ? $"'{a}'" : a))} file={File}";
    }

    static readonly string[] Edge = { "-1", "0", "-5", "1e308", "-1e308", "NaN", "Infinity", "-Infinity", "abc", "", "99999999999", "1e-9", "0.5", "+7", "--", "٣", "1,5", "0x10" };

    static Gen<string> Number(int cheapMin, int cheapMax) =>
        Gen.OneOf(Gen.Elements(Edge), Gen.Choose(cheapMin, cheapMax).Select(i => i.ToString()), Gen.Choose(-100000, 100000).Select(i => i.ToString()));

    /// <summary>Numbers whose large valid values would make a run long: the random part stays cheap.</summary>
    static Gen<string> CheapNumber(int cheapMin, int cheapMax) =>
        Gen.OneOf(Gen.Elements(Edge.Where(e => e != "99999999999" && e != "1e308").ToArray()), Gen.Choose(cheapMin, cheapMax).Select(i => i.ToString()),
            Gen.Elements("100000", "1e308", "99999999999"));

    static Gen<string[]> Opt(string name, Gen<string> value) =>
        Gen.Frequency((1, Gen.Constant(Array.Empty<string>())), (2, value.Select(v => new[] { name, v })));

    static Gen<string[]> Always(string name, Gen<string> value) => value.Select(v => new[] { name, v });

    static Gen<string[]> Concat(params Gen<string[]>[] parts) =>
        parts.Aggregate(Gen.Constant(Array.Empty<string>()), (acc, g) => acc.SelectMany(a => g.Select(b => a.Concat(b).ToArray())));

    static readonly Gen<byte[]> RandomBytes = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));

    static readonly Gen<byte[]> RandomRows =
        Gen.ListOf(Gen.ArrayOf(Gen.Elements("0123456789,,,.-eE#\t\r ".ToCharArray())).Select(c => new string(c)))
            .Select(lines => Encoding.UTF8.GetBytes("t_ms,ax,ay,az\n" + string.Join('\n', lines)));

    static readonly Gen<byte[]> RandomDump =
        Gen.ListOf(Gen.Elements("run,1,600,500,1500,160,158,166,55,0", "minute,1,1,160", "event,1,2,3", "# end, 1 runs", "# end, 9 runs", "run,2,x", "minute,7,1,1", "kind,seq,duration_s", "garbage ☃", ""))
            .Select(lines => Encoding.UTF8.GetBytes(string.Join('\n', lines)));

    static Gen<FileArg?> TraceFile(bool allowValid) => Gen.Frequency(
        (2, RandomBytes.Select(b => (FileArg?)new FileArg("bytes", b))),
        (3, RandomRows.Select(b => (FileArg?)new FileArg("rows", b))),
        (allowValid ? 3 : 0, Gen.Constant((FileArg?)new FileArg("valid", Array.Empty<byte>()))));

    static readonly Gen<string> Press = Gen.OneOf(
        Gen.Elements("up@5s", "UP-LONG@10s", "both@1m", "both-long@20s", "mode@3s", "down-hold@0", "up@1e9s", "up@99999999999999999999m", "sideways@1s", "up@", "@", "up-long@500s"),
        Gen.ArrayOf(Gen.Elements("updownbothmode-@smh0123456789.".ToCharArray())).Select(c => new string(c)));

    static readonly Gen<string> OutPath = Gen.Elements("OUT", "BAD", "DIR", "INPUT", "");

    static readonly Gen<Case> Cases = Gen.OneOf(
        // demo
        // (--minutes always given: the defaults, 20 and 60 minutes, are valid but too long for a Debug test run)
        Concat(Always("--minutes", CheapNumber(-2, 1)), Opt("--seed", Number(-5, 5)), Opt("--out", OutPath)).Select(a => new Case("demo", a.Append("--quiet").ToArray(), null)),
        // replay
        TraceFile(true).SelectMany(f => Concat(
            Opt("--rate", Gen.OneOf(Number(0, 1200), Gen.Elements("50", "100", "1000"))), Opt("--baseline", Number(-10, 300)),
            Opt("--target", Gen.OneOf(Gen.Elements("170", "+7.5%", "+25%", "+7.3%", "x%", "%", "-5%", "119", "221"), Number(100, 230))),
            Opt("--mode", Gen.Elements("every-step", "FADED", "probe", "loud", "")), Opt("--press", Press), Opt("--press", Press),
            Opt("--odr-error", Number(-10, 10)), Opt("--units", Gen.Elements("g", "m/s2", "M/S²", "furlongs", "")),
            Opt("--steps-out", OutPath), Opt("--cadence-out", OutPath), Opt("--report", OutPath))
            .Select(a => new Case("replay", a.Append("--quiet").ToArray(), f))),
        // evaluate
        TraceFile(true).SelectMany(f => Concat(Opt("--rate", Number(0, 1200)), Opt("--csv", OutPath), Opt("--json", OutPath)).Select(a => new Case("evaluate", a, f))),
        // generate
        Concat(Opt("--rate", Number(0, 1200)), Opt("--set", Gen.Elements("demo", "nonsense", "")), Opt("--out", OutPath)).Select(a => new Case("generate", a, null)),
        // cost
        Gen.Frequency((2, Gen.Constant((FileArg?)null)), (1, TraceFile(true))).SelectMany(f => Concat(Opt("--minutes", CheapNumber(-2, 1)), Opt("--rate", Number(0, 1200)), Opt("--units", Gen.Elements("g", "m/s2", "x")))
            .Select(a => new Case("cost", a, f))),
        // bench
        Concat(Always("--minutes", CheapNumber(-1, 1)), Opt("--repeats", CheapNumber(-1, 1))).Select(a => new Case("bench", a, null)),
        // jitter
        Concat(Opt("--tempo", Number(-300, 300)), Opt("--minutes", CheapNumber(-5, 5)), Opt("--us-per-il", Number(-2, 5)), Opt("--il-per-sample", Number(-10, 2000)),
            Opt("--il-per-sample-max", Number(-10, 3000)), Opt("--fifo-read-us", Number(-10, 5000)), Opt("--spin-iteration-us", Number(-10, 100)),
            Opt("--gc-pause-us", Number(-10, 5000)), Opt("--design", Gen.Elements("spin", "sleep", "nap")), Opt("--seed", Number(-5, 5)))
            .Select(a => new Case("jitter", a, null)),
        // log
        Gen.OneOf(RandomBytes.Select(b => new FileArg("bytes", b)), RandomDump.Select(b => new FileArg("dump", b)))
            .SelectMany(f => Opt("--chart", OutPath).Select(a => new Case("log", a, f))));

    static string? _validTrace;

    static (string[] Args, string Dir) Materialise(Case c)
    {
        string dir = Cli.TempDir();
        string blocker = Path.Combine(dir, "blocker");
        File.WriteAllText(blocker, "x");
        string? input = null;
        if (c.File != null)
        {
            if (c.Command == "evaluate")
            {
                input = Path.Combine(dir, "set");
                Directory.CreateDirectory(input);
                string rec = Path.Combine(input, "r.csv");
                if (c.File.Kind == "valid") File.Copy(_validTrace ??= TestTraces.Run(), rec);
                else File.WriteAllBytes(rec, c.File.Bytes);
                File.WriteAllText(Path.Combine(input, "r.steps.csv"), "step_ms,foot\n100,L\n600,R\n");
            }
            else
            {
                input = Path.Combine(dir, "in.csv");
                if (c.File.Kind == "valid") File.Copy(_validTrace ??= TestTraces.Run(), input);
                else File.WriteAllBytes(input, c.File.Bytes);
            }
        }

        var args = new List<string>();
        if (c.Command != "demo") args.Add(c.Command);
        if (input != null) args.Add(input);
        int n = 0;
        foreach (var a in c.Args)
        {
            args.Add(a switch
            {
                "OUT" => Path.Combine(dir, $"out{n++}"),
                "BAD" => Path.Combine(blocker, "x"),
                "DIR" => dir,
                "INPUT" => input ?? Path.Combine(dir, "none"),
                _ => a,
            });
        }

        if (c.Command == "demo" && !c.Args.Contains("--out")) args.AddRange(new[] { "--out", Path.Combine(dir, "demo") });
        if (c.Command == "generate" && !c.Args.Contains("--out")) args.AddRange(new[] { "--out", Path.Combine(dir, "gen") });
        return (args.ToArray(), dir);
    }

    static bool Holds(Case c)
    {
        var (args, dir) = Materialise(c);
        try
        {
            var o = CliProcess.Run(args, Timeout, HeapLimit);
            string what = $"{c}\nexit {o.Exit}, {o.Elapsed.TotalSeconds:0.0} s, peak RSS {o.PeakRssBytes >> 20} MB\nstderr: {o.Err}";
            if (o.TimedOut) throw new AssertFailedException("timed out: " + what);
            if (o.Exit is not (0 or 2)) throw new AssertFailedException("exit code: " + what);
            if (o.Err.Contains("   at ")) throw new AssertFailedException("stack trace: " + what);
            if (o.Exit == 2 && o.Err.Trim().Split('\n').Length != 1) throw new AssertFailedException("more than one line: " + what);
            if (o.PeakRssBytes > RssLimit) throw new AssertFailedException("memory: " + what);
            return true;
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    [TestMethod]
    public void RandomOptionsAndFilesNeverCrashAnyCommand()
    {
        // 60 cases in CI (about 30 s here); CADENCEPOD_PROPERTY_CASES=1000 for a longer hunt.
        int cases = int.TryParse(Environment.GetEnvironmentVariable("CADENCEPOD_PROPERTY_CASES"), out int n) && n > 0 ? n : 60;
        Prop.ForAll(Cases.ToArbitrary(), Holds)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithStartSize(5).WithEndSize(60));
    }
}
