using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// The buttons: pressed as a script says (which buttons, from when, for how long; the simulator's --press) and as a
    /// test holds them right now (<see cref="HeldMask"/>). Masks as the panel reports them (ButtonBits.Up …).
    /// </summary>
    public sealed class ScriptedButtons : IButtonPanel
    {
        readonly VirtualClock _clock;
        int[] _mask = new int[4];
        long[] _atUs = new long[4];
        long[] _holdUs = new long[4];
        int _count;

        /// <summary>Buttons held now, whatever the script says.</summary>
        public int HeldMask;

        public ScriptedButtons(VirtualClock clock)
        {
            _clock = clock;
        }

        /// <summary>Adds a press: mask held from atUs (virtual time) for holdUs.</summary>
        public void Add(int mask, long atUs, long holdUs)
        {
            if (_count == _mask.Length) Grow();
            _mask[_count] = mask;
            _atUs[_count] = atUs;
            _holdUs[_count] = holdUs;
            _count++;
        }

        public int ReadPressedMask()
        {
            long now = _clock.NowUs64;
            int mask = HeldMask;
            for (int i = 0; i < _count; i++)
            {
                if (now >= _atUs[i] && now < _atUs[i] + _holdUs[i]) mask |= _mask[i];
            }

            return mask;
        }

        void Grow()
        {
            int n = _mask.Length * 2;
            var mask = new int[n];
            var at = new long[n];
            var hold = new long[n];
            for (int i = 0; i < _count; i++)
            {
                mask[i] = _mask[i];
                at[i] = _atUs[i];
                hold[i] = _holdUs[i];
            }

            _mask = mask;
            _atUs = at;
            _holdUs = hold;
        }
    }
}
