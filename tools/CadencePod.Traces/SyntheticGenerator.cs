using System;
using System.Collections.Generic;

namespace CadencePod.Traces;

/// <summary>
/// Seeded synthetic waist-worn accelerometer traces with exact ground truth. A body-frame model
/// (vertical, forward, lateral specific force per gait phase) is rotated into an arbitrary pod orientation
/// (any tilt, upside down; a re-clip picks a new one), with sensor noise. Walking: a smooth double-hump
/// vertical profile; running: stance/flight with a heel-strike spike; non-step motions carry no steps.
/// </summary>
public static class SyntheticGenerator
{
    public const int DefaultRateHz = 100;

    public static Trace Generate(Scenario sc, int rateHz = DefaultRateHz) => Generate(sc, rateHz, out _);

    public static Trace Generate(Scenario sc, int rateHz, out List<string> feet)
    {
        var rng = new Random(sc.Seed);
        double total = 0;
        foreach (var seg in sc.Segments) total += seg.DurationS;
        int n = (int)(total * rateHz);
        var t = new double[n];
        var ax = new double[n];
        var ay = new double[n];
        var az = new double[n];

        // 1. Footfalls: times, interval to the next, and kind.
        var steps = new List<(double T, double Interval, ActivityKind Kind, int Side, double Spike, double Vigour)>();
        feet = new List<string>();
        var timing = sc.Variability == null ? null : new TimingModel(sc.Variability, total, sc.Seed);
        double segStart = 0;
        int side = rng.Next(2);
        double carryTime = -1; // where the step train continues when one gait segment follows another
        for (int segIndex0 = 0; segIndex0 < sc.Segments.Count; segIndex0++)
        {
            var seg = sc.Segments[segIndex0];
            if (seg.Kind is ActivityKind.Walk or ActivityKind.Run or ActivityKind.JumpInPlace)
            {
                bool fromStand = carryTime < 0;
                double time = carryTime >= 0 ? carryTime : segStart + 0.3 + rng.NextDouble() * 0.2;
                double boutStart = time;
                bool stopsAfter = segIndex0 + 1 == sc.Segments.Count || sc.Segments[segIndex0 + 1].Kind is not (ActivityKind.Walk or ActivityKind.Run);
                while (true)
                {
                    double f = (time - segStart) / seg.DurationS;
                    double spm = seg.StartSpm + (seg.EndSpm - seg.StartSpm) * f;
                    double white = Gauss(rng);
                    double interval = 60.0 / spm * (1 + (side == 0 ? sc.Asymmetry / 2 : -sc.Asymmetry / 2));
                    double vigour = sc.Vigour, heelStrike = sc.HeelStrikeG;
                    if (timing == null || seg.Kind == ActivityKind.JumpInPlace)
                    {
                        interval *= 1 + white * sc.IntervalCv;
                    }
                    else
                    {
                        double toEnd = segStart + seg.DurationS - time;
                        interval *= 1 + white * timing.StepCv;
                        interval /= timing.CadenceFactor(time, interval, fromStand ? time - boutStart : double.PositiveInfinity, stopsAfter ? toEnd : double.PositiveInfinity);
                        vigour *= timing.VigourFactor(time, fromStand ? time - boutStart : double.PositiveInfinity);
                        heelStrike *= timing.HeelStrikeFactor(time);
                    }

                    if (time >= segStart + seg.DurationS) break;
                    steps.Add((time, interval, seg.Kind, side, heelStrike * (0.6 + 0.8 * rng.NextDouble()), vigour));
                    if (seg.Kind != ActivityKind.JumpInPlace) feet.Add(side == 0 ? "L" : "R");
                    side ^= 1;
                    time += interval;
                }

                carryTime = seg.Kind == ActivityKind.JumpInPlace ? -1 : time;
            }
            else
            {
                carryTime = -1;
            }

            segStart += seg.DurationS;
        }

        // 2. Per-sample body-frame specific force, rotated into the pod's frame.
        var rotation = RandomRotation(rng);
        var fidgetPhase = rng.NextDouble() * 10;
        double nextBump = 0, bumpT = -10, bumpAmp = 0;
        int si = -1;
        segStart = 0;
        int segIndex = 0;
        double bendStart = -10, bendAngle = 0;
        var carPhases = new double[6];
        for (int i = 0; i < carPhases.Length; i++) carPhases[i] = rng.NextDouble() * 2 * Math.PI;
        for (int k = 0; k < n; k++)
        {
            double time = (double)k / rateHz;
            while (segIndex < sc.Segments.Count - 1 && time >= segStart + sc.Segments[segIndex].DurationS)
            {
                segStart += sc.Segments[segIndex].DurationS;
                segIndex++;
                if (sc.Segments[segIndex].Kind == ActivityKind.Reclip) rotation = RandomRotation(rng);
            }

            var seg = sc.Segments[segIndex];
            while (si + 1 < steps.Count && steps[si + 1].T <= time) si++;

            double v = 1.0, fwd = 0, lat = 0, pitch = 0;
            bool inGait = si >= 0 && time - steps[si].T < steps[si].Interval * 1.05 && (steps[si].Kind == seg.Kind || seg.Kind is ActivityKind.Walk or ActivityKind.Run);
            if (inGait)
            {
                var st = steps[si];
                double tau = time - st.T;
                double T = st.Interval;
                double sign = st.Side == 0 ? 1 : -1;
                double vig = st.Vigour;
                switch (st.Kind)
                {
                    case ActivityKind.Walk:
                        v += vig * (0.22 * Math.Cos(2 * Math.PI * tau / T - 0.3) + 0.07 * Math.Cos(4 * Math.PI * tau / T - 0.8));
                        fwd = vig * 0.14 * Math.Sin(2 * Math.PI * tau / T + 0.4);
                        lat = sign * 0.09 * Math.Sin(Math.PI * tau / T);
                        break;
                    case ActivityKind.Run:
                    {
                        double c = 0.58;
                        double ts = c * T;
                        double peak = Math.PI / (2 * c);
                        v = tau < ts ? 1 + (peak * Math.Sin(Math.PI * tau / ts) - 1) * vig : 1 - vig;
                        if (tau < 0.06) v += st.Spike * Math.Exp(-tau / 0.012);
                        fwd = tau < ts ? -0.45 * vig * Math.Sin(2 * Math.PI * tau / ts) : 0.05;
                        lat = sign * 0.22 * vig * Math.Sin(Math.PI * tau / T);
                        break;
                    }
                    case ActivityKind.JumpInPlace:
                    {
                        double ts = 0.5 * T;
                        v = tau < ts ? Math.PI / (2 * 0.5) * Math.Sin(Math.PI * tau / ts) : 0.0;
                        if (tau < 0.06) v += st.Spike * 1.3 * Math.Exp(-tau / 0.012);
                        fwd = 0.01 * Math.Sin(2 * Math.PI * tau / T);
                        break;
                    }
                }
            }
            else
            {
                switch (seg.Kind)
                {
                    case ActivityKind.Fidget:
                        v += 0.02 * Math.Sin(2 * Math.PI * 0.27 * time + fidgetPhase);
                        fwd = 0.03 * Math.Sin(2 * Math.PI * 0.19 * time);
                        lat = 0.03 * Math.Sin(2 * Math.PI * 0.33 * time + 1);
                        if (time >= nextBump)
                        {
                            bumpT = time;
                            bumpAmp = 0.05 + 0.15 * rng.NextDouble();
                            nextBump = time + 0.5 + rng.NextDouble() * 3.0;
                        }

                        if (time - bumpT < 0.6)
                        {
                            double b = Math.Sin(Math.PI * (time - bumpT) / 0.6);
                            v += bumpAmp * b * (rng.NextDouble() < 0.5 ? 1 : 0.6);
                            fwd += 0.5 * bumpAmp * b;
                        }
                        break;
                    case ActivityKind.Bend:
                        if (time - bendStart > 6)
                        {
                            bendStart = time + rng.NextDouble() * 2;
                            bendAngle = (50 + 40 * rng.NextDouble()) * Math.PI / 180;
                        }

                        if (time >= bendStart && time - bendStart < 3)
                        {
                            double b = Math.Sin(Math.PI * (time - bendStart) / 3);
                            pitch = bendAngle * b;
                            v += 0.15 * Math.Sin(2 * Math.PI * (time - bendStart) / 3);
                        }
                        break;
                    case ActivityKind.CarRide:
                        for (int h = 0; h < carPhases.Length; h++) v += 0.012 * Math.Sin(2 * Math.PI * (2 + 2 * h) * time + carPhases[h]);
                        if (time >= nextBump)
                        {
                            bumpT = time;
                            bumpAmp = 0.1 + 0.35 * rng.NextDouble();
                            nextBump = time + 0.3 + rng.NextDouble() * rng.NextDouble() * 4.0;
                        }

                        if (time - bumpT < 1.5) v += bumpAmp * Math.Exp(-(time - bumpT) / 0.35) * Math.Sin(2 * Math.PI * 1.4 * (time - bumpT));
                        fwd = 0.04 * Math.Sin(2 * Math.PI * 0.05 * time);
                        lat = 0.03 * Math.Sin(2 * Math.PI * 0.08 * time + 2);
                        break;
                    case ActivityKind.Reclip:
                        v += 0.2 * Gauss(rng);
                        fwd = 0.2 * Gauss(rng);
                        lat = 0.2 * Gauss(rng);
                        break;
                }
            }

            // Bending tilts the body: gravity moves from vertical towards forward.
            double bv = v * Math.Cos(pitch) - fwd * Math.Sin(pitch);
            double bf = v * Math.Sin(pitch) + fwd * Math.Cos(pitch);
            t[k] = time * 1000.0;
            ax[k] = rotation[0] * bv + rotation[1] * bf + rotation[2] * lat + sc.NoiseG * Gauss(rng);
            ay[k] = rotation[3] * bv + rotation[4] * bf + rotation[5] * lat + sc.NoiseG * Gauss(rng);
            az[k] = rotation[6] * bv + rotation[7] * bf + rotation[8] * lat + sc.NoiseG * Gauss(rng);
        }

        var truth = new List<double>();
        foreach (var s in steps)
        {
            if (s.Kind != ActivityKind.JumpInPlace) truth.Add(Math.Round(s.T * 1000.0, 3));
        }

        var trace = new Trace { Name = sc.Name, TimeMs = t, Ax = ax, Ay = ay, Az = az, TrueStepsMs = truth.ToArray() };
        trace.Metadata["placement"] = sc.Placement;
        trace.Metadata["group"] = sc.Group;
        trace.Metadata["sample_rate_hz"] = rateHz.ToString();
        trace.Metadata["expected_steps"] = truth.Count.ToString();
        trace.Metadata["source"] = $"generated seed={sc.Seed}";
        return trace;
    }

