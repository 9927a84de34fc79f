namespace CadencePod.Core.Seams
{
    /// <summary>Microsecond clock. 32 bits wrap every 71.6 min: compare times only through <see cref="Time.DiffUs"/>.</summary>
    public interface IClock
    {
        uint NowUs();
    }

    /// <summary>Sensor health as seen by the loop.</summary>
    public enum SensorStatus
    {
        Ok = 0,
        /// <summary>The last read failed (bus error); the source will retry.</summary>
        ReadError = 1,
        /// <summary>The sensor did not answer for long enough to count as missing.</summary>
        Missing = 2,
    }

    /// <summary>
    /// Accelerometer batches. The device drains the MPU-6050 FIFO; the simulator replays a trace.
    /// Timing comes from the sensor's own output data rate: sample n is n / SampleRateHz after sample 0.
    /// </summary>
    public interface IAccelSource
    {
        int SampleRateHz { get; }

        /// <summary>Counts per g at the configured full scale (4096 at ±8 g).</summary>
        int CountsPerG { get; }

        /// <summary>Copies up to maxSamples samples as interleaved x, y, z counts into xyz; returns how many.</summary>
        int Read(short[] xyz, int maxSamples);

        /// <summary>Samples lost since the previous call (FIFO overflow or bus outage); reading clears it.</summary>
        int TakeLostSamples();

        SensorStatus Status { get; }

        /// <summary>Tries to bring the sensor back (re-initialise). Never throws.</summary>
        bool Recover();
    }

    /// <summary>The piezo. Start and Stop must be cheap: they are called at beat onsets.</summary>
    public interface IBeeper
    {
        /// <summary>Starts a tone; dutyPermille sets loudness (0–500, 500 = loudest square wave).</summary>
        void Start(int frequencyHz, int dutyPermille);

        void Stop();
    }

    /// <summary>Raw button levels, polled; debouncing happens in Core.</summary>
    public interface IButtonPanel
    {
        /// <summary>Bit 0 = Up, bit 1 = Down; 1 = pressed.</summary>
        int ReadPressedMask();
    }

    /// <summary>Small persistent byte slots (settings A/B, run log). Device: files on I:. Host: files or memory.</summary>
    public interface IBlockStore
    {
        /// <summary>Reads slot into buffer; returns bytes read, 0 when empty, -1 on a storage error. Never throws.</summary>
        int Read(int slot, byte[] buffer);

        /// <summary>Writes length bytes of data to slot; false on a storage error (full, read-only). Never throws.</summary>
        bool Write(int slot, byte[] data, int length);
    }

    /// <summary>Battery voltage through the divider.</summary>
    public interface IBattery
    {
        /// <summary>Cell voltage in mV; 0 when unknown.</summary>
        int ReadMillivolts();
    }

    /// <summary>Text out (serial console on the device, stdout on the host). Only used outside the hot path.</summary>
    public interface ITextOut
    {
        void WriteLine(string line);
    }
}

namespace CadencePod.Core.Seams
{
    /// <summary>Why the pod is running: the wake cause decides what it does at boot.</summary>
    public enum WakeReason
    {
        PowerOn = 0,
        Button = 1,
        Motion = 2,
        Timer = 3,
    }

    /// <summary>Sleep and shutdown. Device: ESP32 deep sleep with EXT0 wake on a button (and optionally the MPU INT pin).</summary>
    public interface IPowerControl
    {
        /// <summary>What woke the pod for this boot.</summary>
        WakeReason LastWake { get; }

        /// <summary>Enters deep sleep; on the device this does not return (wake = reboot, the wake cause decides).</summary>
        void Sleep(bool wakeOnMotion);

        /// <summary>Battery critical: everything is saved; power down for good until charged.</summary>
        void Shutdown();
    }

    /// <summary>What happened, for the run log, the serial console and the simulator's events CSV.</summary>
    public enum PodEvent
    {
        Boot = 0,
        StateChanged = 1,
        Button = 2,
        Beat = 3,
        Pattern = 4,
        BaselineCaptured = 5,
        TargetChanged = 6,
        CueModeChanged = 7,
        SettingsReset = 8,
        SensorFault = 9,
        SensorRecovered = 10,
        BatteryLow = 11,
        Shutdown = 12,
        Sleep = 13,
        RunEnded = 14,
        ProbeEnded = 15,
        PlanAdvanced = 16,
        SamplesLost = 17,
        Locked = 18,
        VolumeChanged = 19,
        StorageError = 20,
        /// <summary>A step was confirmed; value = its sample index (the sample nearest the footfall).</summary>
        Step = 21,
        /// <summary>Boot: value = the WakeReason.</summary>
        Wake = 22,
        /// <summary>The sensor's output data rate was measured; value = the rate in mHz.</summary>
        RateCalibrated = 23,
        /// <summary>The baseline was cleared from the phone (it is captured again at the next steady run).</summary>
        BaselineReset = 24,
        /// <summary>Bluetooth pairing: value 0 = window closed, 1 = window opened, 2 = a central bonded, 3 = every bond forgotten.</summary>
        Pairing = 25,
        /// <summary>Stride calibration: value -1 = run started, 0 = refused or cancelled, otherwise the new distance per step in mm.</summary>
        Calibration = 26,
        /// <summary>A setting was changed over Bluetooth; value = its PodSettingId.</summary>
        SettingWritten = 27,
        /// <summary>A call into the hardware threw or could not be opened (first time per part); value = the HardwarePart.</summary>
        HardwareFault = 28,
    }

    /// <summary>Receives pod events. Values are plain ints so reporting allocates nothing.</summary>
    public interface IPodEvents
    {
        void OnPodEvent(uint nowUs, PodEvent kind, int value);
    }
}
