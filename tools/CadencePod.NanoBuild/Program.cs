using System;
using System.IO;
using System.Linq;
using CadencePod.NanoBuild;

// The Linux build chain's steps for .nfproj projects (firmware/build/nfprojectsystem/NFProjectSystem.CSharp.targets).
//   references <project.nfproj>             identities, pins, mscorlib major.minor, closure of references
//   subset <assembly.dll>...                 what nanoFramework 1.x cannot run
//   image <App.pe> --out-type Exe|Library --refs <ref.pe>...   sizes against the deployment partition; an Exe's image
//   test <outdir> --clr <nanoCLR> --results <dir> [--timeout-s N]   the test assembly on nanoCLR
//   bench [--repeats N] [--clr <nanoCLR>] [--instructions]   tools/CadencePod.NanoBench on nanoCLR: µs per sample (clock) or
//                                            native instructions per sample (valgrind, load-independent), engine and pod loop
// Exit 0 when fine, 1 with one MSBuild-style line per problem, 2 on bad usage.
if (args.Length == 0) return Usage();
try
{
    return args[0] switch
    {
        "references" when args.Length == 2 => References(args[1]),
        "subset" when args.Length >= 2 => Subset(args.Skip(1).ToArray()),
        "image" when args.Length >= 2 => Image(args),
        "test" when args.Length >= 2 => Test(args),
        "bench" => Bench(args),
        _ => Usage(),
    };
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or ArgumentException)
{
    Console.Error.WriteLine($"CadencePod.NanoBuild: error NF0003: {e.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CadencePod.NanoBuild references <project.nfproj> | subset <assembly.dll>... | image <App.pe> --out-type Exe|Library --refs <ref.pe>... | test <outdir> --clr <nanoCLR> --results <dir> | bench [--repeats N] [--instructions]");
    return 2;
}

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static int References(string project)
{
    var checker = new ReferenceChecker();
    checker.Check(project);
    foreach (var e in checker.Errors) Console.Error.WriteLine(e);
    if (checker.Errors.Count == 0) Console.WriteLine($"{Path.GetFileName(project)}: references check passed");
    return checker.Errors.Count == 0 ? 0 : 1;
}

static int Subset(string[] paths)
{
    int problems = 0;
    foreach (var path in paths)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: error NF0002: assembly not found");
            return 2;
        }

        var checker = new SubsetChecker();
        checker.Check(path);
        foreach (var p in checker.Problems)
            Console.Error.WriteLine($"{Path.GetFileName(path)}: error NF0001: nanoFramework 1.x cannot run this: {p}");
        problems += checker.Problems.Count;
        if (checker.Problems.Count == 0) Console.WriteLine($"{Path.GetFileName(path)}: runtime-subset check passed");
    }

    return problems == 0 ? 0 : 1;
}

