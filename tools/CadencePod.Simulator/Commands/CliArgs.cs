using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Storage;
using CadencePod.Simulator.Board;

namespace CadencePod.Simulator.Commands;

/// <summary>Parsing of the simulator's small languages: press scripts, targets, cue modes, durations.</summary>
public static partial class CliArgs
{
    /// <summary>How long a person holds the buttons for each scripted gesture (µs), a margin past Core's thresholds
    /// (Tunables): a short press well under the long press, a long press past its point and clear of auto-repeat, a hold
    /// into auto-repeat, both buttons past the lock.</summary>
    public const long ShortHoldUs = 200_000,
        LongHoldUs = Tunables.LongPressUs + 300_000,
        RepeatHoldUs = Tunables.RepeatStartUs + 1_000_000,
        LockHoldUs = Tunables.LockHoldUs + 400_000;

    /// <summary>"up@60s", "down-long@5m", "both@300s", "both-long@1m30s", "up-hold@90s", "mode@10s".</summary>
    public static ScriptedPress ParsePress(string text)
    {
        var m = PressRegex().Match(text.Trim().ToLowerInvariant());
        if (!m.Success) throw new UsageException($"bad press '{text}': expected BUTTON[-long|-hold]@TIME, e.g. up@60s, both-long@300s");
        int mask = m.Groups["button"].Value switch
        {
            "up" => 1,
            "down" => 2,
            "both" => 3,
            "mode" => 4,
            var other => throw new UsageException($"bad press '{text}': unknown button '{other}' (up, down, both, mode)"),
        };
        string kind = m.Groups["kind"].Value;
        long hold = kind switch
        {
            "" => ShortHoldUs,
            "long" => mask == 3 ? LockHoldUs : LongHoldUs,
            "hold" => RepeatHoldUs,
            _ => throw new UsageException($"bad press '{text}': unknown press kind '{kind}' (long, hold)"),
        };
        return new ScriptedPress(mask, ParseDurationUs(m.Groups["time"].Value, text), hold, text);
    }

    [GeneratedRegex(@"^(?<button>[a-z]+)(-(?<kind>[a-z]+))?@(?<time>.+)$")]
    private static partial Regex PressRegex();

    /// <summary>"90", "90s", "1.5m", "1m30s" → µs.</summary>
    public static long ParseDurationUs(string text, string context)
    {
        var m = Regex.Match(text.Trim(), @"^(?:(?<m>\d+(?:\.\d+)?)m)?(?:(?<s>\d+(?:\.\d+)?)s?)?$");
        if (!m.Success || (m.Groups["m"].Value == "" && m.Groups["s"].Value == ""))
            throw new UsageException($"bad time '{text}' in '{context}': expected seconds or minutes, e.g. 90s, 1.5m, 1m30s");
        double seconds = 0;
        if (m.Groups["m"].Value != "") seconds += 60 * double.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["s"].Value != "") seconds += double.Parse(m.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (!(seconds <= Ranges.MaxPressS)) throw new UsageException($"bad time '{text}' in '{context}': at most {Ranges.MaxPressS:0} s");
        return (long)(seconds * 1e6);
    }

    /// <summary>"170" = absolute 170 spm; "+7.5%" = baseline + 7.5 %. Applies to the settings; out-of-range is an error.</summary>
    public static Action<PodSettings> ParseTarget(string text)
    {
        text = text.Trim();
        if (text.EndsWith('%'))
        {
            var r = Ranges.TargetPercent;
            if (!double.TryParse(text.TrimEnd('%').TrimStart('+'), NumberStyles.Float, CultureInfo.InvariantCulture, out double pct) || !(pct >= r.Min && pct <= r.Max))
                throw new UsageException($"bad --target '{text}': a relative target is +{r.Min:0.#}% … +{r.Max:0.#}% ({Ranges.TargetPercentStep:0.#} % steps)");
            if (Math.Abs(pct / Ranges.TargetPercentStep - Math.Round(pct / Ranges.TargetPercentStep)) > 1e-9)
                throw new UsageException($"bad --target '{text}': a relative target moves in {Ranges.TargetPercentStep:0.#} % steps (e.g. +7.5%)");
            int tenths = (int)Math.Round(pct * 10);
            return s => { s.TargetMode = TargetMode.Relative; s.PercentTenths = tenths; };
        }

        var a = Ranges.TargetAbsoluteSpm;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int spm) || spm < a.Min || spm > a.Max)
            throw new UsageException($"bad --target '{text}': an absolute target is {a.Min} … {a.Max} spm, a relative one +{Ranges.TargetPercent.Min:0.#}% … +{Ranges.TargetPercent.Max:0.#}%");
        return s => { s.TargetMode = TargetMode.Absolute; s.AbsoluteSpm = spm; };
    }

    public static CueMode ParseMode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "every-step" => CueMode.EveryStep,
        "every-second-step" => CueMode.EverySecondStep,
        "off-target" => CueMode.OffTargetOnly,
        "faded" => CueMode.Faded,
        "probe" => CueMode.SilentProbe,
        _ => throw new UsageException($"bad --mode '{text}': every-step, every-second-step, off-target, faded or probe"),
    };

    /// <summary>"--baseline 160": a baseline set by hand.</summary>
    public static void CheckBaseline(int spm) => Ranges.BaselineSpm.Check(spm);

    /// <summary>"--units g" (the trace format) or "--units m/s2" (converted on reading).</summary>
    public static CadencePod.Traces.AccelUnit ParseUnits(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "g" => CadencePod.Traces.AccelUnit.G,
        "m/s2" or "m/s²" or "ms2" or "mps2" => CadencePod.Traces.AccelUnit.MetresPerSecondSquared,
        _ => throw new UsageException($"bad --units '{text}': g or m/s2"),
    };
}
