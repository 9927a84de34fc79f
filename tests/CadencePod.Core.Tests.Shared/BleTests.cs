#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Ble;
using CadencePod.Core.Pacing;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Signal;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    /// <summary>The Bluetooth LE side on fakes: byte layouts, security rules, settings writes, pairing, calibration, log chunks.</summary>
    [TestClass]
    public class BleTests
    {
        static PodRig Rig(BlePeripheralDouble ble)
        {
            var rig = new PodRig();
            rig.Loop.AttachBle(ble);
            rig.Run(0.05f);
            return rig;
        }

        /// <summary>Puts one request, runs the loop until it is answered, returns the ATT error (0 = success).</summary>
        static int Ask(PodRig rig, BlePeripheralDouble ble, BleRequestKind kind, BleCharacteristic c, BleLinkSecurity security, byte[] value)
        {
            int before = ble.Answers;
            ble.Put(kind, c, security, value, value == null ? 0 : value.Length);
            for (int i = 0; i < 100 && ble.Answers == before; i++) rig.Run(0.01f); // the loop looks every 50 ms while idle
            Assert.AreEqual(before + 1, ble.Answers);
            return ble.LastError;
        }

        static int WriteSetting(PodRig rig, BlePeripheralDouble ble, int id, int value)
        {
            return Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Settings, BleLinkSecurity.Bonded, new byte[] { (byte)id, (byte)value, (byte)(value >> 8) });
        }

        static void HoldStaggered(PodRig rig, int first, int second, float seconds)
        {
            rig.Buttons.HeldMask = first;
            rig.Run(0.5f);
            rig.Buttons.HeldMask = first | second;
            rig.Run(seconds);
            rig.Buttons.HeldMask = 0;
            rig.Run(0.3f);
        }

        [TestMethod]
        public void RscMeasurementOfACalibratedRunner()
        {
            var b = new byte[RscLayout.MaxMeasurementBytes];
            int n = RscEncoder.EncodeMeasurement(b, 170.4f, MotionState.Running, 1200);
            Assert.AreEqual(6, n);
            Assert.AreEqual(RscLayout.FlagStridePresent | RscLayout.FlagRunning, (int)b[0]);
            Assert.AreEqual(870, b[1] | (b[2] << 8)); // 170 steps/min × 1.2 m = 3.40 m/s = 870/256 m/s
            Assert.AreEqual(170, (int)b[3]);
            Assert.AreEqual(120, b[4] | (b[5] << 8)); // 120 cm
        }

        [TestMethod]
        public void RscMeasurementWalkingUncalibratedAndStill()
        {
            var b = new byte[RscLayout.MaxMeasurementBytes];
            Assert.AreEqual(4, RscEncoder.EncodeMeasurement(b, 112.6f, MotionState.Walking, 0));
            Assert.AreEqual(0, (int)b[0]);                 // walking, no stride field
            Assert.AreEqual(0, b[1] | (b[2] << 8));        // no calibration: speed 0
            Assert.AreEqual(113, (int)b[3]);
            Assert.AreEqual(6, RscEncoder.EncodeMeasurement(b, 150f, MotionState.Still, 1000));
            Assert.AreEqual(RscLayout.FlagStridePresent, (int)b[0]);
            Assert.AreEqual(0, (int)b[3]);
            Assert.AreEqual(0, b[1] | (b[2] << 8));
        }

        [TestMethod]
        public void BatteryPercentIsCoarseAndBounded()
        {
            Assert.AreEqual(0, RscEncoder.BatteryPercent(0));
            Assert.AreEqual(0, RscEncoder.BatteryPercent(Tunables.BatteryCriticalMv));
            Assert.AreEqual(50, RscEncoder.BatteryPercent((Tunables.BatteryEmptyMv + Tunables.BatteryFullMv) / 2));
            Assert.AreEqual(100, RscEncoder.BatteryPercent(4300));
        }

        [TestMethod]
        public void SettingsRecordVersion2KeepsTheStrideAndVersion1StillReads()
        {
            var s = new PodSettings();
            s.StrideLengthMm = 1234;
            s.CalibrationDistanceM = 1000;
            s.AbsoluteSpm = 181;
            var b = new byte[SettingsRecordLayout.RecordBytes];
            SettingsCodec.Encode(s, 9u, b);
            var back = new PodSettings();
            Assert.IsTrue(SettingsCodec.TryDecode(b, b.Length, back, out uint seq));
            Assert.IsTrue(back.SameAs(s));

            // The same settings as a version-1 record (32 bytes, CRC at 28), as saved before the Bluetooth release.
            var v1 = new byte[32];
            for (int i = 0; i < 28; i++) v1[i] = b[i];
            v1[2] = 1;
            v1[3] = 20;
            LittleEndian.PutU32(v1, 28, Crc32.Compute(v1, 0, 28));
            var old = new PodSettings();
            Assert.IsTrue(SettingsCodec.TryDecode(v1, v1.Length, old, out seq));
            Assert.AreEqual(181, old.AbsoluteSpm);
            Assert.AreEqual(0, old.StrideLengthMm);
            Assert.AreEqual(Tunables.CalibrationDistanceDefaultM, old.CalibrationDistanceM);
        }

        [TestMethod]
        public void CadenceIsOpenToAnyoneSettingsAndLogOnlyToBondedLinks()
        {
            BleCharacteristic[] guarded = { BleCharacteristic.Settings, BleCharacteristic.Command, BleCharacteristic.LogControl, BleCharacteristic.LogData };
            BleRequestKind[] kinds = { BleRequestKind.Read, BleRequestKind.Write, BleRequestKind.Write, BleRequestKind.Read };
            for (int i = 0; i < guarded.Length; i++)
            {
                Assert.AreEqual(AttErrorCodes.InsufficientAuthentication, BleService.Access(guarded[i], kinds[i], BleLinkSecurity.Open));
                Assert.AreEqual(AttErrorCodes.InsufficientAuthorization, BleService.Access(guarded[i], kinds[i], BleLinkSecurity.Encrypted));
                Assert.AreEqual(AttErrorCodes.None, BleService.Access(guarded[i], kinds[i], BleLinkSecurity.Bonded));
            }

            Assert.AreEqual(AttErrorCodes.None, BleService.Access(BleCharacteristic.RscFeature, BleRequestKind.Read, BleLinkSecurity.Open));
            Assert.AreEqual(AttErrorCodes.None, BleService.Access(BleCharacteristic.SensorLocation, BleRequestKind.Read, BleLinkSecurity.Open));
            Assert.AreEqual(AttErrorCodes.None, BleService.Access(BleCharacteristic.BatteryLevel, BleRequestKind.Read, BleLinkSecurity.Open));
            Assert.AreEqual(AttErrorCodes.WriteNotPermitted, BleService.Access(BleCharacteristic.RscFeature, BleRequestKind.Write, BleLinkSecurity.Bonded));
            Assert.AreEqual(AttErrorCodes.ReadNotPermitted, BleService.Access(BleCharacteristic.Command, BleRequestKind.Read, BleLinkSecurity.Bonded));
        }

        [TestMethod]
        public void AStrangerCanNeitherReadNorChangeAnything()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            var before = new PodSettings();
            before.CopyFrom(rig.Controller.Settings);
            int patterns = rig.Events.Count[(int)PodEvent.Pattern];
            Assert.AreEqual(AttErrorCodes.InsufficientAuthentication, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Settings, BleLinkSecurity.Open, new byte[] { 3, 200, 0 }));
            Assert.AreEqual(AttErrorCodes.InsufficientAuthorization, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Settings, BleLinkSecurity.Encrypted, new byte[] { 3, 200, 0 }));
            Assert.AreEqual(AttErrorCodes.InsufficientAuthentication, Ask(rig, ble, BleRequestKind.Read, BleCharacteristic.Settings, BleLinkSecurity.Open, null));
            Assert.AreEqual(0, ble.ResponseLength);
            Assert.AreEqual(AttErrorCodes.InsufficientAuthentication, Ask(rig, ble, BleRequestKind.Read, BleCharacteristic.LogData, BleLinkSecurity.Open, null));
            Assert.AreEqual(AttErrorCodes.InsufficientAuthorization, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Encrypted, new byte[] { 1 }));
            rig.Run(5f);
            Assert.IsTrue(rig.Controller.Settings.SameAs(before));
            Assert.AreEqual(patterns, rig.Events.Count[(int)PodEvent.Pattern]);
            Assert.AreEqual(0, rig.Events.Count[(int)PodEvent.SettingWritten]);
        }

        [TestMethod]
        public void AValidWriteAppliesPersistsAndSoundsTheConfirmation()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            Assert.AreEqual(AttErrorCodes.None, WriteSetting(rig, ble, (int)PodSettingId.TargetMode, 1));
            Assert.AreEqual(AttErrorCodes.None, WriteSetting(rig, ble, (int)PodSettingId.TargetAbsoluteSpm, 182));
            Assert.AreEqual(182, rig.Controller.Target.TargetSpm);
            Assert.AreEqual(SoundPatterns.IdOf(Tunables.ConfirmSound), rig.Events.LastValue[(int)PodEvent.Pattern]);
            Assert.AreEqual(AttErrorCodes.None, WriteSetting(rig, ble, (int)PodSettingId.PhaseLock, 1));
            Assert.IsTrue(rig.Controller.Settings.PhaseLock);
            Assert.AreEqual(AttErrorCodes.None, WriteSetting(rig, ble, (int)PodSettingId.AutoSleepS, 1800));
            rig.Run(5f); // saved after the same quiet time as a button change
            var reloaded = new PodRig(rig.Store);
            Assert.AreEqual(182, reloaded.Controller.Settings.AbsoluteSpm);
            Assert.IsTrue(reloaded.Controller.Settings.PhaseLock);
            Assert.AreEqual(1800, reloaded.Controller.Settings.AutoSleepS);
        }

        [TestMethod]
        public void EveryMalformedOrOutOfRangeWriteIsRefusedAndChangesNothing()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            rig.Run(5f); // the first boot's defaults are saved
            var before = new PodSettings();
            before.CopyFrom(rig.Controller.Settings);
            int writes = rig.Store.Writes;
            int patterns = rig.Events.Count[(int)PodEvent.Pattern];
            byte[][] bad =
            {
                new byte[0], new byte[] { 3 }, new byte[] { 3, 180 }, new byte[] { 3, 180, 0, 0 },  // lengths
                new byte[] { 0, 1, 0 }, new byte[] { 13, 1, 0 }, new byte[] { 255, 1, 0 },          // unknown ids
                new byte[] { 3, 119, 0 }, new byte[] { 3, 221, 0 }, new byte[] { 3, 180, 1 },        // absolute spm
                new byte[] { 2, 52, 0 }, new byte[] { 2, 105, 0 }, new byte[] { 5, 4, 0 },           // percent off the grid, too high; volume
                new byte[] { 10, 0xC4, 0x09 }, new byte[] { 9, 59, 0 }, new byte[] { 12, 200, 0 },   // tone 2500 Hz, auto-sleep 59 s, stride 200 mm
                new byte[] { 1, 0, 0 },                                                             // relative target, no baseline yet
            };
            int[] expected =
            {
                AttErrorCodes.InvalidAttributeValueLength, AttErrorCodes.InvalidAttributeValueLength, AttErrorCodes.InvalidAttributeValueLength, AttErrorCodes.InvalidAttributeValueLength,
                AttErrorCodes.UnknownOperation, AttErrorCodes.UnknownOperation, AttErrorCodes.UnknownOperation,
                AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange,
                AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange,
                AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange, AttErrorCodes.OutOfRange,
                AttErrorCodes.NotPossibleNow,
            };
            rig.Controller.Settings.TargetMode = TargetMode.Absolute; // so that "relative" is a change
            before.TargetMode = TargetMode.Absolute;
            for (int i = 0; i < bad.Length; i++)
            {
                Assert.AreEqual(expected[i], Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Settings, BleLinkSecurity.Bonded, bad[i]), "write " + i.ToString());
            }

            rig.Run(5f);
            Assert.IsTrue(rig.Controller.Settings.SameAs(before));
            Assert.AreEqual(writes, rig.Store.Writes);
            Assert.AreEqual(patterns, rig.Events.Count[(int)PodEvent.Pattern]);
        }

        [TestMethod]
        public void TheSnapshotReadsBackWhatWasWritten()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            rig.Controller.Target.SetBaselineSpm(160);
            WriteSetting(rig, ble, (int)PodSettingId.TargetPercentTenths, 75);
            WriteSetting(rig, ble, (int)PodSettingId.Volume, 1);
            WriteSetting(rig, ble, (int)PodSettingId.StrideLengthMm, 1150);
            Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Read, BleCharacteristic.Settings, BleLinkSecurity.Bonded, null));
            byte[] r = ble.Response;
            Assert.AreEqual(SettingsProtocolLayout.SnapshotBytes, ble.ResponseLength);
            Assert.AreEqual(1, (int)r[0]);
            Assert.AreEqual(75, (int)r[2]);
            Assert.AreEqual(1, (int)r[6]);
            Assert.AreEqual(160, LittleEndian.GetU16(r, 13));
            Assert.AreEqual(172, LittleEndian.GetU16(r, 15)); // 160 × 1.075
            Assert.AreEqual(1150, LittleEndian.GetU16(r, 17));
        }

        [TestMethod]
        public void ThePairingChordOpensAWindowThatClosesAfterAMinuteOrAtTheFirstBond()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            Assert.IsFalse(ble.WindowOpen); // closed at boot
            HoldStaggered(rig, ButtonBits.Down, ButtonBits.Up, 3.3f);
            Assert.IsTrue(ble.WindowOpen);
            Assert.AreEqual(1, rig.Events.LastValue[(int)PodEvent.Pairing]);
            Assert.IsTrue(rig.Events.Count[(int)PodEvent.Pattern] > 0);
            Assert.AreEqual(SoundPatterns.IdOf(Tunables.PairingOpenSound), rig.Events.LastValue[(int)PodEvent.Pattern]);
            Assert.AreEqual(Tunables.TargetPercentDefaultTenths, rig.Controller.Target.PercentTenths); // no Down/Up press leaked through
            rig.Run(Tunables.PairingWindowS);
            Assert.IsFalse(ble.WindowOpen);
            Assert.AreEqual(SoundPatterns.IdOf(Tunables.PairingClosedSound), rig.Events.LastValue[(int)PodEvent.Pattern]);

            HoldStaggered(rig, ButtonBits.Down, ButtonBits.Up, 3.3f);
            Assert.IsTrue(ble.WindowOpen);
            ble.BondNow = true;
            rig.Run(0.1f);
            Assert.IsFalse(ble.WindowOpen);
            Assert.AreEqual(2, rig.Events.LastValue[(int)PodEvent.Pairing]);
            Assert.AreEqual(SoundPatterns.IdOf(Tunables.PairedSound), rig.Events.LastValue[(int)PodEvent.Pattern]);
        }

        [TestMethod]
        public void HoldingThePairingChordTenSecondsForgetsEveryBond()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            HoldStaggered(rig, ButtonBits.Down, ButtonBits.Up, 5f);
            Assert.AreEqual(0, ble.Forgets);
            HoldStaggered(rig, ButtonBits.Down, ButtonBits.Up, 10.2f);
            Assert.AreEqual(1, ble.Forgets);
            Assert.AreEqual(3, rig.Events.LastValue[(int)PodEvent.Pairing]);
            Assert.IsTrue(ble.WindowOpen); // ready for the new phone
        }

        [TestMethod]
        public void WithoutBluetoothThePairingChordIsRefused()
        {
            var rig = new PodRig();
            HoldStaggered(rig, ButtonBits.Down, ButtonBits.Up, 3.3f);
            Assert.AreEqual(SoundPatterns.IdOf(Tunables.RefuseSound), rig.Events.LastValue[(int)PodEvent.Pattern]);
        }

        [TestMethod]
        public void ACalibrationRunFromTheButtonsSetsTheStrideAndTheSpeed()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            rig.Accel.CadenceSpm = 170f;
            rig.Run(8f);
            HoldStaggered(rig, ButtonBits.Up, ButtonBits.Down, 3.3f);
            Assert.AreEqual(-1, rig.Events.LastValue[(int)PodEvent.Calibration]);
            Assert.IsTrue(rig.Loop.Ble.Calibration.Running);
            int startSteps = rig.Loop.Runner.TotalSteps;
            rig.Run(60f);
            HoldStaggered(rig, ButtonBits.Up, ButtonBits.Down, 3.3f);
            Assert.IsFalse(rig.Loop.Ble.Calibration.Running);
            int stride = rig.Controller.Settings.StrideLengthMm;
            Assert.IsTrue(stride > 0, "no stride");
            Assert.AreEqual(stride, rig.Events.LastValue[(int)PodEvent.Calibration]);
            // 400 m over the steps counted between the two chords (the steps go on while the chord is held)
            int steps = Tunables.CalibrationDistanceDefaultM * 1000 / stride;
            Assert.IsTrue(steps >= 170 && steps <= 200, "steps " + steps.ToString());
            Assert.IsTrue(rig.Loop.Runner.TotalSteps - startSteps >= steps - 2);

            ble.Subscribed = true;
            rig.Run(2f);
            Assert.AreEqual(6, ble.LastNotificationLength);
            int cadence = ble.LastNotification[3];
            int speed = ble.LastNotification[1] | (ble.LastNotification[2] << 8);
            Assert.AreEqual((cadence * stride * 256 + 30000) / 60000, speed);
        }

        [TestMethod]
        public void ATooShortCalibrationIsRefusedAndChangesNothing()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            rig.Accel.CadenceSpm = 170f;
            rig.Run(8f);
            Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Bonded, new byte[] { 2 }));
            rig.Run(10f); // ~28 steps: too few
            Assert.AreEqual(AttErrorCodes.NotPossibleNow, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Bonded, new byte[] { 3, 0x90, 0x01 }));
            Assert.IsTrue(rig.Loop.Ble.Calibration.Running); // nothing half-applied: the run goes on
            Assert.AreEqual(0, rig.Controller.Settings.StrideLengthMm);
            Assert.AreEqual(AttErrorCodes.OutOfRange, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Bonded, new byte[] { 3, 50, 0 }));
            Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Bonded, new byte[] { 4 }));
            Assert.IsFalse(rig.Loop.Ble.Calibration.Running);
            Assert.AreEqual(AttErrorCodes.NotPossibleNow, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.Command, BleLinkSecurity.Bonded, new byte[] { 4 }));
        }

        [TestMethod]
        public void NotificationsComeOnceASecondWhileMovingThenThreeZeros()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            rig.Accel.CadenceSpm = 170f;
            rig.Run(10f);
            Assert.AreEqual(0, ble.Notifications); // nobody listening: nothing encoded or sent
            ble.Subscribed = true;
            rig.Run(20f);
            Assert.IsTrue(ble.Notifications >= 19 && ble.Notifications <= 21, "notifications " + ble.Notifications.ToString());
            Assert.AreEqual(RscLayout.FlagRunning, (int)ble.LastNotification[0]);
            int cadence = ble.LastNotification[3];
            Assert.IsTrue(cadence >= 169 && cadence <= 171, "cadence " + cadence.ToString());
            rig.Accel.CadenceSpm = 0f;
            rig.Run(30f);
            int afterStop = ble.Notifications;
            rig.Run(10f);
            Assert.AreEqual(afterStop, ble.Notifications);
            Assert.AreEqual(0, (int)ble.LastNotification[3]);
        }

        [TestMethod]
        public void TheRunLogReadsBackInChunksWithACrcPerRecord()
        {
            var ble = new BlePeripheralDouble();
            var rig = Rig(ble);
            RunLog log = rig.Controller.RunLog;
            var run = new RunSummary();
            for (int r = 0; r < 3; r++)
            {
                log.BeginRun();
                for (int m = 0; m < 5 + 10 * r; m++) log.AddMinute(160 + m);
                run.DurationS = 600 + r;
                run.Steps = 1000 * (r + 1);
                Assert.IsTrue(log.Append(run));
            }

            var record = new byte[RunLogLayout.RecordBytes + 4];
            var stored = new byte[RunLogLayout.RecordBytes];
            uint seq = log.OldestSequence;
            int records = 0;
            int length = 0;
            for (int reads = 0; reads < 200; reads++)
            {
                Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Read, BleCharacteristic.LogData, BleLinkSecurity.Bonded, null));
                Assert.IsTrue(ble.ResponseLength <= 20);
                int flags = ble.Response[1];
                if ((flags & LogChunkLayout.FlagEndOfLog) != 0) break;
                if ((flags & LogChunkLayout.FlagFirst) != 0) length = 0;
                Assert.AreEqual(length / LogChunkLayout.ChunkPayloadBytes, (int)ble.Response[0]);
                for (int i = 2; i < ble.ResponseLength; i++) record[length++] = ble.Response[i];
                if ((flags & LogChunkLayout.FlagLast) == 0) continue;
                int body = length - 4;
                Assert.AreEqual(Crc32.Compute(record, 0, body), LittleEndian.GetU32(record, body));
                int n = log.ReadRecordBytes(seq, stored);
                Assert.AreEqual(n, body);
                for (int i = 0; i < n; i++) Assert.AreEqual((int)stored[i], (int)record[i]);
                seq++;
                records++;
            }

            Assert.AreEqual(3, records);
            // Seek back to the second run.
            Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.LogControl, BleLinkSecurity.Bonded, new byte[] { 2, 2, 0, 0, 0 }));
            Assert.AreEqual(AttErrorCodes.None, Ask(rig, ble, BleRequestKind.Read, BleCharacteristic.LogData, BleLinkSecurity.Bonded, null));
            Assert.AreEqual(2, LittleEndian.GetU16(ble.Response, 2 + 4));
            Assert.AreEqual(AttErrorCodes.OutOfRange, Ask(rig, ble, BleRequestKind.Write, BleCharacteristic.LogControl, BleLinkSecurity.Bonded, new byte[] { 2, 9, 0, 0, 0 }));
        }
    }
}
