using System;
using System.Diagnostics;
using System.IO;
using System.Linq;

namespace CadencePod.Gates.Tests;

/// <summary>
/// A throw-away nanoFramework project built through the repository's own build chain (the .nfproj stand-in in
/// firmware/build/nfprojectsystem), the way `dotnet build CadencePod.sln` builds the firmware: real packages in
/// packages/, the references check, the compiler against nanoFramework's mscorlib, the subset check.
/// </summary>
public sealed class NanoSandbox : IDisposable
{
    public static readonly string RepoRoot = FindRepoRoot();
    public const string Token = "c07d481e9758c731";

    readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("cadencepod-nfproj-");

    public string Path => _dir.FullName;

    static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CadencePod.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CadencePod.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Package(string id, string version, string file) =>
        System.IO.Path.Combine(RepoRoot, "packages", $"{id}.{version}", "lib", file);

    public static string Reference(string include, string hintPath) =>
        $"""    <Reference Include="{include}"><HintPath>{hintPath}</HintPath></Reference>""";

    public static string Mscorlib =>
        Reference($"mscorlib, Version=1.17.11.0, Culture=neutral, PublicKeyToken={Token}", Package("nanoFramework.CoreLibrary", "1.17.11", "mscorlib.dll"));

    /// <summary>Writes project <paramref name="name"/> (folder of the same name) with one source file, its References and packages.config.</summary>
    public string WriteProject(string name, string source, string[] references, (string Id, string Version)[] pins, string projectReference = "")
    {
        string dir = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(dir);
        File.WriteAllText(System.IO.Path.Combine(dir, "Code.cs"), source);
        File.WriteAllText(System.IO.Path.Combine(dir, "packages.config"),
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<packages>\n" +
            string.Concat(pins.Select(p => $"  <package id=\"{p.Id}\" version=\"{p.Version}\" targetFramework=\"netnano1.0\" />\n")) +
            "</packages>\n");
        string projectSystem = System.IO.Path.Combine(RepoRoot, "firmware", "build", "nfprojectsystem") + "/";
        string projectRef = projectReference.Length == 0 ? "" : $"""<ItemGroup><ProjectReference Include="{projectReference}" /></ItemGroup>""";
        string path = System.IO.Path.Combine(dir, name + ".nfproj");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project ToolsVersion="Current" DefaultTargets="Build" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
              <PropertyGroup Label="Globals"><NanoFrameworkProjectSystemPath>{projectSystem}</NanoFrameworkProjectSystemPath></PropertyGroup>
              <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.Default.props" />
              <PropertyGroup>
                <OutputType>Library</OutputType>
                <RootNamespace>{name}</RootNamespace>
                <AssemblyName>{name}</AssemblyName>
                <TargetFrameworkVersion>v1.0</TargetFrameworkVersion>
              </PropertyGroup>
              <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.props" />
              <ItemGroup><Compile Include="Code.cs" /></ItemGroup>
              <ItemGroup>
            {string.Join("\n", references)}
              </ItemGroup>
              {projectRef}
              <Import Project="$(NanoFrameworkProjectSystemPath)NFProjectSystem.CSharp.targets" />
            </Project>
            """);
        return path;
    }

    /// <summary>`dotnet build` of one project; returns the exit code and everything it printed.</summary>
    public static (int ExitCode, string Output) Build(string project)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = System.IO.Path.GetDirectoryName(project)!,
        };
        // The build tool is already built by the solution build: building it again from several tests at once would race.
        foreach (var a in new[] { "build", project, "-nologo", "-v:m", "-p:NanoClrToolsDir=/nonexistent/", "-p:BuildProjectReferences=false" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string output = p.StandardOutput.ReadToEnd() + stderr.Result;
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    public void Dispose()
    {
        try { _dir.Delete(true); } catch (IOException) { }
    }
}
