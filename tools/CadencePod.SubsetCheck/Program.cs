using System;
using System.IO;
using CadencePod.SubsetCheck;

// Usage: CadencePod.SubsetCheck <assembly.dll>...
// Exit 0 when every assembly stays inside the nanoFramework 1.x subset, 1 with one line per problem, 2 on bad usage.
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: CadencePod.SubsetCheck <firmware-assembly.dll>...");
    return 2;
}

int problems = 0;
foreach (var path in args)
{
    if (!File.Exists(path))
    {
        Console.Error.WriteLine($"{path}: error NF0002: assembly not found");
        return 2;
    }

    var checker = new SubsetChecker();
    checker.Check(path);
    foreach (var p in checker.Problems)
    {
        // MSBuild-style line so the build log shows it as an error.
        Console.Error.WriteLine($"{Path.GetFileName(path)}: error NF0001: nanoFramework 1.x cannot run this: {p}");
    }

    problems += checker.Problems.Count;
    if (checker.Problems.Count == 0) Console.WriteLine($"{Path.GetFileName(path)}: runtime-subset check passed");
}

return problems == 0 ? 0 : 1;
