#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using CadencePod.Core.Pacing;
using CadencePod.Core.Storage;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
{
    [TestClass]
    public class SettingsTests
    {
        static PodSettings Custom()
        {
            var s = new PodSettings();
            s.TargetMode = TargetMode.Absolute;
            s.PercentTenths = 75;
            s.AbsoluteSpm = 182;
            s.CueMode = CueMode.Faded;
            s.VolumeLevel = 1;
            s.ToneHz = 3200;
            s.BaselineSpm = 163;
            s.PlanStage = 1;
            s.PlanSuccessfulRuns = 2;
            s.PlanCompletedRuns = 300;
            s.PhaseLock = true;
            s.AutoSleepS = 900;
            return s;
        }

        [TestMethod]
        public void RoundTrip()
        {
            var buffer = new byte[SettingsRecordLayout.RecordBytes];
            PodSettings s = Custom();
            SettingsCodec.Encode(s, 77u, buffer);
            var back = new PodSettings();
            Assert.IsTrue(SettingsCodec.TryDecode(buffer, buffer.Length, back, out uint seq));
            Assert.AreEqual(77u, seq);
            Assert.IsTrue(back.SameAs(s));
        }

        [TestMethod]
        public void EverySingleByteCorruptionIsRejected()
        {
            var buffer = new byte[SettingsRecordLayout.RecordBytes];
            SettingsCodec.Encode(Custom(), 5u, buffer);
            var into = new PodSettings();
            for (int i = 0; i < buffer.Length; i++)
            {
                for (int flip = 1; flip < 256; flip <<= 1)
                {
                    byte saved = buffer[i];
                    buffer[i] = (byte)(saved ^ flip);
                    Assert.IsFalse(SettingsCodec.TryDecode(buffer, buffer.Length, into, out uint _), "byte " + i.ToString());
                    buffer[i] = saved;
                }
            }
        }

        [TestMethod]
        public void EmptyCorruptOrUnknownVersionGivesDefaultsWithTheNotice()
        {
            var store = new MemoryBlockStore();
            var settings = Custom();
            Assert.AreEqual((int)SettingsLoadResult.ResetToDefaults, (int)new SettingsStore(store).Load(settings));
            Assert.IsTrue(settings.SameAs(new PodSettings()));

            var buffer = new byte[SettingsRecordLayout.RecordBytes];
            SettingsCodec.Encode(Custom(), 1u, buffer);
            buffer[2] = 9; // unknown version
            store.Write(SettingsStore.SlotA, buffer, buffer.Length);
            settings = Custom();
            Assert.AreEqual((int)SettingsLoadResult.ResetToDefaults, (int)new SettingsStore(store).Load(settings));
            Assert.IsTrue(settings.SameAs(new PodSettings()));
        }

        [TestMethod]
        public void SavesAlternateSlotsAndTheNewestWins()
        {
            var store = new MemoryBlockStore();
            var ss = new SettingsStore(store);
            var s = Custom();
            Assert.IsTrue(ss.Save(s));
            s.AbsoluteSpm = 190;
            Assert.IsTrue(ss.Save(s));
            Assert.AreEqual(SettingsStore.SlotB, ss.NewestSlot);
            var loaded = new PodSettings();
            Assert.AreEqual((int)SettingsLoadResult.Loaded, (int)new SettingsStore(store).Load(loaded));
            Assert.AreEqual(190, loaded.AbsoluteSpm);
        }

        [TestMethod]
        public void APowerCutAtAnyByteOfAWriteLeavesTheLastGoodSettings()
        {
            for (int cut = 0; cut <= SettingsRecordLayout.RecordBytes; cut++)
            {
                var store = new MemoryBlockStore();
                var ss = new SettingsStore(store);
                var good = Custom();
                ss.Save(good);
                ss.Save(good); // both slots hold good records now
                var changed = Custom();
                changed.AbsoluteSpm = 200;
                store.TearNextWriteAt = cut;
                bool ok = ss.Save(changed);
                var loaded = new PodSettings();
                Assert.AreEqual((int)SettingsLoadResult.Loaded, (int)new SettingsStore(store).Load(loaded), "cut at " + cut.ToString());
                // Either the previous record or, when every byte landed, the new one; never defaults, never a mix.
                Assert.IsTrue(loaded.AbsoluteSpm == 182 || loaded.AbsoluteSpm == 200, "cut at " + cut.ToString());
                if (cut < SettingsRecordLayout.RecordBytes) Assert.AreEqual(182, loaded.AbsoluteSpm);
                Assert.IsFalse(ok);
            }
        }

        [TestMethod]
        public void AFailedSaveKeepsThePreviousRecord()
        {
            var store = new MemoryBlockStore();
            var ss = new SettingsStore(store);
            ss.Save(Custom());
            store.FailWrites = true;
            var changed = Custom();
            changed.VolumeLevel = 3;
            Assert.IsFalse(ss.Save(changed));
            var loaded = new PodSettings();
            new SettingsStore(store).Load(loaded);
            Assert.AreEqual(1, loaded.VolumeLevel);
        }
    }
}
