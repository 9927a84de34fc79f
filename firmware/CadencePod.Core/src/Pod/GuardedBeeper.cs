using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>The piezo behind a guard: a PWM call that throws is counted; the pod carries on (silently, if it must).</summary>
    public sealed class GuardedBeeper : IBeeper
    {
        readonly IBeeper _inner;
        readonly HardwareFaults _faults;

        public GuardedBeeper(IBeeper inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public void Start(int frequencyHz, int dutyPermille)
        {
            try
            {
                _inner.Start(frequencyHz, dutyPermille);
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Beeper);
            }
        }

        public void Stop()
        {
            try
            {
                _inner.Stop();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Beeper);
            }
        }
    }
}
