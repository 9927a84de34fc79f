using System;
using System.Collections.Generic;
using System.IO;
using CadencePod.Core;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Storage;
using CadencePod.Traces;

namespace CadencePod.Simulator.Board;

/// <summary>Virtual µs clock owned by the simulator: 64-bit inside, the firmware sees the wrapping low 32 bits.</summary>
public sealed class VirtualClock : IClock
{
    public long NowUs64 { get; set; }
    public uint NowUs() => (uint)NowUs64;
}

/// <summary>An injected sensor fault over a time window (reliability tests use these).</summary>
public sealed record SensorFault(long FromUs, long ToUs, SensorFaultKind Kind, double Rate = 1.0);

public enum SensorFaultKind
{
    /// <summary>Reads fail (address not acknowledged) with the given probability; the FIFO keeps filling.</summary>
    ReadErrors,
    /// <summary>Reads return fewer samples than available (partial transfer); the rest stay in the FIFO.</summary>
    PartialTransfers,
    /// <summary>The sensor is gone: every read fails and no samples are recorded.</summary>
    Vanished,
    /// <summary>The sensor repeats its last sample (a stuck output register).</summary>
    Stuck,
}

/// <summary>
/// MPU-6050 emulation: samples appear at the output data rate as virtual time passes, sit in a 1024-byte
/// accelerometer-only FIFO (170 samples), and are lost oldest-first when it overflows. After the trace ends the
/// sensor reads a still pod (1 g). Faults can be injected by time window.
/// </summary>
public sealed class SimAccel : IAccelSource
{
    public const int FifoSamples = 1024 / 6;

    readonly VirtualClock _clock;
    readonly SensorSamples _samples;
    readonly long _startUs;
    readonly Random _random;
    long _produced;     // samples the sensor has sampled so far
    long _consumed;     // samples read out (or dropped)
    int _lost;
    short _lastX, _lastY, _lastZ = 4096;
    SensorStatus _status;

    public SimAccel(VirtualClock clock, short[] xyz, int count, int sampleRateHz, int countsPerG, long startUs, int seed = 1)
        : this(clock, new ArraySamples(xyz, count), sampleRateHz, countsPerG, startUs, seed)
    {
    }

    public SimAccel(VirtualClock clock, SensorSamples samples, int sampleRateHz, int countsPerG, long startUs, int seed = 1)
    {
        _clock = clock;
        _samples = samples;
        SampleRateHz = sampleRateHz;
        CountsPerG = countsPerG;
        _startUs = startUs;
        _random = new Random(seed);
    }

    public int SampleRateHz { get; }
    /// <summary>The rate the virtual sensor really samples at (its oscillator's error); SampleRateHz when unset.</summary>
    public double ActualRateHz { get; init; }
    public int CountsPerG { get; }
    public SensorStatus Status => _status;
    public List<SensorFault> Faults { get; } = new();
    public int TotalLost { get; private set; }
    public int ReadCalls { get; private set; }

    SensorFault? ActiveFault()
    {
        long now = _clock.NowUs64;
        foreach (var f in Faults)
            if (now >= f.FromUs && now < f.ToUs) return f;
        return null;
    }

    void Produce()
    {
        long due = ActualRateHz > 0
            ? (long)Math.Floor((_clock.NowUs64 - _startUs) * ActualRateHz / 1_000_000.0) + 1
            : (_clock.NowUs64 - _startUs) * SampleRateHz / 1_000_000 + 1;
        if (due <= _produced) return;
        var fault = ActiveFault();
        if (fault?.Kind == SensorFaultKind.Vanished)
        {
            // Nothing is sampled while the sensor is gone: those samples are simply missing.
            _lost += (int)(due - _produced);
            _produced = due;
            _consumed = due;
            return;
        }

        _produced = due;
        long backlog = _produced - _consumed;
        if (backlog > FifoSamples)
        {
            long drop = backlog - FifoSamples;
            _consumed += drop;
            _lost += (int)drop;
        }
    }

    public int Read(short[] xyz, int maxSamples)
    {
        ReadCalls++;
        Produce();
        var fault = ActiveFault();
        if (fault != null && fault.Kind is SensorFaultKind.ReadErrors or SensorFaultKind.Vanished && _random.NextDouble() < fault.Rate)
        {
            _status = SensorStatus.ReadError;
            return 0;
        }

        _status = SensorStatus.Ok;
        int available = (int)Math.Min(_produced - _consumed, maxSamples);
        if (fault?.Kind == SensorFaultKind.PartialTransfers && available > 1 && _random.NextDouble() < fault.Rate) available /= 2;
        bool stuck = fault?.Kind == SensorFaultKind.Stuck;
        for (int i = 0; i < available; i++)
        {
            long k = _consumed + i;
            if (!stuck)
            {
                if (k < _samples.Count)
                {
                    _samples.Get(k, out _lastX, out _lastY, out _lastZ);
                }
                else
                {
                    _lastX = 0;
                    _lastY = 0;
                    _lastZ = (short)CountsPerG;
                }
            }

            xyz[3 * i] = _lastX;
            xyz[3 * i + 1] = _lastY;
            xyz[3 * i + 2] = _lastZ;
        }

        _consumed += available;
        return available;
    }

    public int TakeLostSamples()
    {
        Produce();
        int lost = _lost;
        TotalLost += lost;
        _lost = 0;
        return lost;
    }

    public bool Recover() => ActiveFault()?.Kind != SensorFaultKind.Vanished;
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
/// What the device head (firmware/CadencePod.Device/Program.cs, DeviceSeams.SerialEvents) prints on the serial console, so
/// the simulator can write the capture a maker would get: the ESP32's ROM boot lines, the head's banner, event lines, and
/// the run-log dump (RunLog.Dump) when the pod powers up with Mode held.
/// </summary>
public static class SerialConsole
{
    /// <summary>Representative ESP32 ROM bootloader output at power-up (addresses and lengths vary by chip and image).</summary>
    public static readonly string[] Esp32RomBoot =
    {
        "ets Jul 29 2019 12:21:46",
        "",
        "rst:0x1 (POWERON_RESET),boot:0x13 (SPI_FAST_FLASH_BOOT)",
        "configsip: 0, SPIWP:0xee",
        "clk_drv:0x00,q_drv:0x00,d_drv:0x00,cs0_drv:0x00,hd_drv:0x00,wp_drv:0x00",
        "mode:DIO, clock div:2",
        "load:0x3fff0030,len:6660",
        "load:0x40078000,len:14848",
        "load:0x40080400,len:3816",
        "entry 0x40080698",
    };

    /// <summary>The head's first lines: board revision and sensor, then the ESP32 wake-up cause (0 at power-up).</summary>
    public static readonly string[] Banner = { "CadencePod rev1: MPU-6050 WHO_AM_I 0x68", "wake cause: 0" };

    /// <summary>SerialEvents.OnPodEvent's line: "event,ms,kind,value" with ms from the 32-bit µs clock.</summary>
    public static string EventLine(uint nowUs, PodEvent kind, int value) =>
        "event," + (nowUs / 1000).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + ((int)kind).ToString(System.Globalization.CultureInfo.InvariantCulture) + "," + value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Collects ITextOut lines (RunLog.Dump writes through it).</summary>
    public sealed class Lines(List<string> into) : ITextOut
    {
        public void WriteLine(string line) => into.Add(line);
    }
}