    /// <summary>The synthetic evaluation set (seeded, deterministic). Groups: walking, running, mixed, non-step.</summary>
    public static List<Scenario> StandardSet()
    {
        var set = new List<Scenario>
        {
            new() { Name = "walk-steady-110", Group = "walking", Seed = 101, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Walk, 150, 110, 110), S(ActivityKind.Still, 5) } },
            new() { Name = "walk-slow-95", Group = "walking", Seed = 102, Vigour = 0.8, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Walk, 120, 95, 97), S(ActivityKind.Still, 5) } },
            new() { Name = "walk-fast-130", Group = "walking", Seed = 103, Vigour = 1.2, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Walk, 120, 128, 131), S(ActivityKind.Still, 5) } },
            new() { Name = "run-steady-170", Group = "running", Seed = 201, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 240, 170, 170), S(ActivityKind.Still, 5) } },
            new() { Name = "run-slow-150", Group = "running", Seed = 202, Vigour = 0.8, HeelStrikeG = 1.5, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 180, 150, 152), S(ActivityKind.Still, 5) } },
            new() { Name = "run-fast-198", Group = "running", Seed = 203, Vigour = 1.1, HeelStrikeG = 0.4, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 180, 195, 200), S(ActivityKind.Still, 5) } },
            new() { Name = "run-asymmetric-18pct", Group = "running", Seed = 204, Asymmetry = 0.18, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 180, 165, 168), S(ActivityKind.Still, 5) } },
            new() { Name = "run-heavy-heelstrike", Group = "running", Seed = 205, HeelStrikeG = 2.5, Vigour = 1.3, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 180, 158, 162), S(ActivityKind.Still, 5) } },
            new() { Name = "run-light-smooth", Group = "running", Seed = 206, HeelStrikeG = 0.1, Vigour = 0.6, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 180, 176, 178), S(ActivityKind.Still, 5) } },
            new() { Name = "run-cadence-steps", Group = "mixed", Seed = 301, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 60, 160, 160), S(ActivityKind.Run, 60, 170, 170), S(ActivityKind.Run, 60, 180, 180), S(ActivityKind.Run, 60, 170, 170), S(ActivityKind.Still, 5) } },
            new() { Name = "run-ramp-150-190", Group = "mixed", Seed = 302, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 240, 150, 190), S(ActivityKind.Still, 5) } },
            new() { Name = "walk-run-stops", Group = "mixed", Seed = 303, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Walk, 60, 105, 112), S(ActivityKind.Run, 90, 160, 168), S(ActivityKind.Still, 15), S(ActivityKind.Run, 90, 170, 172), S(ActivityKind.Walk, 60, 115, 110), S(ActivityKind.Still, 5) } },
            new() { Name = "run-reclip", Group = "mixed", Seed = 304, Segments = { S(ActivityKind.Still, 5), S(ActivityKind.Run, 90, 168, 168), S(ActivityKind.Reclip, 3), S(ActivityKind.Run, 90, 170, 170), S(ActivityKind.Still, 5) } },
            new() { Name = "still-fidget", Group = "non-step", Seed = 401, Segments = { S(ActivityKind.Fidget, 180) } },
            new() { Name = "bending", Group = "non-step", Seed = 402, Segments = { S(ActivityKind.Bend, 120) } },
            new() { Name = "car-ride-bumpy", Group = "non-step", Seed = 403, Segments = { S(ActivityKind.CarRide, 300) } },
            new() { Name = "jump-in-place", Group = "non-step", Seed = 404, Segments = { S(ActivityKind.Still, 3), S(ActivityKind.JumpInPlace, 10, 140, 140), S(ActivityKind.Still, 5), S(ActivityKind.JumpInPlace, 15, 120, 120), S(ActivityKind.Still, 5), S(ActivityKind.JumpInPlace, 12, 150, 150), S(ActivityKind.Still, 3) } },
        };
        return set;
    }

    /// <summary>
    /// A seeded population of runners and walkers with realistic step timing (<see cref="GaitVariability"/>), each 2 minutes
    /// of stepping from a stand to a stand. Three groups like a real evaluation set's: treadmill runners (slow wander only),
    /// outdoor runners (wander, surges and easing-offs, terrain) and walkers (wander, occasional surges and terrain). Drawn at
    /// random per person: cadence 95–135 walking and 140–210 running, left/right asymmetry 0–5 %, step-to-step noise and
    /// wander (realised stride-time CV 2–4 % running, 1.5–3 % walking: host test), heel strike 0–3 g, vigour 0.5–1.5, sensor
    /// noise 0.01–0.05 g. The standard set holds one regular runner of each kind; this one finds what real variability breaks.
    /// </summary>
    public static List<Scenario> Population(int count = 120, int seed = 42)
    {
        var rng = new Random(seed);
        var set = new List<Scenario>();
        for (int i = 0; i < count; i++)
        {
            bool walk = i % 4 == 0;
            bool outdoor = !walk && i % 4 != 1;
            double spm = walk ? 95 + rng.NextDouble() * 40 : 140 + rng.NextDouble() * 70;
            var kind = walk ? ActivityKind.Walk : ActivityKind.Run;
            var variability = walk
                ? new GaitVariability { StepCv = 0.016 + rng.NextDouble() * 0.01, WanderCv = 0.01 + rng.NextDouble() * 0.01, SurgesPerMinute = 0.3, TerrainChangesPerMinute = 0.3 }
                : new GaitVariability
                {
                    StepCv = 0.022 + rng.NextDouble() * 0.014,
                    WanderCv = 0.013 + rng.NextDouble() * 0.012,
                    SurgesPerMinute = outdoor ? 0.3 + rng.NextDouble() * 0.7 : 0,
                    TerrainChangesPerMinute = outdoor ? 0.5 : 0,
                };
            set.Add(new Scenario
            {
                Name = $"{(walk ? "walker" : outdoor ? "outdoor" : "treadmill")}-{i:000}-{spm:0}",
                Group = walk ? "population-walking" : outdoor ? "population-outdoor-run" : "population-treadmill-run",
                Seed = seed * 1000 + i,
                Asymmetry = rng.NextDouble() * 0.05,
                HeelStrikeG = rng.NextDouble() * 3.0,
                Vigour = 0.5 + rng.NextDouble() * 1.0,
                NoiseG = 0.01 + rng.NextDouble() * 0.04,
                Variability = variability,
                Segments = { S(ActivityKind.Still, 3), S(kind, 120, spm, spm), S(ActivityKind.Still, 6) },
            });
        }

        return set;
    }

    /// <summary>The simulator demo's runner: warm-up walk, easy running, pacing, a stop, off-target stretch, cool-down.</summary>
    public static Scenario DemoRun(double minutes = 20, int seed = 7)
    {
        double f = minutes / 20.0;
        return new Scenario
        {
            Name = "demo-run",
            Group = "demo",
            Seed = seed,
            Segments =
            {
                S(ActivityKind.Still, 10 * f),
                S(ActivityKind.Walk, 90 * f, 105, 115),
                S(ActivityKind.Run, 330 * f, 158, 162),   // easy running: baseline captured here
                S(ActivityKind.Run, 240 * f, 162, 169),   // pacing +5 %: the runner follows the hidden ramp
                S(ActivityKind.Still, 25 * f),            // stop at a crossing
                S(ActivityKind.Run, 180 * f, 166, 168),   // converged
                S(ActivityKind.Run, 120 * f, 155, 156),   // tiring: off target
                S(ActivityKind.Walk, 200 * f, 112, 104),  // cool-down (the stretches add up to the minutes asked for)
                S(ActivityKind.Still, 5 * f),
            },
        };
    }

    /// <summary>The realistic timing of <see cref="GaitVariability"/>, drawn from its own seeded generator.</summary>
    sealed class TimingModel
    {
        readonly GaitVariability _v;
        readonly Random _rng;
        readonly double[] _wander = new double[GaitVariability.WanderTimeConstantsS.Length];
        double _lastTimeS = double.NaN;
        readonly List<(double StartS, double RiseS, double HoldS, double Fraction)> _surges = new();
        readonly List<(double StartS, double CadenceFraction, double Vigour, double HeelStrike)> _terrain = new();
        readonly double _startFraction, _startTimeConstantS, _stopSlowing;
        const double TerrainBlendS = 4.0;

        public double StepCv => _v.StepCv;

        public TimingModel(GaitVariability v, double totalS, int seed)
        {
            _v = v;
            _rng = new Random(unchecked(seed * 7919 + 17));
            double sigma = v.WanderCv / Math.Sqrt(_wander.Length);
            for (int i = 0; i < _wander.Length; i++) _wander[i] = sigma * Gauss(_rng);
            for (double t = NextEvent(v.SurgesPerMinute, 0); t < totalS; t = NextEvent(v.SurgesPerMinute, t))
            {
                // A change of speed of 0.3–1 m/s either way; cadence moves ≈ 6 spm per m/s (van Oeveren), ≈ 1–4 % of it.
                double rise = 2 + 2 * _rng.NextDouble(), hold = 10 + 30 * _rng.NextDouble();
                double fraction = (0.01 + 0.03 * _rng.NextDouble()) * (_rng.Next(2) == 0 ? 1 : -1);
                _surges.Add((t, rise, hold, fraction));
                t += 2 * rise + hold;
            }

            _terrain.Add((0, 0, 1, 1));
            for (double t = NextEvent(v.TerrainChangesPerMinute, 0); t < totalS; t = NextEvent(v.TerrainChangesPerMinute, t))
            {
                double offset = Math.Clamp(0.015 * Gauss(_rng), -0.03, 0.03);
                _terrain.Add((t, offset, 0.75 + 0.5 * _rng.NextDouble(), 0.5 + _rng.NextDouble()));
                t += 20;
            }

            _startFraction = 0.80 + 0.15 * _rng.NextDouble();
            _startTimeConstantS = 0.5 + 1.5 * _rng.NextDouble();
            _stopSlowing = 0.08 * _rng.NextDouble();
        }

        /// <summary>Next event of a Poisson process (events per minute) after t, but at least 20 s after it.</summary>
        double NextEvent(double perMinute, double t)
        {
            if (perMinute <= 0) return double.PositiveInfinity;
            return t + 20 + -Math.Log(1 - _rng.NextDouble()) * 60.0 / perMinute;
        }

        /// <summary>Cadence multiplier for the step starting at timeS (its interval intervalS); sinceStartS: time since a
        /// bout began from a stand (∞ if it did not), toEndS: time to a stop (∞ if none follows).</summary>
        public double CadenceFactor(double timeS, double intervalS, double sinceStartS, double toEndS)
        {
            // Wander: exact Ornstein–Uhlenbeck updates over the time since the previous step.
            double dt = double.IsNaN(_lastTimeS) ? 0 : Math.Max(0, timeS - _lastTimeS);
            _lastTimeS = timeS;
            double wander = 0, sigma = _v.WanderCv / Math.Sqrt(_wander.Length);
            for (int i = 0; i < _wander.Length; i++)
            {
                double decay = Math.Exp(-dt / GaitVariability.WanderTimeConstantsS[i]);
                _wander[i] = _wander[i] * decay + sigma * Math.Sqrt(1 - decay * decay) * Gauss(_rng);
                wander += _wander[i];
            }

            double surge = 0;
            foreach (var (start, rise, hold, fraction) in _surges)
            {
                double u = timeS - start;
                if (u <= 0 || u >= 2 * rise + hold) continue;
                surge += fraction * (u < rise ? u / rise : u < rise + hold ? 1 : (2 * rise + hold - u) / rise);
            }

            double factor = (1 + wander) * (1 + surge) * (1 + Terrain(timeS, t => t.CadenceFraction));
            if (_v.SetsOff)
            {
                factor *= 1 - (1 - _startFraction) * Math.Exp(-sinceStartS / _startTimeConstantS);
                if (toEndS < 1.0) factor *= 1 - _stopSlowing * (1 - toEndS);
            }

            return factor;
        }

        public double VigourFactor(double timeS, double sinceStartS)
        {
            double factor = Terrain(timeS, t => t.Vigour);
            if (_v.SetsOff) factor *= 1 - 0.4 * Math.Exp(-sinceStartS / _startTimeConstantS);
            return factor;
        }

        public double HeelStrikeFactor(double timeS) => Terrain(timeS, t => t.HeelStrike);

        /// <summary>A terrain property at t, blended linearly over the first seconds of each stretch.</summary>
        double Terrain(double timeS, Func<(double StartS, double CadenceFraction, double Vigour, double HeelStrike), double> property)
        {
            int i = _terrain.Count - 1;
            while (i > 0 && _terrain[i].StartS > timeS) i--;
            double value = property(_terrain[i]);
            if (i == 0) return value;
            double blend = Math.Clamp((timeS - _terrain[i].StartS) / TerrainBlendS, 0, 1);
            return property(_terrain[i - 1]) + (value - property(_terrain[i - 1])) * blend;
        }
    }

    static Segment S(ActivityKind kind, double seconds, double startSpm = 0, double endSpm = 0) => new(kind, seconds, startSpm, endSpm);

    static double Gauss(Random rng)
    {
        double u1 = 1.0 - rng.NextDouble();
        double u2 = rng.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>Row-major 3×3 rotation from body (vertical, forward, lateral) to pod axes: any orientation.</summary>
    static double[] RandomRotation(Random rng)
    {
        // Uniform random rotation from a random unit quaternion.
        double u1 = rng.NextDouble(), u2 = rng.NextDouble(), u3 = rng.NextDouble();
        double a = Math.Sqrt(1 - u1), b = Math.Sqrt(u1);
        double qx = a * Math.Sin(2 * Math.PI * u2), qy = a * Math.Cos(2 * Math.PI * u2);
        double qz = b * Math.Sin(2 * Math.PI * u3), qw = b * Math.Cos(2 * Math.PI * u3);
        return new[]
        {
            1 - 2 * (qy * qy + qz * qz), 2 * (qx * qy - qz * qw), 2 * (qx * qz + qy * qw),
            2 * (qx * qy + qz * qw), 1 - 2 * (qx * qx + qz * qz), 2 * (qy * qz - qx * qw),
            2 * (qx * qz - qy * qw), 2 * (qy * qz + qx * qw), 1 - 2 * (qx * qx + qy * qy),
        };
    }
}
