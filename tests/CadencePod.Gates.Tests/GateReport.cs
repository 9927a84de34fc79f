using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.Gates.Tests;

/// <summary>A gate's finding: the line to print (file:line or the member, and why), and the key a temporary
/// allowlist names it by (the member, or the file).</summary>
public sealed record Finding(string Key, string Line);

/// <summary>
/// How a code gate reports: one line per finding, printed and in the failure message. Findings whose key is on the
/// gate's temporary allowlist are printed as known; an allowlist entry that matches no finding fails the gate too, so
/// the list shrinks as the code is fixed and cannot excuse anything new.
/// </summary>
public static class GateReport
{
    public static void AssertNone(string what, IReadOnlyCollection<Finding> findings, IReadOnlyCollection<string> temporaryAllowlist)
    {
        var known = findings.Where(f => temporaryAllowlist.Contains(f.Key)).Select(f => f.Line).OrderBy(l => l, StringComparer.Ordinal).ToList();
        var fresh = findings.Where(f => !temporaryAllowlist.Contains(f.Key)).Select(f => f.Line).OrderBy(l => l, StringComparer.Ordinal).ToList();
        var stale = temporaryAllowlist.Where(k => findings.All(f => f.Key != k)).OrderBy(k => k, StringComparer.Ordinal).ToList();
        foreach (var line in fresh) Console.WriteLine(line);
        foreach (var line in known) Console.WriteLine("known (temporary allowlist): " + line);
        foreach (var key in stale) Console.WriteLine("stale temporary allowlist entry (fixed: remove it from the list): " + key);
        Console.WriteLine($"{what}: {fresh.Count} new, {known.Count} on the temporary allowlist, {stale.Count} stale allowlist entries");
        var problems = fresh.Concat(stale.Select(s => "stale temporary allowlist entry: " + s)).ToList();
        Assert.AreEqual(0, problems.Count, $"{what}:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }
}
