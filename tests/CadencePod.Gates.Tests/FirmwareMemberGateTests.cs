using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CadencePod.Gates.Tests;

/// <summary>
/// No member without a caller ships in the firmware. The gate walks CadencePod.Core and CadencePod.Device as the build
/// chain builds them (the .nfproj outputs) and, for each method, property, field and event they define, looks for a
/// reference anywhere in the solution: the firmware itself, the shared tests on nanoCLR (NFUnitTest), the host tests,
/// the simulator and the tools — every project of CadencePod.sln except this one and the host copies of the firmware's
/// own sources (the .csproj projects under firmware/, which compile the same files again).
///
/// What counts as a reference, and what is not checked:
/// * a call, `ldftn` (a method group made into a delegate) or `ldtoken` of a method, in any method body, IL matched by
///   declaring type, name and parameter types (the host copies of Core have the same names as the nano build);
///   a method calling itself does not count;
/// * a method that implements or overrides another: one member for the purpose — used when any of them is referenced
///   (a call through the interface reaches every implementation). Implementing or overriding a member declared outside
///   the firmware (IDisposable.Dispose, object.ToString) counts as used: the framework calls it;
/// * a property: its getter is called (a property nobody reads is dead state even when set); a property with no getter:
///   its setter is called. An event: something subscribes (its add accessor is called);
/// * a field: something reads it (ldfld/ldsfld, or takes its address); a field that is only written is reported;
/// * a `const` (the compiler copies its value, so no IL names it): its name appears in source, in any C# file of the
///   solution, as `Type.Name` (Type = the declaring type's name) or unqualified inside a file that declares the type or
///   imports it with `using static`, or in `nameof`. Reached by reflection: a tool that names the type with
///   `typeof(Type)` and the constant's name as a string literal (tools/CadencePod.Hardware reads BoardRev1 that way);
/// * not checked: enum members (they name the values a field or wire format can hold), compiler-generated members
///   (lambdas, backing fields, accessors as such), delegate types' members, static constructors, parameterless
///   instance constructors (an unused class shows through its unused members) and the entry point (Main).
/// A member kept alive only by another member without a caller is not reported until that one is removed.
/// </summary>
[TestClass]
public class FirmwareMemberGateTests
{
    static readonly string[] Firmware = { "CadencePod.Core", "CadencePod.Device" };

    /// <summary>
    /// TEMPORARY — today's findings, known dead members that the issue #16 renovation of the Pod layer (branch issue16)
    /// removes. The lead empties this list after that branch merges; an entry that is no longer found fails the test,
    /// so the list cannot outlive the members it excuses. Never add to it.
    /// </summary>
    static readonly string[] TemporaryAllowlistUntilIssue16Merges =
    {
    };

    [TestMethod]
    public void NoMemberWithoutACallerShipsInTheFirmware()
    {
        var findings = Findings();
        GateReport.AssertNone("members without a caller", findings, TemporaryAllowlistUntilIssue16Merges);
    }

