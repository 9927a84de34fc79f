using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CadencePod.Core;
using CadencePod.Doubles;
using CadencePod.Core.Ble;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Core.Pacing;
using CadencePod.Simulator.Ble;
using CadencePod.Simulator.Board;
using CadencePod.Simulator.Commands;
using CadencePod.Traces;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace CadencePod.HostTests;

/// <summary>
/// Issue 17's "done when" for Bluetooth LE, on the host: the footpod's notifications of simulated runs decoded with the
/// simulator's own decoders (written from the specification), a fuzz of settings writes, refusals on unbonded links,
/// the whole run log read back bit-exact, and no allocation per notification.
/// </summary>
[TestClass]
public class BleTests
{
    /// <summary>A pod on the virtual board with a virtual Bluetooth link, driven in lockstep; requests answered synchronously.</summary>
    sealed class BlePod
    {
        public readonly VirtualClock Clock = new();
        public readonly MemoryBlockStore Store;
        public readonly VirtualBleLink Link = new();
        public readonly PodLoop Loop;
        public readonly EventLog Events = new();

        public BlePod(MemoryBlockStore? store = null)
        {
            Store = store ?? new MemoryBlockStore();
            // A walker: the pod stays awake (it sleeps after 10 minutes still) and stays idle (it captures a baseline
            // only from running).
            var accel = Sensor(Clock, Walking);
            Loop = new PodLoop(Clock, accel, new SimBeeper(Clock), new ScriptedButtons(Clock), Store, new SimBattery(), new SimPower(), Events);
            Loop.AttachBle(Link);
            Loop.Boot();
            Run(5); // first boot: defaults saved
        }

        public PodController Controller => Loop.Controller;

        public void Run(double seconds) => new Lockstep(Clock, Loop).RunFor((long)(seconds * 1e6));

        public BleExchange Ask(VirtualCentral c, BleRequestKind kind, BleCharacteristic ch, byte[]? value = null)
        {
            var e = Link.Submit(c, kind, ch, value);
            for (int i = 0; i < 100 && !e.Done; i++) Run(0.01);
            Assert.IsTrue(e.Done, "the pod did not answer within a second");
            return e;
        }

        /// <summary>The settings slots' bytes, to prove a refused write stored nothing.</summary>
        public byte[] StoredSettings()
        {
            var a = new byte[64];
            var b = new byte[64];
            int na = Store.Read(SettingsStore.SlotA, a), nb = Store.Read(SettingsStore.SlotB, b);
            return a.Take(Math.Max(0, na)).Concat(new byte[] { 0xEE }).Concat(b.Take(Math.Max(0, nb))).ToArray();
        }
    }

    static readonly short[] WalkingXyz = SensorEmulator.Emulate(
        SyntheticGenerator.Generate(new Scenario { Name = "walk-1h", Seed = 5, Segments = { new Segment(ActivityKind.Walk, 3600, 110, 110) } }, 100),
        100, 4096, out WalkingSamples);
    static readonly int WalkingSamples;

    static ArraySamples Walking => new(WalkingXyz, WalkingSamples);

    /// <summary>The firmware's MPU-6050 driver on the simulated chip, fed the samples (as the simulator's board).</summary>
    static Mpu6050Fifo Sensor(VirtualClock clock, SensorSamples samples)
    {
        var sensor = new VirtualSensor(clock, 100);
        Assert.IsTrue(sensor.Driver.Initialize(new VirtualDelay(clock)));
        sensor.Chip.Source = new TraceSampleSource(samples);
        return sensor.Driver;
    }

