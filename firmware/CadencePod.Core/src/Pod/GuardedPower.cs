using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Sleep and shutdown behind a guard: if the chip cannot sleep, the pod stays awake (and says so).</summary>
    public sealed class GuardedPower : IPowerControl
    {
        readonly IPowerControl _inner;
        readonly HardwareFaults _faults;

        public GuardedPower(IPowerControl inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public WakeReason LastWake
        {
            get
            {
                try
                {
                    return _inner.LastWake;
                }
                catch (Exception)
                {
                    _faults.Record(HardwarePart.Power);
                    return WakeReason.PowerOn;
                }
            }
        }

        public void Sleep(bool wakeOnMotion)
        {
            try
            {
                _inner.Sleep(wakeOnMotion);
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Power);
            }
        }

        public void Shutdown()
        {
            try
            {
                _inner.Shutdown();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Power);
            }
        }
    }
}
