using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.Gates.Tests;

/// <summary>
/// No tracked file refers outside the repository: a clone is complete. The gate reads every text file git tracks and
/// reports, one line each (file:line and the reference):
/// 1. **a relative path that leaves the repository**: a `../` or `..\` path, read from the file's own folder and — when
///    that names nothing in the repository — from the repository root (docs and comments write paths from the root);
///    one that leaves the repository either way is a finding. An MSBuild property before it says where it starts
///    (`$(MSBuildThisFileDirectory)`, `$(MSBuildProjectDirectory)`: the file's folder; any other: the root); a path
///    that continues another path (`$ORIGIN/../lib`) is not the repository's;
/// 2. **a document that is not in the repository**: a `NAME.md` that no tracked file is named (a citation of an
///    upstream file, `owner/repo:path/NAME.md` or `…/NAME.md`, is not one of ours);
/// 3. **an absolute path into a machine's workspace or home**: `/work/`, `/home/`, `/root/`, `/Users/`, `C:\Users\`.
///
/// Allowed, and only where they are configured or documented (<see cref="Allowed"/>): the build chain's optional offline
/// NuGet feed `../shared/nuget` and the nanoCLR tools `../shared/tools/nanoclr` (configured in
/// firmware/build/nfprojectsystem/NFProjectSystem.CSharp.targets, checked for by .ci/run, documented in
/// docs/building.md), and the Oxford Step Counter data set `../shared/data/oxford-steps` (read by
/// tests/CadencePod.HostTests/AccuracyTests.cs when present, documented in README.md). Each is optional: without it
/// the build, the tests and the tools still run, and say what they skipped. This file is not read: it states the rule.
/// </summary>
[TestClass]
public class OutsideReferenceGateTests
{
    /// <summary>Outside paths allowed, each in the files that configure or document it (and nowhere else).</summary>
    static readonly (string Outside, string[] Files)[] Allowed =
    {
        ("../shared/nuget", new[] { "firmware/build/nfprojectsystem/NFProjectSystem.CSharp.targets", "docs/building.md" }),
        ("../shared/tools/nanoclr", new[] { "firmware/build/nfprojectsystem/NFProjectSystem.CSharp.targets", ".ci/run", "docs/building.md" }),
        ("../shared/data/oxford-steps", new[] { "tests/CadencePod.HostTests/AccuracyTests.cs", "README.md" }),
    };

    /// <summary>
    /// TEMPORARY — today's findings by file, in files the issue #16 renovation (branch issue16) owns and repoints at
    /// docs/. The lead empties this list after that branch merges; a listed file with no finding left fails the test.
    /// Never add to it.
    /// </summary>
    static readonly string[] TemporaryAllowlistUntilIssue16Merges =
    {
    };

    static readonly Regex RelativePath = new(@"(?<prefix>\$\((?<property>\w+)\)|[\w/\\.$])?(?<path>(?:\.\.[\\/])+[\w.\-\\/]*)", RegexOptions.Compiled);
    static readonly Regex Document = new(@"(?<![\w.\-/:])(?<name>[\w\-]+\.md)\b", RegexOptions.Compiled);
    static readonly Regex Absolute = new(@"(?<![\w.])(?<path>/work/|/home/|/root/|/Users/|[A-Za-z]:\\Users\\)", RegexOptions.Compiled);

    [TestMethod]
    public void NoTrackedFileRefersOutsideTheRepository()
    {
        GateReport.AssertNone("references outside the repository", Findings(SolutionFiles.TrackedFiles()), TemporaryAllowlistUntilIssue16Merges);
    }

    [TestMethod]
    public void TheRuleFindsWhatItSays()
    {
        var tracked = new HashSet<string> { "docs/a.md", "docs/b.md", "firmware/x/x.nfproj", "packages" };
        var lines = new[]
        {
            "see ../shared/reference/trace-format.md and docs/a.md", // 1: leaves the repository
            @"<HintPath>..\..\packages\lib\mscorlib.dll</HintPath>",   // 2: firmware/x → packages/: inside
            "[b](../../docs/b.md), $ORIGIN/../lib, repo:UPSTREAM.md, nanoframework-api.md §6", // 3: inside; not ours; not ours; not here
            "$(MSBuildThisFileDirectory)../../x $(NanoRepoRoot)../y",   // 4: from the file's folder: inside; from the root: outside
            "cat /work/shared/file and /home/me/x",                     // 5: absolute
        };
        var found = Check("firmware/x/f.md", lines, tracked).Select(f => f.Line).ToList();
        CollectionAssert.AreEqual(new[]
        {
            "firmware/x/f.md:1: ../shared/reference/trace-format.md — leaves the repository",
            "firmware/x/f.md:3: nanoframework-api.md — no such document in the repository",
            "firmware/x/f.md:4: ../y — leaves the repository",
            "firmware/x/f.md:5: /work/ — an absolute path on one machine",
            "firmware/x/f.md:5: /home/ — an absolute path on one machine",
        }, found, string.Join(Environment.NewLine, found));
    }

