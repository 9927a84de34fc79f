using System;
using System.IO;
using System.Linq;
using CadencePod.Core;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Power;
using CadencePod.Core.Seams;
using CadencePod.Device.Board;
using CadencePod.Doubles;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Issue 14's "done when" on the host: the serial channel's record-mode capture replays unchanged; a floating battery
/// pin never shuts the pod down; the virtual board boots through the firmware's own boot sequence.
/// </summary>
[TestClass]
public class Issue14Tests
{
    const long S = 1_000_000;

    static string ThreeMinuteRun(string dir)
    {
        var sc = new Scenario
        {
            Name = "record-run",
            Seed = 14,
            Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Run, 170, 166, 166), new Segment(ActivityKind.Still, 5) },
        };
        var trace = SyntheticGenerator.Generate(sc, 100);
        string path = Path.Combine(dir, "run.csv");
        trace.Save(path);
        return path;
    }

    [TestMethod]
    public void ARecordModeCaptureFromTheSerialChannelReplaysUnchanged()
    {
        string dir = Cli.TempDir();
        string trace = ThreeMinuteRun(dir);
        string capture = Path.Combine(dir, "capture.txt");
        var (exit, output, err) = Cli.Run("record", trace, "--out", capture);
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "replay it as it is");

        // What the serial channel carries: boot noise, the banner, then the recorder's lines.
        var lines = File.ReadAllLines(capture);
        StringAssert.StartsWith(lines[0], "\uFFFD");
        Assert.AreEqual("CadencePod rev1: MPU-6050 WHO_AM_I 0x68", lines[1]);
        int start = Array.IndexOf(lines, TraceRecorder.StartLine);
        Assert.IsTrue(start > 1);
        Assert.AreEqual(Trace.Header, lines[start + 4]);
        Assert.AreEqual("# sample_rate_hz: 100", lines[start + 2]);
        StringAssert.StartsWith(lines[start + 5], "0,");
        StringAssert.StartsWith(lines[start + 6], "10,");

        // replay takes the file as it is, and finds the same steps as in the recording the pod was moved through.
        string fromCapture = Path.Combine(dir, "capture.steps.csv");
        string fromTrace = Path.Combine(dir, "trace.steps.csv");
        (exit, _, err) = Cli.Run("replay", capture, "--quiet", "--steps-out", fromCapture);
        Assert.AreEqual(0, exit, err);
        (exit, _, err) = Cli.Run("replay", trace, "--quiet", "--steps-out", fromTrace);
        Assert.AreEqual(0, exit, err);
        int a = File.ReadAllLines(fromCapture).Length, b = File.ReadAllLines(fromTrace).Length;
        Assert.IsTrue(b > 400, "steps " + b);
        Assert.IsTrue(Math.Abs(a - b) <= 2, $"steps from the capture {a}, from the recording {b}");

        // The in-memory loader reads it the same way.
        var loaded = Trace.Load(capture);
        Assert.AreEqual("cadencepod record mode", loaded.Metadata["source"]);
        Assert.AreEqual(0.0, loaded.TimeMs[0]);
    }

    [TestMethod]
    public void ALineBeforeTheHeaderIsStillAnErrorWhenNoRecorderStartFollows()
    {
        string dir = Cli.TempDir();
        string path = Path.Combine(dir, "bad.csv");
        File.WriteAllText(path, "time,x,y,z\nt_ms,ax,ay,az\n0,0,0,1\n10,0,0,1\n");
        var (exit, _, err) = Cli.Run("replay", path);
        Assert.AreEqual(2, exit);
        StringAssert.Contains(err, "bad.csv:1: expected header 't_ms,ax,ay,az', found 'time,x,y,z'");
        var e = Assert.ThrowsExactly<TraceFormatException>(() => Trace.Load(path));
        StringAssert.Contains(e.Message, "bad.csv:1: expected header");
    }

    static SimulationOptions PacedRun(IBattery battery)
    {
        var o = new SimulationOptions { Battery = battery };
        o.ConfigureSettings = s => { s.TargetMode = TargetMode.Absolute; s.AbsoluteSpm = 168; };
        o.Presses.Add(CliArgs.ParsePress("up-long@10s"));
        return o;
    }

    static Trace SixMinutes() => SyntheticGenerator.Generate(new Scenario
    {
        Name = "battery-run",
        Seed = 33,
        Segments = { new Segment(ActivityKind.Still, 5), new Segment(ActivityKind.Run, 350, 168, 168), new Segment(ActivityKind.Still, 5) },
    }, 100);

    static BatteryGauge Rev1Gauge(AdcDouble adc) => new(adc, BoardRev1.AdcFullScaleMv, BoardRev1.AdcAccurateMinMv, BoardRev1.AdcAccurateMaxMv,
        BoardRev1.BatteryDividerTopOhms, BoardRev1.BatteryDividerBottomOhms);

    [TestMethod]
    public void AFloatingBatteryPinNeverLeadsToAShutdown()
    {
        // Board rev1's conversion and rules, the pin floating for the whole paced run: the pod never warns or shuts down.
        var adc = new AdcDouble { Floating = true };
        var r = Simulation.Run(SixMinutes(), PacedRun(Rev1Gauge(adc)));
        Assert.IsTrue(adc.Reads > 30 * Tunables.BatterySamplesPerReading, "reads " + adc.Reads);
        Assert.IsFalse(r.Events.Any(e => e.Kind is PodEvent.Shutdown or PodEvent.BatteryLow), "a floating pin was believed");
        Assert.AreEqual(PodState.Pacing, r.Seconds[300].State);
    }

    [TestMethod]
    public void ACellReadingCriticalThroughTheSameGaugeShutsThePodDown()
    {
        // The control for the test above: the same gauge and loop do shut down on a real flat cell (3.2 V, steady).
        var adc = new AdcDouble { NoiseCounts = 5 };
        adc.SetCellMv(3200, BoardRev1.AdcFullScaleMv, BoardRev1.BatteryDividerTopOhms, BoardRev1.BatteryDividerBottomOhms);
        var r = Simulation.Run(SixMinutes(), PacedRun(Rev1Gauge(adc)));
        var shutdown = r.Events.FirstOrDefault(e => e.Kind == PodEvent.Shutdown);
        Assert.IsTrue(shutdown.Kind == PodEvent.Shutdown, "no shutdown");
        // Six agreeing readings before the first value is believed: the loop reads at boot, at 1 s, then every 10 s.
        Assert.IsTrue(shutdown.TimeUs > 40 * S && shutdown.TimeUs < 42 * S, $"shutdown at {shutdown.TimeUs / 1e6:0} s");
    }

    [TestMethod]
    public void TheVirtualBoardBootsThroughTheFirmwaresBootSequence()
    {
        var o = new SimulationOptions { SerialCapture = true };
        var r = Simulation.Run(SixMinutes(), o);
        Assert.IsNotNull(r.Serial);
        Assert.AreEqual("CadencePod rev1: MPU-6050 WHO_AM_I 0x68", r.Serial![1]);
        Assert.AreEqual("wake: 0", r.Serial[2]);
        Assert.IsFalse(r.Events.Any(e => e.Kind == PodEvent.HardwareFault));
        // The boot's sensor reset and wake take virtual time before the loop's first event.
        Assert.AreEqual(PodEvent.Boot, r.Events[0].Kind);
        Assert.IsTrue(r.Events[0].TimeUs >= (Core.Sensors.Mpu6050Bits.ResetWaitMs + Core.Sensors.Mpu6050Bits.WakeWaitMs) * 1000L);
    }
}
