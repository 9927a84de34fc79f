using System;
using System.Collections.Generic;
using System.IO;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Doubles;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>Virtual µs clock owned by the simulator: 64-bit inside, the firmware sees the wrapping low 32 bits.</summary>
public sealed class VirtualClock : IClock
{
    public long NowUs64 { get; set; }
    public uint NowUs() => (uint)NowUs64;
}

/// <summary>An injected sensor fault over a time window, from the start of the run (reliability tests use these).</summary>
public sealed record SensorFault(long FromUs, long ToUs, SensorFaultKind Kind, double Rate = 1.0);

public enum SensorFaultKind
{
    /// <summary>Each I²C transaction is not acknowledged with the given probability; the chip keeps filling its FIFO.</summary>
    ReadErrors,
    /// <summary>A FIFO read stops mid-sample with the given probability (the ESP32 driver never reports one; the API has it).</summary>
    PartialTransfers,
    /// <summary>The sensor loses power: no answer and no samples; when it comes back it is in its power-up state.</summary>
    Vanished,
    /// <summary>The sensor repeats its last sample (a stuck output register).</summary>
    Stuck,
    /// <summary>Each transaction throws with the given probability, as the native I²C driver does for its own failures.</summary>
    Exceptions,
    /// <summary>A brown-out at FromUs: the chip resets itself once, to its power-up state (ToUs is not used).</summary>
    Brownout,
}

/// <summary>
/// The virtual board's MPU-6050: the register-level double the unit tests use (tests/CadencePod.Doubles) fed from the
/// recording, and the firmware's own driver (Core's Mpu6050Fifo) reading it — one FIFO model for tests and simulator.
/// Faults are applied to the double by time window.
/// </summary>
public sealed class VirtualSensor
{
    readonly long _startUs;
    readonly HashSet<SensorFault> _glitched = new();

    /// <param name="clock">The virtual clock; the chip's sample k is taken k / rate after now.</param>
    /// <param name="rateHz">Rate the driver asks for (the chip makes the nearest 1 kHz / (1 + n)).</param>
    /// <param name="odrErrorPercent">The chip's oscillator error.</param>
    public VirtualSensor(VirtualClock clock, int rateHz, double odrErrorPercent = 0)
    {
        _startUs = clock.NowUs64;
        Chip = new Mpu6050RegisterFile(clock, new StillSource()) { OscillatorRatio = 1.0 + odrErrorPercent / 100.0 };
        Driver = new Mpu6050Fifo(Chip, rateHz);
    }

    public Mpu6050RegisterFile Chip { get; }
    public Mpu6050Fifo Driver { get; }
    public List<SensorFault> Faults { get; } = new();

    /// <summary>Sets the double's fault knobs for the time nowUs (absolute virtual time).</summary>
    public void ApplyFaults(long nowUs)
    {
        long t = nowUs - _startUs;
        int nack = 0, partial = 0, throws = 0;
        bool vanished = false, stuck = false;
        foreach (var f in Faults)
        {
            if (f.Kind == SensorFaultKind.Brownout)
            {
                if (t >= f.FromUs && _glitched.Add(f)) Chip.PowerGlitch();
                continue;
            }

            if (t < f.FromUs || t >= f.ToUs) continue;
            int permille = (int)Math.Round(f.Rate * 1000);
            switch (f.Kind)
            {
                case SensorFaultKind.ReadErrors: nack = permille; break;
                case SensorFaultKind.PartialTransfers: partial = permille; break;
                case SensorFaultKind.Exceptions: throws = permille; break;
                case SensorFaultKind.Vanished: vanished = true; break;
                case SensorFaultKind.Stuck: stuck = true; break;
            }
        }

        Chip.NackPermille = nack;
        Chip.PartialPermille = partial;
        Chip.ThrowPermille = throws;
        Chip.Stuck = stuck;
        if (Chip.Present == vanished) Chip.Present = !vanished;
    }
}