static int Image(string[] args)
{
    string appPe = Path.GetFullPath(args[1]);
    string outType = Option(args, "--out-type") ?? "Library";
    // Reference .pe files follow "--refs", in the order the project resolved its references.
    int refs = Array.IndexOf(args, "--refs");
    var referencePes = refs < 0 ? Array.Empty<string>() : args.Skip(refs + 1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToArray();
    var report = DeploymentImage.Build(appPe, referencePes, isApplication: outType.Equals("Exe", StringComparison.OrdinalIgnoreCase));
    bool failed = false;
    foreach (var line in report)
    {
        failed |= line.Contains(": error ", StringComparison.Ordinal);
        Console.WriteLine(line);
    }

    // An application must link on the real interpreter, as it would on the pod.
    string? clr = Option(args, "--clr");
    if (outType.Equals("Exe", StringComparison.OrdinalIgnoreCase) && clr != null && File.Exists(clr))
    {
        var pes = DeploymentImage.Order(appPe, referencePes);
        var link = LinkCheck.Run(clr, pes, TimeSpan.FromSeconds(60));
        string name = Path.GetFileNameWithoutExtension(appPe);
        if (link.Linked)
        {
            Console.WriteLine($"{name}: links on nanoCLR ({pes.Count} assemblies resolved)");
        }
        else
        {
            failed = true;
            foreach (var m in link.Missing) Console.Error.WriteLine($"{name}: error NF3003: link failure on nanoCLR: {m}");
            if (link.Missing.Count == 0) Console.Error.WriteLine($"{name}: error NF3003: nanoCLR did not reach 'Ready.' loading the application:{Environment.NewLine}{link.Output}");
        }
    }

    return failed ? 1 : 0;
}

static int Test(string[] args)
{
    string outDir = Path.GetFullPath(args[1]);
    string? clr = Option(args, "--clr");
    string results = Option(args, "--results") ?? Path.Combine(outDir, "TestResults");
    int timeoutS = int.TryParse(Option(args, "--timeout-s"), out var t) ? t : 900;
    if (clr == null || !File.Exists(clr))
    {
        Console.WriteLine($"nanoCLR: skipped: the interpreter is not at {clr} (docs/building.md says how to build it)");
        return 0;
    }

    var pe = NanoClrTestRunner.OrderPeFiles(Directory.GetFiles(outDir, "*.pe"));
    if (!pe.Any(p => Path.GetFileName(p) == "nanoFramework.UnitTestLauncher.pe"))
    {
        Console.Error.WriteLine($"{outDir}: error NF4001: no nanoFramework.UnitTestLauncher.pe: reference the TestFramework's launcher so it is converted");
        return 1;
    }

    var started = DateTime.UtcNow;
    var result = NanoClrTestRunner.Run(clr, pe, TimeSpan.FromSeconds(timeoutS));
    var elapsed = DateTime.UtcNow - started;
    Directory.CreateDirectory(results);
    File.WriteAllText(Path.Combine(results, "nanoclr.log"), result.Output);
    foreach (var f in result.Failures) Console.Error.WriteLine($"nanoCLR: error NF4002: test failed: {f}");
    string summary = $"nanoCLR: {result.Passed} passed, {result.Failed} failed" + (result.Skipped > 0 ? $", {result.Skipped} skipped" : "");
    Console.WriteLine($"{summary} ({elapsed.TotalSeconds:F0} s; log: {Path.Combine(results, "nanoclr.log")})");
    File.WriteAllText(Path.Combine(results, "nanoclr-summary.txt"), summary + Environment.NewLine);
    if (!result.Done)
        Console.Error.WriteLine($"nanoCLR: error NF4003: the run ended without 'Done.' (exit code {result.ExitCode}): the interpreter crashed or hung; see the log");
    else if (result.Passed == 0 && result.Failed == 0)
        Console.Error.WriteLine("nanoCLR: error NF4004: no test ran");
    return result.Ok ? 0 : 1;
}

static int Bench(string[] args)
{
    string root = RepoRoot();
    string clr = Option(args, "--clr") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "tools", "nanoclr", "bin", "nanoFramework.nanoCLR.test"));
    int repeats = int.TryParse(Option(args, "--repeats"), out var r) && r > 0 ? r : 5;
    if (!File.Exists(clr))
    {
        Console.Error.WriteLine($"bench: the nanoCLR interpreter is not at {clr} (--clr PATH; docs/building.md says how to build it)");
        return 2;
    }

    string bin = Path.Combine(root, "tools", "CadencePod.NanoBench", "bin");
    // The whole bench (bin/Debug or bin/Release), not a single part that --instructions built into bin/part-*.
    var built = Directory.Exists(bin)
        ? Directory.GetFiles(bin, "CadencePod.NanoBench.pe", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(Path.GetDirectoryName(f)!).StartsWith("part-", StringComparison.Ordinal))
            .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
        : null;
    if (built == null)
    {
        Console.Error.WriteLine("bench: tools/CadencePod.NanoBench is not built: run `dotnet build CadencePod.sln` first");
        return 2;
    }

    if (args.Contains("--instructions"))
        return NanoClrBench.RunInstructions(clr, Path.Combine(root, "tools", "CadencePod.NanoBench", "CadencePod.NanoBench.nfproj"));
    return NanoClrBench.Run(clr, Path.GetDirectoryName(built)!, repeats);
}

static string RepoRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir != null && !File.Exists(Path.Combine(dir.FullName, "CadencePod.sln"))) dir = dir.Parent;
    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
