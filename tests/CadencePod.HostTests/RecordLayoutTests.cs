using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// docs/records.md has one table per binary record; each row names the offset constant that encodes the field. The
/// constants are read from the compiled Core and must equal the documented offsets, so the document and the codecs
/// cannot drift apart.
/// </summary>
[TestClass]
public class RecordLayoutTests
{
    [TestMethod]
    public void EveryDocumentedOffsetIsTheCodesConstant()
    {
        string doc = File.ReadAllText(Path.Combine(Cli.RepoRoot, "docs", "records.md"));
        var core = typeof(CadencePod.Core.Tunables).Assembly;
        var rows = Regex.Matches(doc, @"^\| (\d+) \| [^|]+ \| [^|]+ \| [^|]* \| `(\w+)\.(\w+)` \|$", RegexOptions.Multiline);
        Assert.IsTrue(rows.Count >= 60, $"{rows.Count} rows with a code constant");
        foreach (Match row in rows)
        {
            int offset = int.Parse(row.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            string typeName = row.Groups[2].Value, constant = row.Groups[3].Value;
            var type = core.GetTypes().SingleOrDefault(t => t.Name == typeName);
            Assert.IsNotNull(type, $"docs/records.md names {typeName}, which Core does not have");
            var field = type.GetField(constant, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static);
            Assert.IsTrue(field is { IsLiteral: true }, $"{typeName}.{constant} is not a constant");
            Assert.AreEqual(offset, Convert.ToInt32(field!.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture), $"{typeName}.{constant}");
        }
    }
}
