using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace CadencePod.NanoBuild;

/// <summary>
/// Walks every type, member, signature, local and IL operand of a firmware assembly and reports what
/// nanoFramework 1.x cannot run (docs/nanoframework.md): generic definitions and instantiations
/// (the interpreter crashes on them, mscorlib's Action&lt;T&gt;/Func&lt;&gt; included), multi-dimensional
/// arrays, default interface method bodies (they throw), references outside the allowed assemblies, and
/// — for Core namespaces only — clock, thread and hardware access (Core must stay pure).
/// </summary>
public sealed class SubsetChecker
{
    /// <summary>
    /// Host framework assemblies: a firmware assembly that references one was compiled against the wrong library.
    /// Which nanoFramework packages an assembly may use is the references check's job (packages.config pins them).
    /// </summary>
    public static readonly string[] HostAssemblies = { "netstandard", "System.Runtime", "System.Private.CoreLib", "System.Console", "System.Collections" };

    /// <summary>Types Core code may not touch: it gets time from the injected clock and owns no threads or hardware.</summary>
    static readonly string[] CoreForbiddenTypePrefixes =
    {
        "System.Threading.Thread", "System.Threading.Timer", "System.Diagnostics.Stopwatch",
        "System.Device.", "nanoFramework.Hardware.", "System.IO.File", "System.Environment",
    };

    static readonly string[] CoreForbiddenMembers = { "System.DateTime::get_UtcNow", "System.DateTime::get_Now", "System.DateTime::get_Today" };

    readonly List<string> _problems = new();
    readonly HashSet<string> _seen = new();

    public IReadOnlyList<string> Problems => _problems;

    public static bool IsCoreNamespace(string ns) =>
        ns.StartsWith("CadencePod.Core", System.StringComparison.Ordinal) && !ns.StartsWith("CadencePod.Core.Tests", System.StringComparison.Ordinal);

    public void Check(string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var reference in module.AssemblyReferences)
        {
            if (HostAssemblies.Contains(reference.Name) || reference.Name.StartsWith("Microsoft.", System.StringComparison.Ordinal))
                Report($"assembly reference '{reference.Name}' is a host framework assembly the device does not have (firmware compiles against nanoFramework's mscorlib and packages only)");
        }

        foreach (var type in module.GetTypes())
        {
            if (type.Name == "<Module>") continue;
            CheckType(type);
        }
    }

    void CheckType(TypeDefinition type)
    {
        string where = type.FullName;
        if (type.HasGenericParameters) Report($"generic type definition {where}");
        if (type.BaseType != null) CheckTypeRef(type.BaseType, where + " (base type)", type);
        foreach (var iface in type.Interfaces) CheckTypeRef(iface.InterfaceType, where + " (interface)", type);
        foreach (var field in type.Fields) CheckTypeRef(field.FieldType, $"{where}.{field.Name} (field)", type);
        foreach (var prop in type.Properties) CheckTypeRef(prop.PropertyType, $"{where}.{prop.Name} (property)", type);
        foreach (var ev in type.Events) CheckTypeRef(ev.EventType, $"{where}.{ev.Name} (event)", type);
        foreach (var method in type.Methods) CheckMethod(type, method);
    }

    void CheckMethod(TypeDefinition type, MethodDefinition method)
    {
        string where = $"{type.FullName}.{method.Name}";
        if (method.HasGenericParameters) Report($"generic method definition {where}");
        if (type.IsInterface && method.HasBody && !method.IsStatic)
            Report($"default interface method {where} (nanoFramework 1.x throws when it is called)");
        CheckTypeRef(method.ReturnType, where + " (return type)", type);
        foreach (var p in method.Parameters) CheckTypeRef(p.ParameterType, $"{where} (parameter {p.Name})", type);
        if (!method.HasBody) return;
        foreach (var local in method.Body.Variables) CheckTypeRef(local.VariableType, where + " (local variable)", type);
        foreach (var instruction in method.Body.Instructions)
        {
            switch (instruction.Operand)
            {
                case GenericInstanceMethod gim:
                    Report($"generic method instantiation {gim.FullName} used in {where}");
                    break;
                case MethodReference mr:
                    CheckTypeRef(mr.DeclaringType, $"{where} (calls {mr.DeclaringType.FullName}::{mr.Name})", type);
                    CheckCoreMember(type, mr.DeclaringType.FullName + "::" + mr.Name, where);
                    break;
                case FieldReference fr:
                    CheckTypeRef(fr.DeclaringType, $"{where} (uses field {fr.Name})", type);
                    break;
                case TypeReference tr:
                    CheckTypeRef(tr, where + " (IL operand)", type);
                    break;
            }
        }
    }

    void CheckCoreMember(TypeDefinition owner, string member, string where)
    {
        if (!IsCoreNamespace(TopNamespace(owner))) return;
        if (CoreForbiddenMembers.Contains(member))
            Report($"Core reads a clock: {member} in {where} (use the injected IClock)");
    }

    void CheckTypeRef(TypeReference tr, string where, TypeDefinition owner)
    {
        if (tr == null) return;
        switch (tr)
        {
            case GenericInstanceType git:
                Report($"generic type instantiation {git.FullName} in {where}");
                return;
            case ArrayType at:
                if (at.Rank > 1) Report($"multi-dimensional array {at.FullName} in {where}");
                CheckTypeRef(at.ElementType, where, owner);
                return;
            case ByReferenceType br:
                CheckTypeRef(br.ElementType, where, owner);
                return;
            case PointerType pt:
                CheckTypeRef(pt.ElementType, where, owner);
                return;
            case GenericParameter gp:
                Report($"generic parameter {gp.Name} in {where}");
                return;
        }

        if (IsCoreNamespace(TopNamespace(owner)))
        {
            string name = tr.FullName;
            foreach (var prefix in CoreForbiddenTypePrefixes)
            {
                if (name.StartsWith(prefix, System.StringComparison.Ordinal))
                    Report($"Core uses {name} in {where} (Core has no clock reads, threads or hardware; use a seam)");
            }
        }
    }

    static string TopNamespace(TypeDefinition type)
    {
        while (type.DeclaringType != null) type = type.DeclaringType;
        return type.Namespace ?? "";
    }

    void Report(string message)
    {
        if (_seen.Add(message)) _problems.Add(message);
    }
}
