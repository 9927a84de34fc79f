using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Mono.Cecil;

namespace CadencePod.NanoBuild;

/// <summary>
/// Checks a .nfproj's references the way the device will see them, before anything compiles:
/// a Reference's identity must equal the assembly at its HintPath (the stock reference resolution rejects a
/// HintPath of another version, MSB3245, and the compile then fails far from the cause); a HintPath must point
/// into a package that packages.config pins; every package must have been built against the project's mscorlib
/// major.minor; and every assembly a referenced assembly needs must itself be referenced, with the same
/// major.minor, because the interpreter links by name and major.minor and refuses to start otherwise.
/// Each problem is one MSBuild-style error line naming the .nfproj line.
/// </summary>
public sealed class ReferenceChecker
{
    static readonly XNamespace Msb = "http://schemas.microsoft.com/developer/msbuild/2003";
    static readonly Regex PackageFolder = new(@"(?:^|[\\/])packages[\\/](?<folder>[^\\/]+)[\\/]", RegexOptions.Compiled);

    readonly List<string> _errors = new();
    public IReadOnlyList<string> Errors => _errors;

    public sealed record Pin(string Id, string Version, int Line);

    public sealed record Reference(AssemblyName Declared, string Include, string HintPath, string FullPath, int Line);

    public static List<Pin> ReadPackagesConfig(string path)
    {
        var doc = XDocument.Load(path, LoadOptions.SetLineInfo);
        return doc.Root!.Elements("package")
            .Select(e => new Pin((string)e.Attribute("id")!, (string)e.Attribute("version")!, ((IXmlLineInfo)e).LineNumber))
            .ToList();
    }

    public static List<Reference> ReadReferences(string projectPath)
    {
        var doc = XDocument.Load(projectPath, LoadOptions.SetLineInfo);
        string dir = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        var list = new List<Reference>();
        foreach (var e in doc.Descendants(Msb + "Reference"))
        {
            string include = (string)e.Attribute("Include")!;
            string hint = (string?)e.Element(Msb + "HintPath") ?? "";
            string full = hint.Length == 0 ? "" : Path.GetFullPath(Path.Combine(dir, hint.Replace('\\', '/')));
            list.Add(new Reference(new AssemblyName(include), include, hint, full, ((IXmlLineInfo)e).LineNumber));
        }

        return list;
    }

    /// <summary>AssemblyName of each ProjectReference's .nfproj (version unknown until it is built).</summary>
    static List<string> ReadProjectReferenceNames(string projectPath)
    {
        var doc = XDocument.Load(projectPath);
        string dir = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        var names = new List<string>();
        foreach (var e in doc.Descendants(Msb + "ProjectReference"))
        {
            string path = Path.GetFullPath(Path.Combine(dir, ((string)e.Attribute("Include")!).Replace('\\', '/')));
            if (!File.Exists(path)) continue;
            var name = XDocument.Load(path).Descendants(Msb + "AssemblyName").FirstOrDefault();
            if (name != null) names.Add(name.Value);
        }

        return names;
    }

