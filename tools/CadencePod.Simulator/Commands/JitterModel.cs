using System;
using System.Collections.Generic;
using System.Linq;
using CadencePod.Core;

namespace CadencePod.Simulator.Commands;

/// <summary>
/// A timing model of the device loop (docs/building.md, "Beat timing"): the 10 ms FreeRTOS tick, the 20 ms thread
/// quantum, the interpreter's speed (IL instructions per sample × µs per instruction), the FIFO burst read, and the
/// loop's design. It replays a run's beat schedule and work and reports how far each beep onset lands from its time.
/// Two designs: "spin" (the firmware's: sleep until Tunables.SpinLeadUs before an edge, then spin on the µs clock, slow
/// work only when no edge is within Tunables.EdgeGuardUs) and "sleep" (a naïve Thread.Sleep-to-the-beat metronome, for
/// comparison). The loop's own timing comes from Core's Tunables; the platform's from docs/device-limits.md.
/// </summary>
public static class JitterModel
{
    /// <summary>The FreeRTOS tick Thread.Sleep moves in on the ESP32 (docs/device-limits.md).</summary>
    const double SchedulerTickUs = 10_000;

    /// <summary>µs per IL instruction: docs/device-limits.md's planning figure for nanoFramework on an ESP32, not measured on a pod.</summary>
    public const double PlanningUsPerIl = 1.5;

    /// <summary>The loop's own work around a batch and around starting a tone (µs): a planning figure, not measured.</summary>
    const double OverheadUs = 300;
    public sealed record Options(double UsPerIl, double IlPerSample, double IlPerSampleMax, int SampleRateHz, double FifoReadUs,
        double SpinIterationUs, double GcPauseUs, double GcEverySeconds, string Design, int Seed, double Minutes, int TempoSpm);

    /// <summary>0.1–0.3 ms for the PWM start call (planning numbers until measured on a pod).</summary>
    static double PwmCallUs(Random rng) => 100 + 200 * rng.NextDouble();

    public sealed record Result(int Beats, double MeanUs, double P99Us, double MaxUs, double MeanAbsUs, int Late5ms);

    public static Result Run(Options o)
    {
        var rng = new Random(o.Seed);
        const double tickUs = SchedulerTickUs, serviceUs = Tunables.ServiceIntervalUs, spinLeadUs = Tunables.SpinLeadUs, guardUs = Tunables.EdgeGuardUs;
        if (!(o.TempoSpm > 0)) throw new UsageException($"bad --tempo {o.TempoSpm}: a tempo is above 0");
        double periodUs = 60e6 / o.TempoSpm;
        double endUs = o.Minutes * 60e6;
        var errors = new List<double>();
        double nextService = 0, nextGc = o.GcEverySeconds * 1e6;
        double cpuFreeAt = 0; // the single managed thread is busy until this time

        // Time a batch of work takes: samples per batch × IL per sample × µs per IL (p99 tail occasionally) + I²C burst.
        double BatchUs()
        {
            int samples = (int)(serviceUs / 1e6 * o.SampleRateHz);
            double il = 0;
            for (int i = 0; i < samples; i++) il += rng.NextDouble() < 0.02 ? o.IlPerSampleMax : o.IlPerSample;
            return il * o.UsPerIl + o.FifoReadUs + OverheadUs;
        }

        // Thread.Sleep(ms): wakes on a 10 ms tick boundary at or after the request, plus 0–10 ms idle-poll latency.
        double SleepUntil(double now, double wantUs)
        {
            double ticks = Math.Ceiling(wantUs / tickUs) * tickUs;
            return Math.Max(now, ticks) + rng.NextDouble() * tickUs;
        }

        for (double beat = periodUs; beat < endUs; beat += periodUs)
        {
            double now = cpuFreeAt;
            // Slow work due before this beat.
            while (nextService < beat)
            {
                double start = Math.Max(now, nextService);
                if (o.Design == "spin" && beat - start < guardUs) break; // postponed until after the beat
                now = start + BatchUs();
                if (now > nextGc && o.Design == "sleep")
                {
                    now += o.GcPauseUs; // a GC whenever the heap fills: may land anywhere
                    nextGc += o.GcEverySeconds * 1e6;
                }

                nextService += serviceUs;
            }

            double onset;
            if (o.Design == "spin")
            {
                double wake = beat - spinLeadUs > now ? SleepUntil(now, beat - spinLeadUs) : now;
                // Spin: each check of the clock costs one iteration; the tone starts at the first check past the edge.
                onset = Math.Max(wake, beat);
                if (wake <= beat) onset = beat + rng.NextDouble() * o.SpinIterationUs;
                onset += PwmCallUs(rng); // PwmChannel.Start: a lock-protected native call (docs/device-limits.md)
                if (o.GcPauseUs > 0 && onset > nextGc)
                {
                    nextGc += o.GcEverySeconds * 1e6; // the firmware forces its GC right after a beat, clear of the next edge
                }
            }
            else
            {
                onset = SleepUntil(now, beat) + PwmCallUs(rng);
            }

            errors.Add(onset - beat);
            cpuFreeAt = onset + OverheadUs; // starting the tone and queueing the stop
        }

        if (errors.Count == 0) throw new UsageException($"no beat in {o.Minutes} minutes at {o.TempoSpm} bpm");
        var abs = errors.Select(Math.Abs).OrderBy(e => e).ToArray();
        return new Result(errors.Count, errors.Average(), abs[(int)(0.99 * (abs.Length - 1))], abs[^1], abs.Average(), errors.Count(e => Math.Abs(e) > 5000));
    }
}
