using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace CadencePod.Gates.Tests;

/// <summary>What the code gates read: the solution's projects, their built assemblies, the tracked files.</summary>
public static class SolutionFiles
{
    /// <summary>A project of CadencePod.sln: its file (repository-relative, '/') and the assembly it builds.</summary>
    public sealed record Project(string Path, string AssemblyName)
    {
        public string Folder => System.IO.Path.GetDirectoryName(Path)!.Replace('\\', '/');
        public bool IsNanoFramework => Path.EndsWith(".nfproj", StringComparison.Ordinal);
    }

    public static string Root => NanoSandbox.RepoRoot;

    /// <summary>Every .csproj and .nfproj the solution lists.</summary>
    public static List<Project> Projects()
    {
        var list = new List<Project>();
        foreach (Match m in Regex.Matches(File.ReadAllText(System.IO.Path.Combine(Root, "CadencePod.sln")), "^Project\\(\"[^\"]+\"\\) = \"[^\"]+\", \"([^\"]+\\.(?:cs|nf)proj)\"", RegexOptions.Multiline))
        {
            string path = m.Groups[1].Value.Replace('\\', '/');
            var xml = XDocument.Load(System.IO.Path.Combine(Root, path));
            string? name = xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "AssemblyName")?.Value;
            list.Add(new Project(path, string.IsNullOrEmpty(name) ? System.IO.Path.GetFileNameWithoutExtension(path) : name));
        }

        return list;
    }

    /// <summary>The project's own assembly as the build chain built it (the newest NAME.dll or NAME.exe under its bin/).</summary>
    public static string BuiltAssembly(Project project)
    {
        string bin = System.IO.Path.Combine(Root, project.Folder, "bin");
        var built = Directory.Exists(bin)
            ? Directory.GetFiles(bin, project.AssemblyName + ".*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".exe", StringComparison.Ordinal))
                .Where(f => project.IsNanoFramework || !f.Contains($"{System.IO.Path.DirectorySeparatorChar}ref{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault()
            : null;
        if (built == null) throw new InvalidOperationException($"the build did not produce {project.Folder}/bin/**/{project.AssemblyName}.dll|exe (build the solution first)");
        return built;
    }

    /// <summary>The files git tracks, repository-relative with '/'.</summary>
    public static List<string> TrackedFiles()
    {
        var psi = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Root };
        foreach (var a in new[] { "ls-files", "-z" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("git ls-files failed in " + Root + ": " + p.StandardError.ReadToEnd());
        return output.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(f => File.Exists(System.IO.Path.Combine(Root, f))).ToList();
    }

    /// <summary>The C# sources of the solution that can refer to firmware members: firmware, tests and tools (tracked files).</summary>
    public static List<string> CSharpSources() =>
        TrackedFiles().Where(f => f.EndsWith(".cs", StringComparison.Ordinal) && !f.StartsWith("tests/CadencePod.Gates.Tests/", StringComparison.Ordinal)).ToList();
}