    public void Check(string projectPath)
    {
        projectPath = Path.GetFullPath(projectPath);
        string project = projectPath;
        string configPath = Path.Combine(Path.GetDirectoryName(projectPath)!, "packages.config");
        if (!File.Exists(configPath))
        {
            Error(project, 1, "NF1000", "no packages.config beside the project: it is the version table the build restores from");
            return;
        }

        var pins = ReadPackagesConfig(configPath);
        var references = ReadReferences(projectPath);
        var mscorlib = references.FirstOrDefault(r => r.Declared.Name == "mscorlib");
        var provided = new Dictionary<string, Version?>(StringComparer.Ordinal);
        foreach (var name in ReadProjectReferenceNames(projectPath)) provided[name] = null;

        var loaded = new List<(Reference Ref, AssemblyDefinition Assembly)>();
        foreach (var r in references)
        {
            string where = $"Reference '{r.Declared.Name}'";
            if (r.HintPath.Length == 0)
            {
                Error(project, r.Line, "NF1001", $"{where} has no HintPath: a .nfproj references package assemblies by HintPath into packages\\<id>.<version>\\lib\\");
                continue;
            }

            if (r.Declared.Version == null || r.Declared.GetPublicKeyToken() is not { Length: > 0 })
                Error(project, r.Line, "NF1002", $"{where} must carry its full identity (Version, Culture, PublicKeyToken); it says '{r.Include}'");

            var folder = PackageFolder.Match(r.HintPath.Replace('\\', '/'));
            Pin? pin = null;
            if (!folder.Success)
            {
                Error(project, r.Line, "NF1003", $"{where}: HintPath '{r.HintPath}' does not point into packages\\<id>.<version>\\");
            }
            else
            {
                string name = folder.Groups["folder"].Value;
                pin = pins.FirstOrDefault(p => string.Equals($"{p.Id}.{p.Version}", name, StringComparison.OrdinalIgnoreCase));
                if (pin == null)
                {
                    var sameId = pins.FirstOrDefault(p => name.StartsWith(p.Id + ".", StringComparison.OrdinalIgnoreCase));
                    string hint = sameId != null ? $" (packages.config pins {sameId.Id} {sameId.Version})" : " (no package of that id is in packages.config)";
                    Error(project, r.Line, "NF1003", $"{where}: HintPath package folder '{name}' is not a package that packages.config pins{hint}");
                }
            }

            if (!File.Exists(r.FullPath))
            {
                string libDir = Path.GetDirectoryName(r.FullPath)!;
                string ships = Directory.Exists(libDir)
                    ? "; the package's lib\\ holds " + string.Join(", ", Directory.GetFiles(libDir).Select(Path.GetFileName).Where(f => f!.EndsWith(".dll") || f.EndsWith(".exe")).OrderBy(f => f))
                    : pin != null ? "; the package folder is missing: is the package restored?" : "";
                Error(project, r.Line, "NF1001", $"{where}: HintPath '{r.HintPath}' does not exist{ships}");
                continue;
            }

            var actual = AssemblyName.GetAssemblyName(r.FullPath);
            if (!string.Equals(actual.Name, r.Declared.Name, StringComparison.Ordinal))
                Error(project, r.Line, "NF1002", $"{where}: the assembly at its HintPath is named '{actual.Name}' (Include must name it so)");
            else if (r.Declared.Version != null && actual.Version != r.Declared.Version)
                Error(project, r.Line, "NF1002", $"{where} says Version={r.Declared.Version} but {Path.GetFileName(r.FullPath)} is {actual.Version} (the stock reference resolution rejects it, MSB3245)");
            var declaredToken = r.Declared.GetPublicKeyToken();
            if (declaredToken is { Length: > 0 } && !declaredToken.SequenceEqual(actual.GetPublicKeyToken() ?? Array.Empty<byte>()))
                Error(project, r.Line, "NF1002", $"{where} says PublicKeyToken={Hex(declaredToken)} but {Path.GetFileName(r.FullPath)} has {Hex(actual.GetPublicKeyToken())}");

            provided[actual.Name!] = actual.Version;
            loaded.Add((r, AssemblyDefinition.ReadAssembly(r.FullPath)));
        }

        Version? corlib = mscorlib != null && File.Exists(mscorlib.FullPath) ? AssemblyName.GetAssemblyName(mscorlib.FullPath).Version : null;
        foreach (var (r, assembly) in loaded)
        {
            using (assembly)
            {
                foreach (var needed in assembly.MainModule.AssemblyReferences)
                {
                    if (needed.Name == "mscorlib")
                    {
                        if (corlib != null && !SameMajorMinor(needed.Version, corlib))
                            Error(project, r.Line, "NF1004", $"Reference '{r.Declared.Name}' was built against mscorlib {needed.Version.Major}.{needed.Version.Minor} (CoreLibrary {needed.Version.ToString(3)}); this project's mscorlib is {corlib.Major}.{corlib.Minor}: a device running a {corlib.Major}.{corlib.Minor} firmware will not link it — pin a release built against CoreLibrary {corlib.ToString(3)}");
                        continue;
                    }

                    if (!provided.TryGetValue(needed.Name, out var have))
                        Error(project, r.Line, "NF1005", $"Reference '{r.Declared.Name}' needs assembly '{needed.Name}' {needed.Version.Major}.{needed.Version.Minor}, which no Reference or ProjectReference of this project provides: add its package to packages.config and a Reference, or the device reports a link failure");
                    else if (have != null && !SameMajorMinor(needed.Version, have))
                        Error(project, r.Line, "NF1005", $"Reference '{r.Declared.Name}' needs assembly '{needed.Name}' {needed.Version.Major}.{needed.Version.Minor}, but this project references {have.Major}.{have.Minor}: the device links by major.minor");
                }
            }
        }
    }

    static bool SameMajorMinor(Version a, Version b) => a.Major == b.Major && a.Minor == b.Minor;

    static string Hex(byte[]? bytes) => bytes == null ? "(none)" : Convert.ToHexString(bytes).ToLowerInvariant();

    void Error(string file, int line, string code, string message) => _errors.Add($"{file}({line}): error {code}: {message}");
}