    [TestMethod]
    public void TheRuleCountsInterfacesOverridesConstantsByNameAndReflection()
    {
        const string firmware = """
            namespace Fw {
              public interface ISeam { void Do(); }
              public sealed class Impl : ISeam { public void Do() { } public override string ToString() { return "impl"; } }
              public static class Consts { public const int Used = 5; public const int Unused = 6; public const int ByReflection = 7; }
              public sealed class Thing {
                int _read = 1; int _writtenOnly;
                public Thing(int x) { }
                public int Read() { return _read; }
                public void Write(int v) { _writtenOnly = v; }
                public int Dead() { return 3; }
                public int Recurse(int n) { return n == 0 ? 0 : Recurse(n - 1); }
                public int Prop { get; set; }
                public int SetOnly { get; set; }
                public event System.EventHandler Happened;
              }
            }
            """;
        const string app = """
            static class App {
              static int Main() { ((Fw.ISeam)new Fw.Impl()).Do(); var t = new Fw.Thing(1); t.Write(2); t.SetOnly = 3; return t.Read() + t.Prop + Fw.Consts.Used; }
            }
            """;
        const string tool = """class Tool { object F() { return typeof(Fw.Consts).GetField("ByReflection"); } }""";
        string dir = Directory.CreateTempSubdirectory("cadencepod-gate-").FullName;
        try
        {
            string fw = Compile(dir, "Fw", firmware);
            string appFile = Compile(dir, "App", app, fw);
            string runtime = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
            var firmwareModule = Read(fw, runtime);
            var found = Analyse(new() { firmwareModule }, new() { firmwareModule, Read(appFile, runtime) },
                new SourceIndex(new[] { ("firmware/Fw.cs", firmware), ("tests/App.cs", app), ("tools/Tool/Tool.cs", tool) })).Select(f => f.Key).ToList();
            CollectionAssert.AreEquivalent(new[]
            {
                "Fw.Consts::Unused", "Fw.Thing::_writtenOnly", "Fw.Thing::Dead()", "Fw.Thing::Recurse(System.Int32)", "Fw.Thing::SetOnly", "Fw.Thing::Happened",
            }, found, string.Join(", ", found));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    static string Compile(string dir, string name, string source, params string[] references)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(name, new[] { CSharpSyntaxTree.ParseText(source) },
            platform.Concat(references.Select(r => MetadataReference.CreateFromFile(r))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        string path = Path.Combine(dir, name + ".dll");
        var result = compilation.Emit(path);
        Assert.IsTrue(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        return path;
    }

    /// <summary>Every member without a caller, keyed by the member (type::name, with parameter types for methods).</summary>
    public static List<Finding> Findings()
    {
        var projects = SolutionFiles.Projects();
        var firmwareProjects = projects.Where(p => p.IsNanoFramework && Firmware.Contains(p.AssemblyName)).ToList();
        Assert.AreEqual(Firmware.Length, firmwareProjects.Count, "CadencePod.sln lists the firmware projects");
        var callers = projects
            .Where(p => !p.Path.StartsWith("tests/CadencePod.Gates.Tests/", StringComparison.Ordinal))
            .Where(p => !(p.Folder.StartsWith("firmware/", StringComparison.Ordinal) && !p.IsNanoFramework))
            .ToList();

        var firmwareModules = firmwareProjects.Select(p => Read(SolutionFiles.BuiltAssembly(p))).ToList();
        var callerModules = callers.Select(p => SolutionFiles.BuiltAssembly(p))
            .Select(file => firmwareModules.FirstOrDefault(m => m.FileName == file) ?? ModuleDefinition.ReadModule(file)).ToList();
        var sources = SolutionFiles.CSharpSources().Select(f => (f, File.ReadAllText(Path.Combine(SolutionFiles.Root, f))));
        return Analyse(firmwareModules, callerModules, new SourceIndex(sources));
    }

    /// <summary>An assembly with its symbols (for file:line), resolving what it needs from its own folder.</summary>
    static ModuleDefinition Read(string file, params string[] moreFolders)
    {
        var resolver = new DefaultAssemblyResolver();
        foreach (var folder in moreFolders.Prepend(Path.GetDirectoryName(file)!)) resolver.AddSearchDirectory(folder);
        return ModuleDefinition.ReadModule(file, new ReaderParameters { AssemblyResolver = resolver, ReadSymbols = File.Exists(Path.ChangeExtension(file, ".pdb")) });
    }

    /// <summary>The gate's rule: the members of <paramref name="firmwareModules"/> that nothing in <paramref name="callerModules"/> or the sources refers to.</summary>
    static List<Finding> Analyse(List<ModuleDefinition> firmwareModules, List<ModuleDefinition> callerModules, SourceIndex sources)
    {
        var firmwareNames = new HashSet<string>(firmwareModules.Select(m => m.Assembly.Name.Name));
        var references = new References();
        foreach (var module in callerModules) references.Collect(module);

        var groups = new UnionFind();
        var externallyUsed = new HashSet<string>();
        var members = new List<(string Key, string Kind, IMemberDefinition Member, Func<bool> Used)>();
        var constants = new List<(string Key, FieldDefinition Field)>();
        foreach (var module in firmwareModules)
        {
            foreach (var type in module.GetTypes().Where(IsChecked))
            {
                foreach (var m in type.Methods)
                {
                    LinkOverrides(m, firmwareNames, groups, externallyUsed);
                    if (m.IsGetter || m.IsSetter || m.IsAddOn || m.IsRemoveOn || m.IsConstructor && (m.IsStatic || !m.HasParameters)) continue;
                    if (IsGenerated(m) || m == module.EntryPoint) continue;
                    string key = Key(m);
                    members.Add((key, m.IsConstructor ? "constructor" : "method", m, () => Used(key)));
                }

                foreach (var pr in type.Properties)
                {
                    var accessor = pr.GetMethod ?? pr.SetMethod;
                    if (accessor == null || IsGenerated(pr)) continue;
                    string key = Key(accessor);
                    members.Add((TypeKey(type) + "::" + pr.Name, "property", pr, () => Used(key)));
                }

                foreach (var ev in type.Events)
                {
                    if (ev.AddMethod == null) continue;
                    string key = Key(ev.AddMethod);
                    members.Add((TypeKey(type) + "::" + ev.Name, "event", ev, () => Used(key)));
                }

                foreach (var f in type.Fields)
                {
                    if (IsGenerated(f) || type.Events.Any(e => e.Name == f.Name)) continue;
                    string key = TypeKey(type) + "::" + f.Name;
                    if (f.HasConstant) constants.Add((key, f));
                    else members.Add((key, references.Written.Contains(key) ? "field, written but never read" : "field", f, () => references.Read.Contains(key)));
                }
            }
        }

        bool Used(string key) => groups.Members(key).Any(k => references.Called.Contains(k) || externallyUsed.Contains(k));

        var findings = new List<Finding>();
        foreach (var (key, kind, member, used) in members)
            if (!used()) findings.Add(new Finding(key, $"{key} ({kind}, {sources.Where(member) ?? Where(member)}): nothing in the solution refers to it"));
        foreach (var (key, field) in constants)
            if (!sources.ConstantUsed(field.DeclaringType.Name, field.Name))
                findings.Add(new Finding(key, $"{key} (const, {sources.Where(field) ?? Where(field)}): nothing in the solution names it"));
        return findings;
    }

    static bool IsChecked(TypeDefinition t) =>
        t.Name != "<Module>" && !IsGenerated(t) && !t.IsEnum && t.BaseType?.FullName != "System.MulticastDelegate" &&
        (t.DeclaringType == null || IsChecked(t.DeclaringType));

    static bool IsGenerated(IMemberDefinition m) =>
        m.Name.Contains('<') || m.CustomAttributes.Any(a => a.AttributeType.Name == "CompilerGeneratedAttribute");

    public static string TypeKey(TypeReference t) => (t is GenericInstanceType g ? g.ElementType : t).FullName;

    public static string Key(MethodReference m) =>
        $"{TypeKey(m.DeclaringType)}::{m.Name}({string.Join(",", m.Parameters.Select(p => p.ParameterType.FullName))})";

    /// <summary>Joins a firmware method with the interface members it implements and the base method it overrides.</summary>
    static void LinkOverrides(MethodDefinition m, HashSet<string> firmware, UnionFind groups, HashSet<string> externallyUsed)
    {
        if (!m.IsVirtual) return;
        string key = Key(m);
        void Link(MethodReference other)
        {
            if (firmware.Contains(other.DeclaringType.Scope is ModuleDefinition md ? md.Assembly.Name.Name : other.DeclaringType.Scope.Name)) groups.Union(key, Key(other));
            else externallyUsed.Add(key);
        }

        foreach (var o in m.Overrides) Link(o);
        foreach (var iface in AllInterfaces(m.DeclaringType))
            foreach (var im in iface.Methods.Where(im => im.Name == m.Name && SameParameters(im, m)))
                Link(im);
        if (!m.IsNewSlot)
        {
            for (var b = m.DeclaringType.BaseType?.Resolve(); b != null; b = b.BaseType?.Resolve())
            {
                var bm = b.Methods.FirstOrDefault(x => x.IsVirtual && x.Name == m.Name && SameParameters(x, m));
                if (bm == null) continue;
                Link(bm);
                break;
            }
        }
    }

    static IEnumerable<TypeDefinition> AllInterfaces(TypeDefinition? t)
    {
        for (; t != null; t = t.BaseType?.Resolve())
            foreach (var i in t.Interfaces)
            {
                var d = i.InterfaceType.Resolve();
                if (d == null) continue;
                yield return d;
                foreach (var inner in AllInterfaces(d)) yield return inner;
            }
    }

    static bool SameParameters(MethodReference a, MethodReference b) =>
        a.Parameters.Count == b.Parameters.Count && a.Parameters.Zip(b.Parameters).All(p => p.First.ParameterType.FullName == p.Second.ParameterType.FullName);

    /// <summary>Where the compiled member's code starts (the build's PDB), when the source index does not know it.</summary>
    static string Where(IMemberDefinition m)
    {
        var method = m as MethodDefinition ?? (m as PropertyDefinition)?.GetMethod ?? (m as PropertyDefinition)?.SetMethod ?? (m as EventDefinition)?.AddMethod;
        var point = method?.DebugInformation?.SequencePoints.FirstOrDefault(p => !p.IsHidden);
        return point == null ? m.DeclaringType.FullName : $"{Relative(point.Document.Url)}:{point.StartLine}";
    }

    static string Relative(string path) => Path.GetRelativePath(SolutionFiles.Root, path).Replace('\\', '/');

    /// <summary>What the solution's IL refers to.</summary>
    sealed class References
    {
        public readonly HashSet<string> Called = new(StringComparer.Ordinal);
        public readonly HashSet<string> Read = new(StringComparer.Ordinal);
        public readonly HashSet<string> Written = new(StringComparer.Ordinal);

        public void Collect(ModuleDefinition module)
        {
            foreach (var type in module.GetTypes())
                foreach (var method in type.Methods.Where(m => m.HasBody))
                {
                    string self = Key(method);
                    foreach (var i in method.Body.Instructions)
                    {
                        if (i.Operand is MethodReference mr)
                        {
                            string k = Key(mr);
                            if (k != self) Called.Add(k);
                        }
                        else if (i.Operand is FieldReference fr)
                        {
                            string k = TypeKey(fr.DeclaringType) + "::" + fr.Name;
                            if (i.OpCode.Code is Code.Stfld or Code.Stsfld) Written.Add(k);
                            else Read.Add(k);
                        }
                    }
                }
        }
    }

    sealed class UnionFind
    {
        readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

        string Find(string k)
        {
            if (!_parent.TryGetValue(k, out var p)) return k;
            return p == k ? k : _parent[k] = Find(p);
        }

        public void Union(string a, string b)
        {
            string ra = Find(a), rb = Find(b);
            if (ra == rb) return;
            _parent[ra] = rb;
            _parent.TryAdd(rb, rb);
        }

        public IEnumerable<string> Members(string key)
        {
            string root = Find(key);
            yield return key;
            foreach (var k in _parent.Keys)
                if (k != key && Find(k) == root) yield return k;
        }
    }

    /// <summary>The solution's C# sources as syntax: where firmware members are declared, and which constants are named.</summary>
    sealed class SourceIndex
    {
        readonly Dictionary<string, List<(string TypeName, string File)>> _named = new(StringComparer.Ordinal);
        readonly Dictionary<string, string> _declared = new(StringComparer.Ordinal);
        readonly Dictionary<string, HashSet<string>> _typesInFile = new(StringComparer.Ordinal);
        readonly Dictionary<string, HashSet<string>> _stringsInTool = new(StringComparer.Ordinal);
        readonly Dictionary<string, HashSet<string>> _typeofInTool = new(StringComparer.Ordinal);

        public SourceIndex(IEnumerable<(string File, string Text)> files)
        {
            foreach (var (file, text) in files)
            {
                var root = CSharpSyntaxTree.ParseText(text, path: file).GetRoot();
                var types = _typesInFile[file] = new HashSet<string>(StringComparer.Ordinal);
                foreach (var t in root.DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
                {
                    types.Add(t.Identifier.Text);
                    string typeName = FullName(t);
                    foreach (var member in t.ChildNodes().OfType<MemberDeclarationSyntax>())
                        foreach (var name in Names(member))
                            _declared.TryAdd(typeName + "::" + name, $"{file}:{member.GetLocation().GetLineSpan().StartLinePosition.Line + 1}");
                }

                foreach (var u in root.DescendantNodes().OfType<UsingDirectiveSyntax>().Where(u => u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && u.Name != null))
                    types.Add(u.Name!.ToString().Split('.').Last());

                foreach (var id in root.DescendantNodes().OfType<IdentifierNameSyntax>())
                {
                    string qualifier = id.Parent is MemberAccessExpressionSyntax ma && ma.Name == id ? Rightmost(ma.Expression)
                        : id.Parent is QualifiedNameSyntax qn && qn.Right == id ? Rightmost(qn.Left) : "";
                    if (!_named.TryGetValue(id.Identifier.Text, out var list)) _named[id.Identifier.Text] = list = new();
                    list.Add((qualifier, file));
                }

                if (file.StartsWith("tools/", StringComparison.Ordinal))
                {
                    string tool = string.Join('/', file.Split('/').Take(2));
                    if (!_stringsInTool.TryGetValue(tool, out var strings)) _stringsInTool[tool] = strings = new(StringComparer.Ordinal);
                    if (!_typeofInTool.TryGetValue(tool, out var typeofs)) _typeofInTool[tool] = typeofs = new(StringComparer.Ordinal);
                    foreach (var s in root.DescendantTokens().Where(t => t.IsKind(SyntaxKind.StringLiteralToken))) strings.Add(s.ValueText);
                    foreach (var t in root.DescendantNodes().OfType<TypeOfExpressionSyntax>()) typeofs.Add(Rightmost(t.Type));
                }
            }
        }

        static IEnumerable<string> Names(MemberDeclarationSyntax m) => m switch
        {
            BaseFieldDeclarationSyntax f => f.Declaration.Variables.Select(v => v.Identifier.Text),
            MethodDeclarationSyntax md => new[] { md.Identifier.Text },
            PropertyDeclarationSyntax p => new[] { p.Identifier.Text },
            EventDeclarationSyntax e => new[] { e.Identifier.Text },
            ConstructorDeclarationSyntax => new[] { ".ctor" },
            _ => Array.Empty<string>(),
        };

        static string FullName(BaseTypeDeclarationSyntax t)
        {
            var parts = new List<string> { t.Identifier.Text };
            for (var p = t.Parent; p != null; p = p.Parent)
            {
                if (p is BaseTypeDeclarationSyntax outer) parts.Insert(0, outer.Identifier.Text + "/");
                else if (p is BaseNamespaceDeclarationSyntax ns) parts.Insert(0, ns.Name + ".");
            }

            return string.Concat(parts).Replace("/.", "/");
        }

        static string Rightmost(ExpressionSyntax e) => e switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
            QualifiedNameSyntax q => q.Right.Identifier.Text,
            SimpleNameSyntax s => s.Identifier.Text,
            AliasQualifiedNameSyntax a => a.Name.Identifier.Text,
            _ => "",
        };

        public string? Where(IMemberDefinition m)
        {
            string name = m is MethodDefinition { IsConstructor: true } ? ".ctor" : m.Name;
            return _declared.TryGetValue(m.DeclaringType.FullName + "::" + name, out var w) ? w : null;
        }

        public bool ConstantUsed(string typeName, string name)
        {
            if (_named.TryGetValue(name, out var uses))
                foreach (var (qualifier, file) in uses)
                    if (qualifier == typeName || qualifier.Length == 0 && _typesInFile[file].Contains(typeName)) return true;
            foreach (var (tool, typeofs) in _typeofInTool)
                if (typeofs.Contains(typeName) && _stringsInTool[tool].Contains(name)) return true;
            return false;
        }
    }
}
