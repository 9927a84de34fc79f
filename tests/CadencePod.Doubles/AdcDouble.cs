using System;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    /// <summary>
    /// An ADC channel as the ESP32's native driver delivers it: raw counts 0 … <see cref="MaxRaw"/>. It can hold a value
    /// (with noise), float (a pin with nothing on it: any value, a new one each read), or throw.
    /// </summary>
    public sealed class AdcDouble : IAnalogInput
    {
        uint _random = 2463534242u;

        public int Max = 4095;

        /// <summary>The value read (before noise).</summary>
        public int Raw;

        /// <summary>Each read adds a uniform error of up to ± this many counts.</summary>
        public int NoiseCounts;

        /// <summary>Nothing on the pin: every read is anywhere in 0 … MaxRaw.</summary>
        public bool Floating;

        /// <summary>The next this-many reads throw.</summary>
        public int ThrowNext;

        public int Reads;

        public int MaxRaw { get { return Max; } }

        public int ReadRaw()
        {
            Reads++;
            if (ThrowNext > 0)
            {
                ThrowNext--;
                throw new Exception("simulated ADC driver failure");
            }

            if (Floating) return (int)(Next() % (uint)(Max + 1));
            int v = Raw;
            if (NoiseCounts > 0) v += (int)(Next() % (uint)(2 * NoiseCounts + 1)) - NoiseCounts;
            if (v < 0) return 0;
            return v > Max ? Max : v;
        }

        /// <summary>Sets the raw value a cell of cellMv gives through the divider at this full scale.</summary>
        public void SetCellMv(int cellMv, int fullScaleMv, int dividerTopOhms, int dividerBottomOhms)
        {
            long pinMv = (long)cellMv * dividerBottomOhms / (dividerTopOhms + dividerBottomOhms);
            Raw = (int)((pinMv * Max + fullScaleMv / 2) / fullScaleMv);
        }

        uint Next()
        {
            // xorshift32: deterministic, the same on the host and on nanoCLR
            _random ^= _random << 13;
            _random ^= _random >> 17;
            _random ^= _random << 5;
            return _random;
        }
    }
}