/// <summary>The double's samples from an emulated recording; after its end, a pod lying still (1 g on z).</summary>
public sealed class TraceSampleSource(SensorSamples samples, int samplesCountsPerG = SensorEmulator.CountsPerGAt8G) : ISampleSource
{
    public void Sample(long k, int countsPerG, out short x, out short y, out short z)
    {
        if (k >= samples.Count || k < 0)
        {
            x = 0;
            y = 0;
            z = (short)countsPerG;
            return;
        }

        samples.Get(k, out x, out y, out z);
        if (countsPerG == samplesCountsPerG) return;
        x = (short)Math.Clamp(x * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
        y = (short)Math.Clamp(y * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
        z = (short)Math.Clamp(z * countsPerG / samplesCountsPerG, short.MinValue, short.MaxValue);
    }
}

/// <summary>
/// The virtual board as the firmware's boot sequence (Core's PodBoot) sees it: board rev1's revision (BoardRev1 is
/// compiled in), the simulated parts, the sensor's bus on the register-level double.
/// </summary>
public sealed class VirtualPodBoard(VirtualClock clock, VirtualSensor sensor, IBeeper beeper, IButtonPanel buttons, IBlockStore store,
    IBattery battery, IPowerControl power, IPodEvents events, ITextOut? console, int sensorRateHz) : IPodBoard
{
    public string Revision => CadencePod.Device.Board.BoardRev1.Revision;
    public IClock Clock => clock;
    public IDelay Delay { get; } = new VirtualDelay(clock);
    public ITextOut Console => console!;
    public IPodEvents Events => events;
    public int SensorRateHz => sensorRateHz;
    public IRegisterBus OpenSensorBus() => sensor.Chip;
    public IBeeper OpenBeeper() => beeper;
    public IButtonPanel OpenButtons() => buttons;
    public IBlockStore OpenStorage() => store;
    public IBattery OpenBattery() => battery;
    public IPowerControl OpenPower(Mpu6050Fifo s) => power;
}

/// <summary>Boot-time waits of the firmware (the MPU-6050's reset): virtual time passes.</summary>
public sealed class VirtualDelay(VirtualClock clock) : IDelay
{
    public void WaitMs(int milliseconds) => clock.NowUs64 += milliseconds * 1000L;
}

/// <summary>One tone the piezo played.</summary>
public readonly record struct ToneRecord(long StartUs, long EndUs, int FrequencyHz, int DutyPermille);

/// <summary>Records every tone edge with its virtual µs time.</summary>
public sealed class SimBeeper : IBeeper
{
    readonly VirtualClock _clock;
    long _startUs = -1;
    int _frequency;
    int _duty;

    public SimBeeper(VirtualClock clock) => _clock = clock;

    public List<ToneRecord> Tones { get; } = new();

    public void Start(int frequencyHz, int dutyPermille)
    {
        if (_startUs >= 0) Stop();
        _startUs = _clock.NowUs64;
        _frequency = frequencyHz;
        _duty = dutyPermille;
    }

    public void Stop()
    {
        if (_startUs < 0) return;
        Tones.Add(new ToneRecord(_startUs, _clock.NowUs64, _frequency, _duty));
        _startUs = -1;
    }
}

/// <summary>A scripted press: which buttons, from when, for how long.</summary>
public sealed record ScriptedPress(int Mask, long AtUs, long HoldUs, string Label);

/// <summary>Buttons driven by a press script (--press up@60s, both-long@300s …).</summary>
public sealed class ScriptedButtons : IButtonPanel
{
    readonly VirtualClock _clock;
    public ScriptedButtons(VirtualClock clock) => _clock = clock;
    public List<ScriptedPress> Presses { get; } = new();

    public int ReadPressedMask()
    {
        long now = _clock.NowUs64;
        int mask = 0;
        foreach (var p in Presses)
            if (now >= p.AtUs && now < p.AtUs + p.HoldUs) mask |= p.Mask;
        return mask;
    }
}

public sealed class SimBattery : IBattery
{
    public int Millivolts { get; set; } = 3950;
    public int ReadMillivolts() => Millivolts;
}

public sealed class SimPower : IPowerControl
{
    public WakeReason LastWake { get; set; } = WakeReason.PowerOn;
    public int Sleeps { get; private set; }
    public bool ShutDown { get; private set; }
    public void Sleep(bool wakeOnMotion) => Sleeps++;
    public void Shutdown() => ShutDown = true;
}

/// <summary>Block store in files (one per slot), as the device keeps them on I:. Errors are reported, never thrown.</summary>
public sealed class FileBlockStore : IBlockStore
{
    readonly string _folder;
    public FileBlockStore(string folder)
    {
        _folder = folder;
        Directory.CreateDirectory(folder);
    }

    string PathOf(int slot) => Path.Combine(_folder, $"slot{slot:00}.bin");

    public int Read(int slot, byte[] buffer)
    {
        try
        {
            var p = PathOf(slot);
            if (!File.Exists(p)) return 0;
            var bytes = File.ReadAllBytes(p);
            int n = Math.Min(bytes.Length, buffer.Length);
            Array.Copy(bytes, buffer, n);
            return n;
        }
        catch (IOException) { return -1; }
        catch (UnauthorizedAccessException) { return -1; }
    }

    public bool Write(int slot, byte[] data, int length)
    {
        try
        {
            using var f = new FileStream(PathOf(slot), FileMode.Create, FileAccess.Write);
            f.Write(data, 0, length);
            return true;
        }
        catch (IOException) { return false; }
        catch (UnauthorizedAccessException) { return false; }
    }
}

/// <summary>One pod event with its virtual time.</summary>
public readonly record struct EventRecord(long TimeUs, PodEvent Kind, int Value, PodState State);

/// <summary>Collects pod events. Steps come as <see cref="PodEvent"/> values too: they go to <see cref="StepSamples"/>, not to the
/// event list (a long run has hundreds of thousands).</summary>
public sealed class EventRecorder : IPodEvents
{
    readonly VirtualClock _clock;
    public EventRecorder(VirtualClock clock) => _clock = clock;
    public Func<PodState>? StateOf { get; set; }
    public List<EventRecord> Events { get; } = new();
    /// <summary>The sample index of every detected step, in order.</summary>
    public List<int> StepSamples { get; } = new();

    /// <summary>When set, the lines the device head prints on its serial console for these events (SerialEvents).</summary>
    public List<string>? Serial { get; set; }

    public void OnPodEvent(uint nowUs, PodEvent kind, int value)
    {
        if (Serial != null && kind is not (PodEvent.Beat or PodEvent.Step or PodEvent.Button))
            Serial.Add(SerialConsole.EventLine(nowUs, kind, value));
        if (kind == PodEvent.Step)
        {
            StepSamples.Add(value);
            return;
        }

        // Event times come from the firmware's 32-bit clock; widen them against the virtual clock.
        long t = _clock.NowUs64 + Time.DiffUs(nowUs, _clock.NowUs());
        Events.Add(new EventRecord(t, kind, value, StateOf?.Invoke() ?? PodState.Idle));
    }
}

/// <summary>
/// What the pod's serial console carries (docs/building.md, "Serial output"): UART0 at 921600 baud, where the firmware's
/// Console.WriteLine lines arrive as plain text when no debugger is attached. The boot banner, the event lines, the
/// run-log dump and record mode's trace are written by the firmware's own code (Core's PodBoot, RunLog, TraceRecorder);
/// the simulator adds what the ESP32's ROM prints at reset.
/// </summary>
public static class SerialConsole
{
    /// <summary>
    /// The ESP32 ROM's boot lines at reset are sent at 115200 baud; a terminal at the console's 921600 shows them as a
    /// short run of garbage (here U+FFFD, as most terminals draw an undecodable byte). Readers skip everything before the
    /// line they start at.
    /// </summary>
    public static readonly string[] Esp32RomBoot = { new string('\uFFFD', 23) };

    /// <summary>SerialEvents.OnPodEvent's line: "event,ms,kind,value" with ms from the 32-bit µs clock.</summary>
    public static string EventLine(uint nowUs, PodEvent kind, int value) =>
        "event," + (nowUs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Collects ITextOut lines (the boot banner, RunLog.Dump and TraceRecorder write through it).</summary>
    public sealed class Lines(List<string> into) : ITextOut
    {
        public void WriteLine(string line) => into.Add(line);
    }

    /// <summary>Writes ITextOut lines to a file as they come (a long recording stays out of memory).</summary>
    public sealed class Writer(TextWriter into) : ITextOut
    {
        public void WriteLine(string line) => into.WriteLine(line);
    }
}
