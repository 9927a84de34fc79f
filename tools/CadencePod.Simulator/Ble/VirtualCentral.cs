using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

/// <summary>A phone or watch on the virtual link: what the pod's radio knows about it.</summary>
public sealed class VirtualCentral(string name)
{
    public string Name { get; } = name;
    public bool Connected { get; set; }
    public bool Encrypted { get; set; }
    /// <summary>Holds a bond with the pod (its keys survive a disconnect).</summary>
    public bool Bonded { get; set; }
    public bool SubscribedRsc { get; set; }
    public List<RscNotification> Notifications { get; } = new();
}
