using System;
using System.Collections.Generic;

namespace CadencePod.Simulator.Ble;

/// <summary>One RSC Measurement as it went over the air, with the pod's own estimate at that moment (for comparison).</summary>
public sealed record RscNotification(long TimeUs, byte[] Bytes, float PodCadenceSpm, int PodMotion);
