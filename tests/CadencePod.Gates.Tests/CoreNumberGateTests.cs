using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.Gates.Tests;

/// <summary>
/// Every number in Core lives in Tunables.cs. The gate reads every C# file under firmware/CadencePod.Core/src but
/// Tunables.cs with Roslyn and reports each numeric literal (file:line, the literal, why it is not allowed) that is none
/// of these (docs/building.md, "The code gates", says the same):
/// 1. **0, 1 or −1**, in any type (0u, 1f, -1L, 0.0 …).
/// 2. **A unit conversion**, as an operand of `*`, `/`, `%`, `*=` or `/=`: a power of ten (10, 100, 1000, 10 000 …, and
///    0.1, 0.01 … — tenths, percent, milli, micro, decimal places), 60, 3600, 60 000, 3 600 000, 60 000 000,
///    3 600 000 000 (seconds, milliseconds and microseconds per minute and per hour), 1024 (bytes per KiB), and 2 and
///    its inverse 0.5 (halves and doubles — the mean of two values, the vertex of a parabola; steps per stride). The same
///    values anywhere else — an argument, a comparison, a sum — are not conversions.
/// 3. **Bit fiddling**: a shift count that is a whole number of bytes (8, 16, 24, 32, 40, 48, 56); an all-ones mask
///    (2^k − 1 from 3 up: 0x7F, 0xFF, 0xFFFF, 0xFFFFFFFF …) as an operand of `&`, `|`, `^`, `&=`, `|=`; and byte k
///    (2 … 7) of a multi-byte integer, `buffer[at + k]`, in a statement that shifts by 8·k. Any other bit pattern names
///    its bit.
/// 4. **A named value**, the initializer of
///    * a `const` named as a conversion, `…Per…` (Time.UsPerSecond, StepsPerStride), whose value is one of rule 2's
///      conversions, 2 included: the name says what is converted, so the number needs no other home;
///    * a `const` whose value is a mathematical constant, π or ln 2 (to float precision): the device has no System.Math;
///    * a `const` declared in a layout table — a type whose name ends in `Layout`, `Registers`, `Bits` or `Codes` (a
///      record's byte offsets and sizes, a chip's register map and its bits, a standard's numbered codes for one field
///      that cross an int-typed API, such as the ATT error codes): facts of a fixed format, not choices;
///    * an enum member (the values a field or wire format holds).
///    Elsewhere a `const` is a tunable and belongs in Tunables.cs.
/// 5. **Rounding to the nearest whole number**: 0.5 added in a sum that is cast to an integer type, `(int)(x + 0.5f)`,
///    or, to round half away from zero, a `?:` in that place choosing 0.5 or −0.5, `(int)(x + (x >= 0f ? 0.5f : -0.5f))`.
///    Nowhere else: 0.5 as a bound or a threshold is a tunable.
/// Character and string literals are not numbers.
/// </summary>
[TestClass]
public class CoreNumberGateTests
{
    const string CoreSources = "firmware/CadencePod.Core/src";

    static readonly HashSet<double> Conversions = new() { 2, 0.5, 60, 3600, 60_000, 3_600_000, 60_000_000, 3_600_000_000, 1024 };
    static readonly HashSet<double> ByteShifts = new() { 8, 16, 24, 32, 40, 48, 56 };

    [TestMethod]
    public void NoNumberInCoreOutsideTunables()
    {
        GateReport.AssertNone("numbers in Core outside Tunables.cs", Findings(), Array.Empty<string>());
    }

    [TestMethod]
    public void TheRuleAllowsWhatItSaysAndNothingElse()
    {
        var found = Check("t.cs", """
            class C {
              int a = 0, b = 1, c = -1; float d = 0f; long e = -1L;
              int F(int us) { return us / 1000 + us * 60 % 3600; }
              int G(int x) { return (x >> 8) & 0xFF | (x << 24) ^ 0x7FFF; }
              int H(int x) { return x + 1000; }
              int I(int x) { return x * 7; }
              int J(int x) { return x & 0x40; }
              int K(int x) { return x >> 3; }
              const int L = 42;
              static class FrameLayout { public const int Crc = 12; }
              int P(int x) { return x * 10000 / 2 + x * 3; }
              const long UsPerHour = 3600000000L; const int Two = 2;
              void Q(byte[] b, int at, uint v) { b[at + 3] = (byte)(v >> 24); b[at + 2] = (byte)v; }
              enum E { A = 5 }
              void M() { F(100); F(60); }
              string N = "123"; char O = '7';
              const int WaitMs = 100; const int StepsPerStride = 2; const int PerMinute = 60;
              const float Pi = 3.14159265f, Ln2 = 0.6931472f, E2 = 2.7182817f;
              int R(float x) { return (int)(x + 0.5f) + (int)(x * 10f + (x >= 0f ? 0.5f : -0.5f)) + (byte)(0.5 + x); }
              float S(float x) { return 0.5f * x + x / 0.5f; }
              float T(float x) { return x + 0.5f; }
              bool U(float x) { return x > 0.5f || (float)(x + 0.5f) > 0f; }
              static class AttErrorCodes { public const int OutOfRange = 0xFF; }
              int V(float x) { return (int)(x + 0.25f) + (int)(x - 0.5f); }
            }
            """).Select(f => f.Key).ToList();
        CollectionAssert.AreEquivalent(new[] { "t.cs:5: 1000", "t.cs:6: 7", "t.cs:7: 0x40", "t.cs:8: 3", "t.cs:9: 42", "t.cs:11: 3", "t.cs:12: 2", "t.cs:13: 2", "t.cs:15: 100", "t.cs:15: 60",
            "t.cs:17: 100", "t.cs:17: 60", "t.cs:18: 2.7182817f", "t.cs:21: 0.5f", "t.cs:22: 0.5f", "t.cs:24: 0.25f", "t.cs:24: 0.5f" }, found);
    }

