using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Buttons behind a guard: a GPIO read that throws reads as "nothing pressed".</summary>
    public sealed class GuardedButtons : IButtonPanel
    {
        readonly IButtonPanel _inner;
        readonly HardwareFaults _faults;

        public GuardedButtons(IButtonPanel inner, HardwareFaults faults)
        {
            _inner = inner;
            _faults = faults;
        }

        public int ReadPressedMask()
        {
            try
            {
                return _inner.ReadPressedMask();
            }
            catch (Exception)
            {
                _faults.Record(HardwarePart.Buttons);
                return 0;
            }
        }
    }
}
