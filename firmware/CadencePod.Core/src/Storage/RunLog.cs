using CadencePod.Core.Pacing;
using CadencePod.Core.Seams;
using static CadencePod.Core.Storage.RunLogLayout;

namespace CadencePod.Core.Storage
{
    /// <summary>
    /// Bounded ring of run records on flash: one slot per run (slots <see cref="RunLogLayout.FirstSlot"/> … + <see cref="Capacity"/> − 1),
    /// the oldest overwritten, so the log can never fill the disk. Each record holds the run summary and the cadence of
    /// every minute (up to <see cref="RunLogLayout.MaxMinutes"/>); its layout is docs/records.md's "Run-log record" table,
    /// and <see cref="RunLogLayout"/> holds its offsets. Dumped as CSV over the serial console (docs/user-guide.md).
    /// </summary>
    public sealed class RunLog
    {
        /// <summary>Runs the ring keeps.</summary>
        public const int Capacity = Tunables.RunLogRuns;

        readonly IBlockStore _store;
        readonly byte[] _buffer = new byte[RecordBytes];
        readonly byte[] _minutes = new byte[MaxMinutes];
        int _minuteCount;
        uint _nextSequence = 1;
        bool _scanned;

        public RunLog(IBlockStore store)
        {
            _store = store;
        }

        /// <summary>Starts collecting a new run's minutes.</summary>
        public void BeginRun()
        {
            _minuteCount = 0;
        }

        /// <summary>Adds one minute's mean cadence (spm; 0 while stopped). Minutes past the limit are dropped.</summary>
        public void AddMinute(int cadenceSpm)
        {
            if (_minuteCount >= MaxMinutes) return;
            if (cadenceSpm < 0) cadenceSpm = 0;
            // One byte per minute, capped at 255 spm (above any human cadence).
            _minutes[_minuteCount++] = (byte)(cadenceSpm > MaxMinuteSpm ? MaxMinuteSpm : cadenceSpm);
        }

        /// <summary>Writes the finished run over the oldest record. False on a storage error (logged, never fatal).</summary>
        public bool Append(RunSummary run)
        {
            ScanOnce();
            for (int i = 0; i < RecordBytes; i++) _buffer[i] = 0;
            _buffer[AtMagic] = MagicR;
            _buffer[AtMagic + 1] = MagicL;
            LittleEndian.PutU32(_buffer, AtSequence, _nextSequence);
            LittleEndian.PutU16(_buffer, AtDurationS, run.DurationS > MaxU16 ? MaxU16 : run.DurationS);
            LittleEndian.PutU16(_buffer, AtRunningS, run.RunningS > MaxU16 ? MaxU16 : run.RunningS);
            LittleEndian.PutU16(_buffer, AtSteps, run.Steps > MaxU16 ? MaxU16 : run.Steps);
            LittleEndian.PutU16(_buffer, AtMeanCadenceSpm, run.MeanCadenceSpm);
            LittleEndian.PutU16(_buffer, AtBaselineSpm, run.BaselineSpm);
            LittleEndian.PutU16(_buffer, AtTargetSpm, run.TargetSpm);
            _buffer[AtInZonePercent] = (byte)run.InZonePercent;
            LittleEndian.PutU16(_buffer, AtProbeCadenceSpm, run.ProbeCadenceSpm);
            _buffer[AtMinuteCount] = (byte)_minuteCount;
            for (int i = 0; i < _minuteCount; i++) _buffer[AtMinutes + i] = _minutes[i];
            LittleEndian.PutU32(_buffer, AtCrc, Crc(_buffer));
            int slot = FirstSlot + (int)((_nextSequence - 1) % Capacity);
            bool ok = _store.Write(slot, _buffer, RecordBytes);
            _nextSequence++;
            return ok;
        }

        /// <summary>Sequence number of the oldest run the ring can still hold (1 before the ring has wrapped).</summary>
        public uint OldestSequence
        {
            get
            {
                ScanOnce();
                return _nextSequence > Capacity ? _nextSequence - Capacity : 1;
            }
        }