    /// <summary>docs/ble.md's rules for a Settings write, written out again from the document (not from Core).</summary>
    static bool ValidByTheDocs(byte[] b, bool hasBaseline)
    {
        if (b.Length != 3) return false;
        int v = b[1] | (b[2] << 8);
        return b[0] switch
        {
            1 => v == 1 || (v == 0 && hasBaseline),
            2 => v >= 50 && v <= 100 && v % 5 == 0,
            3 => v >= 120 && v <= 220,
            4 => v <= 4,
            5 => v <= 3,
            6 or 7 or 8 => v <= 1,
            9 => v >= 60 && v <= 7200,
            10 => v is 2200 or 2700 or 3200,
            11 => v >= 100 && v <= 10000,
            12 => v == 0 || (v >= 300 && v <= 2500),
            _ => false,
        };
    }

    [TestMethod]
    public void RscNotificationsOfSimulatedRunsDecodePerTheSpecification()
    {
        // The demo run (walking, easy running, a stop, a tiring stretch, walking) and a population runner, each with a
        // phone subscribed from the start and a calibration run from the phone over a stated 1000 m.
        var traces = new[]
        {
            SyntheticGenerator.Generate(SyntheticGenerator.DemoRun(20, 7), 100),
            InstrumentCommands.TenMinuteRun(12),
        };
        foreach (var trace in traces)
        {
            var link = new VirtualBleLink();
            var options = new SimulationOptions { Ble = link };
            VirtualCentral? phone = null;
            int stepsAtStart = -1, stepsAtFinish = -1, finishError = -1;
            long finishUs = long.MaxValue;
            PodLoop? pod = null;
            bool started = false, finished = false;
            options.OnTick = (us, loop) =>
            {
                pod = loop;
                if (phone == null)
                {
                    phone = link.Connect("phone");
                    phone.SubscribedRsc = true;
                    link.SetPairingWindow(true); // as if the wearer had pressed the chord
                    Assert.IsTrue(link.Pair(phone, bond: true));
                    link.SetPairingWindow(false);
                }

                if (!started && us >= 150_000_000)
                {
                    started = true;
                    link.Submit(phone, BleRequestKind.Write, BleCharacteristic.Command, new byte[] { 2 }, e => stepsAtStart = loop.Runner.TotalSteps);
                }

                if (!finished && us >= 450_000_000)
                {
                    finished = true;
                    link.Submit(phone, BleRequestKind.Write, BleCharacteristic.Command, new byte[] { 3, 0xE8, 0x03 }, e =>
                    {
                        finishError = e.Error;
                        stepsAtFinish = loop.Runner.TotalSteps;
                        finishUs = link.NowUs!();
                    });
                }
            };
            Simulation.Run(trace, options);
            Assert.AreEqual(0, finishError, trace.Name + ": the calibration was refused");
            int steps = stepsAtFinish - stepsAtStart;
            int strideMm = (1_000_000 + steps / 2) / steps;
            Assert.AreEqual(strideMm, pod!.Controller.Settings.StrideLengthMm, trace.Name);

            var n = phone!.Notifications;
            Assert.IsTrue(n.Count > trace.DurationMs / 1000 * 0.8, $"{trace.Name}: {n.Count} notifications in {trace.DurationMs / 1000:0} s");
            int moving = 0, withSpeed = 0;
            long last = -1;
            foreach (var x in n)
            {
                var r = RscDecoder.Decode(x.Bytes); // throws on any layout the specification does not allow
                Assert.IsTrue(last < 0 || x.TimeUs - last >= 990_000, $"{trace.Name}: two notifications {x.TimeUs - last} µs apart");
                last = x.TimeUs;
                Assert.AreEqual(x.PodMotion == 2, r.Running, $"{trace.Name} at {x.TimeUs / 1e6:0} s: walking/running flag");
                if (x.PodMotion == 0)
                {
                    Assert.AreEqual(0, r.CadencePerMin);
                    continue;
                }

                moving++;
                Assert.IsTrue(Math.Abs(r.CadencePerMin - x.PodCadenceSpm) <= 1.0, $"{trace.Name} at {x.TimeUs / 1e6:0} s: {r.CadencePerMin} vs the pod's {x.PodCadenceSpm:0.00}");
                if (x.TimeUs < finishUs)
                {
                    Assert.IsNull(r.StrideM, "a stride before the calibration finished");
                    Assert.AreEqual(0.0, r.SpeedMps, "speed before calibration is 0");
                    continue;
                }

                withSpeed++;
                Assert.AreEqual(Math.Round(strideMm / 10.0, MidpointRounding.AwayFromZero) / 100.0, r.StrideM!.Value, 1e-9, "stride in cm");
                double expected = r.CadencePerMin * strideMm / 1000.0 / 60.0;
                Assert.AreEqual(expected, r.SpeedMps, 1.0 / 256, $"{trace.Name}: speed = cadence × stride");
            }

            Assert.IsTrue(moving > 300 && withSpeed > 100, $"{trace.Name}: {moving} moving, {withSpeed} with speed");
        }
    }

