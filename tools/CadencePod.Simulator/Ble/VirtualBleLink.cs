using System;
using System.Collections.Generic;
using CadencePod.Core.Ble;

namespace CadencePod.Simulator.Ble;

/// <summary>
/// The simulator's radio: Core's <see cref="IBlePeripheral"/> with centrals on the other end. It plays the part of
/// the stack and its pairing policy as the device head sets it up (docs/ble.md "Security"): a request's security is
/// what the central's link is (open, encrypted, or encrypted with a bond); pairing succeeds only while the wearer's
/// pairing window is open, except for a central that already holds a bond (it re-encrypts with its keys).
/// Requests are answered one at a time, in order, as on the device.
/// </summary>
public sealed class VirtualBleLink : IBlePeripheral
{
    readonly Queue<BleExchange> _queue = new();
    BleExchange? _current;
    int _newBonds;

    public List<VirtualCentral> Centrals { get; } = new();
    public bool WindowOpen { get; private set; }
    public int WindowOpenings { get; private set; }
    public int BondsForgotten { get; private set; }

    /// <summary>The time notifications are stamped with (set by the simulation).</summary>
    public Func<long>? NowUs { get; set; }
    /// <summary>The pod's own cadence and motion at a notification, for comparison (set by the simulation).</summary>
    public Func<(float CadenceSpm, int Motion)>? PodState { get; set; }

    public VirtualCentral Connect(string name)
    {
        var c = new VirtualCentral(name) { Connected = true };
        Centrals.Add(c);
        return c;
    }

    /// <summary>Reconnects a central that was here before: a bonded one comes back encrypted with its stored keys.</summary>
    public void Reconnect(VirtualCentral c)
    {
        c.Connected = true;
        c.Encrypted = c.Bonded;
    }

    public void Disconnect(VirtualCentral c)
    {
        c.Connected = false;
        c.Encrypted = false;
        c.SubscribedRsc = false;
    }

    /// <summary>
    /// The central asks to pair (bond = it wants to keep the keys, as a phone's system pairing does). Returns whether
    /// the link came up encrypted. Outside the pairing window a new pairing fails (the pod demands a passkey it never
    /// shows); a central with a bond just re-encrypts.
    /// </summary>
    public bool Pair(VirtualCentral c, bool bond)
    {
        if (c.Bonded)
        {
            c.Encrypted = true;
            return true;
        }

        if (!WindowOpen) return false;
        c.Encrypted = true;
        if (bond)
        {
            c.Bonded = true;
            _newBonds++;
        }

        return true;
    }

    public BleExchange Submit(VirtualCentral c, BleRequestKind kind, BleCharacteristic characteristic, byte[]? value = null, Action<BleExchange>? then = null)
    {
        var e = new BleExchange { Central = c, Kind = kind, Characteristic = characteristic, Value = value ?? Array.Empty<byte>(), Then = then };
        _queue.Enqueue(e);
        return e;
    }

    // ---- IBlePeripheral (the pod's side) ----

    public bool TakeRequest(BleRequest into)
    {
        while (_queue.Count > 0 && !_queue.Peek().Central.Connected) _queue.Dequeue(); // a central that left takes its requests along
        if (_current != null || _queue.Count == 0) return false;
        _current = _queue.Dequeue();
        var c = _current.Central;
        into.Kind = _current.Kind;
        into.Characteristic = _current.Characteristic;
        into.Security = !c.Encrypted ? BleLinkSecurity.Open : c.Bonded ? BleLinkSecurity.Bonded : BleLinkSecurity.Encrypted;
        into.Length = _current.Value.Length;
        for (int i = 0; i < into.Length && i < BleRequest.MaxValueBytes; i++) into.Value[i] = _current.Value[i];
        return true;
    }

    public void Respond(int attError, byte[] value, int length)
    {
        var e = _current ?? throw new InvalidOperationException("the pod answered a request it never took");
        _current = null;
        e.Error = attError;
        e.Response = value.AsSpan(0, length).ToArray();
        e.Done = true;
        e.Then?.Invoke(e);
    }

    public bool IsSubscribed(BleCharacteristic characteristic)
    {
        if (characteristic != BleCharacteristic.RscMeasurement) return false;
        foreach (var c in Centrals) if (c.Connected && c.SubscribedRsc) return true;
        return false;
    }

    public void Notify(BleCharacteristic characteristic, byte[] value, int length)
    {
        long t = NowUs?.Invoke() ?? 0;
        var (cadence, motion) = PodState?.Invoke() ?? (0f, 0);
        var bytes = value.AsSpan(0, length).ToArray();
        foreach (var c in Centrals)
            if (c.Connected && c.SubscribedRsc) c.Notifications.Add(new RscNotification(t, bytes, cadence, motion));
    }

    public void SetPairingWindow(bool open)
    {
        if (open && !WindowOpen) WindowOpenings++;
        WindowOpen = open;
    }

    public bool TakeBonded()
    {
        if (_newBonds == 0) return false;
        _newBonds--;
        return true;
    }

    public void ForgetAllBonds()
    {
        BondsForgotten++;
        foreach (var c in Centrals) c.Bonded = false; // their keys no longer match: they must pair again in a window
    }
}