    static List<Finding> Findings(List<string> tracked)
    {
        var trackedSet = new HashSet<string>(tracked, StringComparer.Ordinal);
        foreach (var f in tracked)
            for (string? d = Path.GetDirectoryName(f); !string.IsNullOrEmpty(d); d = Path.GetDirectoryName(d)) trackedSet.Add(d.Replace('\\', '/'));
        var findings = new List<Finding>();
        foreach (var file in tracked.Where(f => f != "tests/CadencePod.Gates.Tests/OutsideReferenceGateTests.cs"))
        {
            string full = Path.Combine(SolutionFiles.Root, file);
            var bytes = File.ReadAllBytes(full);
            if (bytes.Length > 4_000_000 || Array.IndexOf(bytes, (byte)0) >= 0) continue; // binary (images, STL)
            findings.AddRange(Check(file, File.ReadAllLines(full), trackedSet));
        }

        return findings;
    }

    /// <summary>The findings in one file's lines; <paramref name="tracked"/> holds the tracked files and their folders.</summary>
    static List<Finding> Check(string file, IReadOnlyList<string> lines, HashSet<string> tracked)
    {
        var findings = new List<Finding>();
        var documents = new HashSet<string>(tracked.Select(t => t.Split('/').Last()), StringComparer.Ordinal);
        string folder = (Path.GetDirectoryName(file) ?? "").Replace('\\', '/');
        void Add(int line, string what, string why)
        {
            if (Allowed.Any(a => what.StartsWith(a.Outside, StringComparison.Ordinal) && a.Files.Contains(file))) return;
            findings.Add(new Finding(file, $"{file}:{line + 1}: {what} — {why}"));
        }

        for (int i = 0; i < lines.Count; i++)
        {
            foreach (Match m in RelativePath.Matches(lines[i]))
            {
                string path = m.Groups["path"].Value.Replace('\\', '/');
                if (path.EndsWith('.') && !path.EndsWith("..", StringComparison.Ordinal)) path = path[..^1]; // the sentence's full stop
                bool property = m.Groups["property"].Success;
                if (m.Groups["prefix"].Success && !property) continue; // the tail of another path
                string? fromFolder = Resolve(folder, path);
                string? fromRoot = Resolve("", path);
                bool fileRelative = property && m.Groups["property"].Value is "MSBuildThisFileDirectory" or "MSBuildProjectDirectory";
                bool inside = property
                    ? (fileRelative ? fromFolder : fromRoot) != null
                    : fromFolder != null && (Exists(fromFolder, tracked) || fromRoot != null);
                if (!inside) Add(i, path, "leaves the repository");
            }

            foreach (Match m in Document.Matches(lines[i]))
                if (!documents.Contains(m.Groups["name"].Value)) Add(i, m.Groups["name"].Value, "no such document in the repository");

            foreach (Match m in Absolute.Matches(lines[i]))
                Add(i, m.Groups["path"].Value, "an absolute path on one machine");
        }

        return findings;
    }

    /// <summary>The repository path <paramref name="path"/> names from <paramref name="folder"/>, or null when it leaves the repository.</summary>
    static string? Resolve(string folder, string path)
    {
        var parts = folder.Length == 0 ? new List<string>() : folder.Split('/').ToList();
        foreach (var p in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (p == "..")
            {
                if (parts.Count == 0) return null;
                parts.RemoveAt(parts.Count - 1);
            }
            else if (p != ".") parts.Add(p);
        }

        return string.Join('/', parts);
    }

    /// <summary>A tracked file or folder, or something inside a folder the build makes (packages/, bin/, obj/).</summary>
    static bool Exists(string path, HashSet<string> tracked) =>
        path.Length == 0 || tracked.Contains(path.TrimEnd('/')) ||
        path.Split('/').Any(p => p is "packages" or "bin" or "obj" or "TestResults");
}
