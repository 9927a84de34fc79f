using System;
using System.Globalization;
using System.IO;

namespace CadencePod.Simulator.Commands;

/// <summary>A numeric option's accepted range; the help text and the error message both come from it.</summary>
public sealed record NumberRange(string Option, double Min, double Max, string Unit)
{
    public string Text => $"{Format(Min)} … {Format(Max)}{(Unit.Length > 0 ? " " + Unit : "")}";

    /// <summary>Throws a one-line <see cref="UsageException"/> naming the option when <paramref name="value"/> is outside (NaN included).</summary>
    public double Check(double value)
    {
        if (!(value >= Min && value <= Max)) throw new UsageException($"bad {Option} {Format(value)}: {Text}");
        return value;
    }

    public int Check(int value) => (int)Check((double)value);

    static string Format(double v) => double.IsNaN(v) ? "NaN" : v.ToString("0.###", CultureInfo.InvariantCulture);
}