    [TestMethod]
    public void EveryMalformedOrOutOfRangeSettingsWriteIsRefusedAndChangesNothing()
    {
        var pod = new BlePod();
        var phone = pod.Link.Connect("phone");
        pod.Link.SetPairingWindow(true);
        pod.Link.Pair(phone, bond: true);
        pod.Link.SetPairingWindow(false);
        int accepted = 0, refused = 0;
        var ids = Gen.Choose(0, 14).Select(i => (byte)i);
        var edges = Gen.Elements(0, 1, 2, 4, 5, 49, 50, 52, 55, 60, 100, 101, 119, 120, 220, 221, 299, 300, 2200, 2500, 2501, 2700, 3200, 7200, 7201, 10000, 10001, 65535);
        var structured = ids.SelectMany(id => Gen.OneOf(edges, Gen.Choose(0, 65535)).Select(v => new[] { id, (byte)v, (byte)(v >> 8) }));
        var random = Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b));
        var writes = Gen.Frequency((2, random), (3, structured)).Select(b => b.Length > 40 ? b[..40] : b);
        Prop.ForAll(writes.ToArbitrary(), bytes =>
        {
            var before = new PodSettings();
            before.CopyFrom(pod.Controller.Settings);
            byte[] stored = pod.StoredSettings();
            int writesBefore = pod.Store.Writes, patterns = pod.Events.Count[(int)PodEvent.Pattern];
            bool valid = ValidByTheDocs(bytes, pod.Controller.Target.HasBaseline);
            var e = pod.Ask(phone, BleRequestKind.Write, BleCharacteristic.Settings, bytes);
            pod.Run(4); // a change would be saved by now
            if (e.Error == 0)
            {
                accepted++;
                Assert.IsTrue(valid, $"accepted {Convert.ToHexString(bytes)}, which docs/ble.md does not allow");
                return;
            }

            refused++;
            Assert.IsFalse(valid, $"refused {Convert.ToHexString(bytes)} (ATT 0x{e.Error:X2}), which docs/ble.md allows");
            Assert.IsTrue(pod.Controller.Settings.SameAs(before), $"{Convert.ToHexString(bytes)} was refused but changed a setting");
            Assert.AreEqual(writesBefore, pod.Store.Writes, $"{Convert.ToHexString(bytes)} was refused but something was saved");
            CollectionAssert.AreEqual(stored, pod.StoredSettings());
            Assert.AreEqual(patterns, pod.Events.Count[(int)PodEvent.Pattern], $"{Convert.ToHexString(bytes)} was refused but the pod sounded");
            int expected = bytes.Length != 3 ? AttErrorCodes.InvalidAttributeValueLength
                : bytes[0] is 0 or > 12 ? AttErrorCodes.UnknownOperation
                : bytes[0] == 1 && bytes[1] == 0 && bytes[2] == 0 ? AttErrorCodes.NotPossibleNow
                : AttErrorCodes.OutOfRange;
            Assert.AreEqual(expected, e.Error, Convert.ToHexString(bytes));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(600).WithQuietOnSuccess(true));
        Assert.IsTrue(accepted > 10 && refused > 300, $"accepted {accepted}, refused {refused}");
    }

    [TestMethod]
    public void RandomCommandsAndLogControlsRefusedChangeNothing()
    {
        var pod = new BlePod();
        var phone = pod.Link.Connect("phone");
        pod.Link.SetPairingWindow(true);
        pod.Link.Pair(phone, bond: true);
        pod.Link.SetPairingWindow(false);
        var bytes = Gen.Frequency(
            (2, Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b))),
            (3, Gen.Choose(0, 6).SelectMany(op => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)).Select(rest => new[] { (byte)op }.Concat(rest.Take(5)).ToArray()))));
        var target = Gen.Elements(BleCharacteristic.Command, BleCharacteristic.LogControl);
        Prop.ForAll(bytes.ToArbitrary(), target.ToArbitrary(), (b, ch) =>
        {
            var before = new PodSettings();
            before.CopyFrom(pod.Controller.Settings);
            bool calibrating = pod.Loop.Ble!.Calibration.Running;
            int writes = pod.Store.Writes;
            var e = pod.Ask(phone, BleRequestKind.Write, ch, b);
            pod.Run(4);
            if (e.Error == 0) return;
            Assert.IsTrue(pod.Controller.Settings.SameAs(before), Convert.ToHexString(b));
            Assert.AreEqual(calibrating, pod.Loop.Ble!.Calibration.Running, Convert.ToHexString(b));
            Assert.AreEqual(writes, pod.Store.Writes, Convert.ToHexString(b));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }

    [TestMethod]
    public void SettingsAndTheLogAreRefusedOnEveryUnbondedLink()
    {
        var pod = new BlePod();
        pod.Controller.RunLog.BeginRun();
        pod.Controller.RunLog.Append(new RunSummary { DurationS = 900, Steps = 2400 });
        var open = pod.Link.Connect("open link");
        var unbonded = pod.Link.Connect("encrypted, not bonded");
        Assert.IsFalse(pod.Link.Pair(open, bond: true), "pairing outside the window must fail");
        pod.Link.SetPairingWindow(true);
        Assert.IsTrue(pod.Link.Pair(unbonded, bond: false)); // a central that pairs but keeps no bond
        pod.Link.SetPairingWindow(false);

        var before = new PodSettings();
        before.CopyFrom(pod.Controller.Settings);
        byte[] stored = pod.StoredSettings();
        var attempts = new (BleRequestKind Kind, BleCharacteristic Ch, byte[]? Value)[]
        {
            (BleRequestKind.Read, BleCharacteristic.Settings, null),
            (BleRequestKind.Write, BleCharacteristic.Settings, new byte[] { 3, 200, 0 }),
            (BleRequestKind.Write, BleCharacteristic.Settings, new byte[] { 5, 0, 0 }),
            (BleRequestKind.Write, BleCharacteristic.Command, new byte[] { 1 }),
            (BleRequestKind.Write, BleCharacteristic.Command, new byte[] { 2 }),
            (BleRequestKind.Write, BleCharacteristic.LogControl, new byte[] { 1 }),
            (BleRequestKind.Read, BleCharacteristic.LogData, null),
        };
        foreach (var (central, expected) in new[] { (open, AttErrorCodes.InsufficientAuthentication), (unbonded, AttErrorCodes.InsufficientAuthorization) })
        {
            foreach (var (kind, ch, value) in attempts)
            {
                var e = pod.Ask(central, kind, ch, value);
                Assert.AreEqual(expected, e.Error, $"{central.Name}: {kind} {ch}");
                Assert.AreEqual(0, e.Response.Length, $"{central.Name}: {kind} {ch} leaked bytes");
            }

            // The footpod itself stays open to anyone.
            Assert.AreEqual(0, pod.Ask(central, BleRequestKind.Read, BleCharacteristic.RscFeature).Error);
        }

        pod.Run(4);
        Assert.IsTrue(pod.Controller.Settings.SameAs(before));
        CollectionAssert.AreEqual(stored, pod.StoredSettings());
        Assert.IsFalse(pod.Loop.Ble!.Calibration.Running);

        // A bonded phone works; after "forget all bonds" its old keys no longer open anything.
        var phone = pod.Link.Connect("phone");
        pod.Link.SetPairingWindow(true);
        pod.Link.Pair(phone, bond: true);
        pod.Link.SetPairingWindow(false);
        Assert.AreEqual(0, pod.Ask(phone, BleRequestKind.Read, BleCharacteristic.Settings).Error);
        pod.Link.ForgetAllBonds();
        pod.Link.Disconnect(phone);
        pod.Link.Reconnect(phone);
        Assert.IsFalse(pod.Link.Pair(phone, bond: true));
        Assert.AreEqual(AttErrorCodes.InsufficientAuthentication, pod.Ask(phone, BleRequestKind.Read, BleCharacteristic.Settings).Error);
    }

    [TestMethod]
    public void TheWholeRunLogReadsBackBitExact()
    {
        var pod = new BlePod();
        var log = pod.Controller.RunLog;
        var rng = new Random(17);
        for (int run = 1; run <= RunLog.Capacity + 5; run++) // the ring wraps: the oldest 5 are overwritten
        {
            log.BeginRun();
            int minutes = run == 20 ? RunLogLayout.MaxMinutes : rng.Next(0, 90);
            for (int m = 0; m < minutes; m++) log.AddMinute(rng.Next(0, 256));
            Assert.IsTrue(log.Append(new RunSummary
            {
                DurationS = rng.Next(60, 20000), RunningS = rng.Next(0, 10000), Steps = rng.Next(0, 60000), MeanCadenceSpm = rng.Next(0, 250),
                BaselineSpm = rng.Next(0, 250), TargetSpm = rng.Next(0, 250), InZonePercent = rng.Next(0, 101), ProbeCadenceSpm = rng.Next(0, 250),
            }));
        }

        var phone = pod.Link.Connect("phone");
        pod.Link.SetPairingWindow(true);
        pod.Link.Pair(phone, bond: true);
        pod.Link.SetPairingWindow(false);
        var assembler = new RunLogAssembler();
        Assert.AreEqual(0, pod.Ask(phone, BleRequestKind.Write, BleCharacteristic.LogControl, new byte[] { 1 }).Error);
        int reads = 0;
        while (!assembler.Ended && reads < 2000)
        {
            var e = pod.Ask(phone, BleRequestKind.Read, BleCharacteristic.LogData);
            Assert.AreEqual(0, e.Error);
            assembler.Add(e.Response);
            reads++;
        }

        Assert.AreEqual(0, assembler.CrcFailures);
        Assert.AreEqual(0, assembler.Gaps);
        Assert.AreEqual(RunLog.Capacity, assembler.Records.Count);
        var slot = new byte[RunLogLayout.RecordBytes];
        for (int i = 0; i < assembler.Records.Count; i++)
        {
            var r = assembler.Records[i];
            Assert.AreEqual((uint)(6 + i), r.Sequence, "oldest first, the overwritten five gone");
            int n = pod.Store.Read(RunLogLayout.FirstSlot + (int)((r.Sequence - 1) % RunLog.Capacity), slot);
            Assert.AreEqual(RunLogLayout.RecordBytes, n);
            CollectionAssert.AreEqual(slot[..r.Bytes.Length], r.Bytes, $"run {r.Sequence} differs from flash");
            Assert.AreEqual(32 + r.MinuteCadences.Length, r.Bytes.Length);
        }

        Assert.IsTrue(assembler.Records.Any(r => r.MinuteCadences.Length == RunLogLayout.MaxMinutes));
    }

    [TestMethod]
    public void NotificationsAllocateNothingInSteadyState()
    {
        var trace = InstrumentCommands.TenMinuteRun(15);
        var xyz = SensorEmulator.Emulate(trace, 100, 4096, out int n);
        int sent = 0;
        long allocated = SteadyStateBytes.LeastOfTwoPasses(() =>
        {
            var clock = new VirtualClock();
            var ble = new BlePeripheralDouble { Subscribed = true };
            var loop = new PodLoop(clock, Sensor(clock, new ArraySamples(xyz, n)), new SimBeeper(clock), new ScriptedButtons(clock),
                new MemoryBlockStore(), new SimBattery(), new SimPower(), new EventLog());
            loop.AttachBle(ble);
            loop.Boot();
            loop.Controller.TrySetSetting((int)PodSettingId.StrideLengthMm, 1150, 0);
            long before = 0;
            int sentBefore = 0;
            long endUs = (long)(trace.DurationMs * 1000) - 10_000_000;
            var driver = new Lockstep(clock, loop);
            while (clock.NowUs64 < endUs)
            {
                if (before == 0 && clock.NowUs64 > 300_000_000L)
                {
                    before = GC.GetAllocatedBytesForCurrentThread();
                    sentBefore = ble.Notifications;
                }

                driver.Step(endUs);
            }

            long bytes = GC.GetAllocatedBytesForCurrentThread() - before;
            sent = ble.Notifications - sentBefore;
            return bytes;
        });

        Assert.IsTrue(sent > 500, $"{sent} notifications");
        Assert.AreEqual(0, allocated, $"bytes allocated over {sent} notifications (and the whole loop) after warm-up, least of two passes");
    }

    [TestMethod]
    public void TheDocsNameTheHeadsUuids()
    {
        string root = Cli.RepoRoot;
        string head = File.ReadAllText(Path.Combine(root, "firmware", "CadencePod.Device", "Ble", "NanoBlePeripheral.cs"));
        string docs = File.ReadAllText(Path.Combine(root, "docs", "ble.md"));
        var uuids = Regex.Matches(head, @"const string (\w+Uuid) = ""([0-9a-f-]{36})""").Select(m => (m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.AreEqual(5, uuids.Count);
        foreach (var (name, uuid) in uuids) Assert.IsTrue(docs.Contains(uuid), $"docs/ble.md does not give {name} {uuid}");
    }

    [TestMethod]
    public void TheBleCommandShowsThePhonesSide()
    {
        var (exit, output, err) = Cli.Run("ble", "--minutes", "20", "--stride", "1150", "--set", "volume=1", "--set", "target-spm=300", "--read-log", "--stranger", "--every", "120");
        Assert.AreEqual(0, exit, err);
        StringAssert.Contains(output, "phone writes volume=1: accepted");
        StringAssert.Contains(output, "phone writes target-spm=300: refused, Out of Range (0xFF), nothing changed");
        StringAssert.Contains(output, "stranger: 4 attempt(s) refused");
        StringAssert.Contains(output, "run log: 1 record(s) read, 0 CRC failure(s), 0 gap(s)");
        StringAssert.Contains(output, "stride 1.15 m");
        var largest = Regex.Match(output, @"largest difference ([\d.]+) spm");
        Assert.IsTrue(largest.Success && double.Parse(largest.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) <= 1.0, output);
    }

    [TestMethod]
    public void TheBleCommandRefusesBadOptionsInOneLine()
    {
        foreach (var args in new[] { new[] { "ble", "--set", "loudness=3" }, new[] { "ble", "--set", "volume" }, new[] { "ble", "--every", "0" }, new[] { "ble", "--stride", "-4" }, new[] { "ble", "--minutes", "0" } })
        {
            var (exit, _, err) = Cli.Run(args);
            Assert.AreEqual(2, exit, string.Join(" ", args) + ": " + err);
            Assert.AreEqual(1, err.Trim().Split('\n').Length, err);
            StringAssert.StartsWith(err, "error: ");
        }
    }
}
