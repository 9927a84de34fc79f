using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Power
{
    /// <summary>
    /// Cell voltage from a divider into an ADC pin, with the rules that keep a missing divider, a floating pin or a
    /// wandering reading from ever looking like a flat cell: such readings are "unknown" (0), which the controller
    /// ignores, never "critical" (which would save and shut the pod down).
    ///
    /// Conversion as the native ESP32 driver delivers: raw counts 0 … MaxRaw at 11/12 dB attenuation, where MaxRaw is
    /// full scale (about 3.9 V; ESP-IDF adc.h) and only 150–2450 mV at the pin convert accurately; uncalibrated (the
    /// reference is 1000–1200 mV from chip to chip, so ±9 %). The board passes full scale, accurate range and divider.
    ///
    /// Rules: no ADC (the board declares no divider) → unknown; a pin voltage outside the accurate range or a saturated
    /// reading → unknown; a cell voltage outside <see cref="Tunables.BatteryPlausibleMinMv"/> …
    /// <see cref="Tunables.BatteryPlausibleMaxMv"/> → unknown; otherwise the value is reported only once
    /// <see cref="Tunables.BatterySettledReadings"/> plausible readings in a row agree within
    /// <see cref="Tunables.BatteryAgreementMv"/> (their mean). An ADC that throws clears the history and the exception
    /// goes on to the guard, which records it and reads unknown.
    /// </summary>
    public sealed class BatteryGauge : IBattery
    {
        readonly IAnalogInput _adc;
        readonly int _fullScaleMv;
        readonly int _accurateMinMv;
        readonly int _accurateMaxMv;
        readonly int _dividerTopOhms;
        readonly int _dividerBottomOhms;
        readonly int[] _history = new int[Tunables.BatterySettledReadings];
        int _count;
        int _next;

        /// <param name="adc">null when the board has no divider fitted: always unknown.</param>
        public BatteryGauge(IAnalogInput adc, int fullScaleMv, int accurateMinMv, int accurateMaxMv, int dividerTopOhms, int dividerBottomOhms)
        {
            _adc = adc;
            _fullScaleMv = fullScaleMv;
            _accurateMinMv = accurateMinMv;
            _accurateMaxMv = accurateMaxMv;
            _dividerTopOhms = dividerTopOhms;
            _dividerBottomOhms = dividerBottomOhms;
        }

        /// <summary>The last averaged raw reading (-1 before any), for the bench test.</summary>
        public int LastRaw = -1;

        /// <summary>Readings rejected as implausible since boot.</summary>
        public int Rejected;

        public int ReadMillivolts()
        {
            if (_adc == null || _dividerBottomOhms <= 0) return 0;
            int maxRaw;
            long sum = 0;
            try
            {
                maxRaw = _adc.MaxRaw;
                for (int i = 0; i < Tunables.BatterySamplesPerReading; i++) sum += _adc.ReadRaw();
            }
            catch (Exception)
            {
                _count = 0;
                throw;
            }

            if (maxRaw <= 0) return Reject();
            int raw = (int)(sum / Tunables.BatterySamplesPerReading);
            LastRaw = raw;
            int pinMv = (int)((long)raw * _fullScaleMv / maxRaw);
            int cellMv = (int)((long)pinMv * (_dividerTopOhms + _dividerBottomOhms) / _dividerBottomOhms);
            if (raw < 0 || raw >= maxRaw || pinMv < _accurateMinMv || pinMv > _accurateMaxMv) return Reject();
            if (cellMv < Tunables.BatteryPlausibleMinMv || cellMv > Tunables.BatteryPlausibleMaxMv) return Reject();

            _history[_next] = cellMv;
            _next = (_next + 1) % _history.Length;
            if (_count < _history.Length) _count++;
            if (_count < _history.Length) return 0;

            int min = _history[0], max = _history[0];
            long total = 0;
            for (int i = 0; i < _history.Length; i++)
            {
                int v = _history[i];
                if (v < min) min = v;
                if (v > max) max = v;
                total += v;
            }

            if (max - min > Tunables.BatteryAgreementMv) return 0;
            return (int)(total / _history.Length);
        }

        int Reject()
        {
            Rejected++;
            _count = 0;
            _next = 0;
            return 0;
        }
    }
}