    static List<Finding> Findings()
    {
        var findings = new List<Finding>();
        string dir = Path.Combine(SolutionFiles.Root, CoreSources);
        foreach (var path in Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            string file = Path.GetRelativePath(SolutionFiles.Root, path).Replace('\\', '/');
            if (file == CoreSources + "/Tunables.cs") continue;
            foreach (var f in Check(file, File.ReadAllText(path))) findings.Add(new Finding(file, f.Value));
        }

        Assert.IsTrue(Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).Length > 10, "Core's sources are where the gate looks");
        return findings;
    }

    /// <summary>The numbers the rule does not allow in one file: "file:line: literal" → the line to print.</summary>
    static Dictionary<string, string> Check(string file, string source)
    {
        var findings = new Dictionary<string, string>(StringComparer.Ordinal);
        var root = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, preprocessorSymbols: new[] { "NANOFRAMEWORK_1_0" })).GetRoot();
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.NumericLiteralExpression)))
        {
            string? why = Why(literal);
            if (why == null) continue;
            int line = literal.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            string key = $"{file}:{line}: {literal.Token.Text}";
            findings.TryAdd(key, $"{key} — {why}");
        }

        return findings;
    }

    /// <summary>Null when the rule allows the literal; otherwise why not.</summary>
    static string? Why(LiteralExpressionSyntax literal)
    {
        double value = Convert.ToDouble(literal.Token.Value);
        SyntaxNode node = literal;
        bool negative = false;
        if (node.Parent is PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus)
        {
            negative = true;
            node = minus;
        }

        if (value == 0 || value == 1) return null;
        if (IsNamedFormatValue(node) || IsConstInitializer(node) && (IsConversion(value) && IsNamedAsConversion(node) || IsMathConstant(value))) return null;
        if (value == 0.5 && RoundsToNearest(node)) return null;
        var parent = node.Parent is ParenthesizedExpressionSyntax p ? p.Parent : node.Parent;
        if (!negative && IsConversion(value) && parent is BinaryExpressionSyntax or AssignmentExpressionSyntax && IsAny(parent!, SyntaxKind.MultiplyExpression, SyntaxKind.DivideExpression, SyntaxKind.ModuloExpression, SyntaxKind.MultiplyAssignmentExpression, SyntaxKind.DivideAssignmentExpression))
            return null;
        if (!negative && ByteShifts.Contains(value) && parent is BinaryExpressionSyntax shift && shift.Right == node && IsAny(shift, SyntaxKind.LeftShiftExpression, SyntaxKind.RightShiftExpression, SyntaxKind.UnsignedRightShiftExpression))
            return null;
        if (!negative && IsAllOnes(literal.Token.Value) && parent != null && IsAny(parent, SyntaxKind.BitwiseAndExpression, SyntaxKind.BitwiseOrExpression, SyntaxKind.ExclusiveOrExpression, SyntaxKind.AndAssignmentExpression, SyntaxKind.OrAssignmentExpression))
            return null;
        if (!negative && value is >= 2 and <= 7 && parent is BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } sum && sum.Right == node &&
            sum.Parent is ArgumentSyntax { Parent: BracketedArgumentListSyntax } && ShiftsBy(sum, 8 * value))
            return null;
        if (IsConstInitializer(node))
            return "a named constant outside Tunables.cs: not a conversion named …Per…, not π or ln 2, not in a layout table (a type named …Layout, …Registers, …Bits or …Codes)";
        return IsConversion(value) ? "a conversion factor where no conversion (*, /, %) happens" : "not 0, 1, −1 or a unit conversion";
    }

    static readonly string[] LayoutSuffixes = { "Layout", "Registers", "Bits", "Codes" };
    static readonly Regex ConversionName = new("[a-z0-9]Per[A-Z]", RegexOptions.CultureInvariant);
    static readonly SyntaxKind[] IntegerTypes =
    {
        SyntaxKind.IntKeyword, SyntaxKind.UIntKeyword, SyntaxKind.LongKeyword, SyntaxKind.ULongKeyword,
        SyntaxKind.ShortKeyword, SyntaxKind.UShortKeyword, SyntaxKind.ByteKeyword, SyntaxKind.SByteKeyword,
    };

    static bool IsConstInitializer(SyntaxNode node) =>
        node.Ancestors().OfType<VariableDeclaratorSyntax>().FirstOrDefault()?.Parent?.Parent is FieldDeclarationSyntax field && field.Modifiers.Any(SyntaxKind.ConstKeyword);

    /// <summary>The const <paramref name="node"/> initializes is named as a conversion: …Per… (UsPerSecond, StepsPerStride).</summary>
    static bool IsNamedAsConversion(SyntaxNode node) =>
        ConversionName.IsMatch(node.Ancestors().OfType<VariableDeclaratorSyntax>().First().Identifier.Text);

    /// <summary>π or ln 2, to float precision.</summary>
    static bool IsMathConstant(double value) =>
        Math.Abs(value - Math.PI) < 1e-6 || Math.Abs(value - Math.Log(2)) < 1e-6;

    /// <summary>
    /// <paramref name="node"/> (0.5 or −0.5) is added in a sum that is cast to an integer type — directly, or as a branch of
    /// a <c>?:</c> that is added there: rounding to the nearest whole number.
    /// </summary>
    static bool RoundsToNearest(SyntaxNode node)
    {
        SyntaxNode term = Unparenthesized(node);
        if (term.Parent is ConditionalExpressionSyntax choice && (choice.WhenTrue == term || choice.WhenFalse == term)) term = Unparenthesized(choice);
        if (term.Parent is not BinaryExpressionSyntax sum || !sum.IsKind(SyntaxKind.AddExpression)) return false;
        SyntaxNode whole = sum;
        while (whole.Parent is BinaryExpressionSyntax outer && IsAny(outer, SyntaxKind.AddExpression, SyntaxKind.SubtractExpression)) whole = outer;
        return Unparenthesized(whole).Parent is CastExpressionSyntax { Type: PredefinedTypeSyntax type } && IntegerTypes.Any(k => type.Keyword.IsKind(k));
    }

    /// <summary><paramref name="node"/>, or the outermost parentheses around it.</summary>
    static SyntaxNode Unparenthesized(SyntaxNode node)
    {
        while (node.Parent is ParenthesizedExpressionSyntax p) node = p;
        return node;
    }

    /// <summary>The statement holding <paramref name="node"/> shifts by <paramref name="bits"/>.</summary>
    static bool ShiftsBy(SyntaxNode node, double bits)
    {
        var statement = node.AncestorsAndSelf().FirstOrDefault(a => a is StatementSyntax) ?? node;
        return statement.DescendantNodes().OfType<BinaryExpressionSyntax>().Any(b =>
            IsAny(b, SyntaxKind.LeftShiftExpression, SyntaxKind.RightShiftExpression, SyntaxKind.UnsignedRightShiftExpression) &&
            b.Right is LiteralExpressionSyntax l && Convert.ToDouble(l.Token.Value) == bits);
    }

    /// <summary>A const of a layout table (a type named …Layout, …Registers, …Bits or …Codes), or an enum member.</summary>
    static bool IsNamedFormatValue(SyntaxNode node)
    {
        if (node.Ancestors().OfType<EnumMemberDeclarationSyntax>().Any()) return true;
        var declarator = node.Ancestors().OfType<VariableDeclaratorSyntax>().FirstOrDefault();
        if (declarator?.Parent?.Parent is not FieldDeclarationSyntax field || !field.Modifiers.Any(SyntaxKind.ConstKeyword)) return false;
        return field.Parent is TypeDeclarationSyntax t && LayoutSuffixes.Any(suffix => t.Identifier.Text.EndsWith(suffix, StringComparison.Ordinal));
    }

    /// <summary>A unit conversion factor: a power of ten (or its inverse) or one of <see cref="Conversions"/>.</summary>
    static bool IsConversion(double value)
    {
        if (Conversions.Contains(value)) return true;
        double exponent = Math.Log10(value);
        return Math.Abs(exponent) >= 1 && Math.Abs(exponent - Math.Round(exponent)) < 1e-9;
    }

    static bool IsAllOnes(object? value)
    {
        ulong v;
        try { v = Convert.ToUInt64(value); }
        catch (Exception e) when (e is OverflowException or InvalidCastException or FormatException) { return false; }
        return v >= 3 && (v & (v + 1)) == 0;
    }

    static bool IsAny(SyntaxNode n, params SyntaxKind[] kinds) => kinds.Any(k => n.IsKind(k));
}