        /// <summary>Sequence number the next finished run will get (one past the newest stored run).</summary>
        public uint NextSequence
        {
            get
            {
                ScanOnce();
                return _nextSequence;
            }
        }

        /// <summary>
        /// Copies run <paramref name="sequence"/>'s stored bytes — the header and its minutes, as on flash — into
        /// <paramref name="into"/> (at least <see cref="RunLogLayout.RecordBytes"/> long); returns how many, 0 when that run is not in
        /// the log or its record is corrupt. For the Bluetooth log reader; allocates nothing.
        /// </summary>
        public int ReadRecordBytes(uint sequence, byte[] into)
        {
            ScanOnce();
            if (sequence == 0 || sequence >= _nextSequence || sequence < OldestSequence) return 0;
            if (!ReadRecord(FirstSlot + (int)((sequence - 1) % Capacity), sequence)) return 0;
            int length = HeaderBytes + _buffer[AtMinuteCount];
            for (int i = 0; i < length; i++) into[i] = _buffer[i];
            return length;
        }

        /// <summary>Writes every valid record, oldest first, as CSV lines: a "run" row, then its "minute" rows.</summary>
        public int Dump(ITextOut output)
        {
            ScanOnce();
            output.WriteLine("# cadencepod run log v1");
            output.WriteLine("kind,seq,duration_s,running_s,steps,mean_spm,baseline_spm,target_spm,in_zone_pct,probe_spm");
            int runs = 0;
            uint first = _nextSequence > Capacity ? _nextSequence - Capacity : 1;
            for (uint seq = first; seq < _nextSequence; seq++)
            {
                if (!ReadRecord(FirstSlot + (int)((seq - 1) % Capacity), seq)) continue;
                runs++;
                output.WriteLine("run," + seq.ToString() + "," + U16(AtDurationS) + "," + U16(AtRunningS) + "," + U16(AtSteps) + ","
                    + U16(AtMeanCadenceSpm) + "," + U16(AtBaselineSpm) + "," + U16(AtTargetSpm) + "," + _buffer[AtInZonePercent].ToString()
                    + "," + U16(AtProbeCadenceSpm));
                int minutes = _buffer[AtMinuteCount];
                for (int m = 0; m < minutes; m++)
                {
                    output.WriteLine("minute," + seq.ToString() + "," + (m + 1).ToString() + "," + _buffer[AtMinutes + m].ToString());
                }
            }

            output.WriteLine("# end, " + runs.ToString() + " runs");
            return runs;
        }

        void ScanOnce()
        {
            if (_scanned) return;
            _scanned = true;
            uint newest = 0;
            for (int i = 0; i < Capacity; i++)
            {
                if (ReadRecord(FirstSlot + i, 0))
                {
                    uint seq = LittleEndian.GetU32(_buffer, AtSequence);
                    if (seq > newest) newest = seq;
                }
            }

            _nextSequence = newest + 1;
        }

        bool ReadRecord(int slot, uint expectedSequence)
        {
            int n = _store.Read(slot, _buffer);
            if (n < RecordBytes || _buffer[AtMagic] != MagicR || _buffer[AtMagic + 1] != MagicL) return false;
            if (LittleEndian.GetU32(_buffer, AtCrc) != Crc(_buffer)) return false;
            if (_buffer[AtMinuteCount] > MaxMinutes) return false;
            return expectedSequence == 0 || LittleEndian.GetU32(_buffer, AtSequence) == expectedSequence;
        }

        /// <summary>The record's check value: the CRC of the minutes (all MaxMinutes bytes) xor the CRC of the header before it.</summary>
        static uint Crc(byte[] record)
        {
            return Crc32.Compute(record, AtMinutes, MaxMinutes) ^ Crc32.Compute(record, 0, AtCrc);
        }

        string U16(int at)
        {
            return LittleEndian.GetU16(_buffer, at).ToString();
        }
    }
}
