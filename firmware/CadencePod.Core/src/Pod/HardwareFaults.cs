using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// Counts hardware faults by part. The first fault of each part is reported as a <see cref="PodEvent.HardwareFault"/>
    /// event; later ones are only counted (a piezo that throws at every beat must not flood the serial line, and counting
    /// allocates nothing). The bench test prints the counts.
    /// </summary>
    public sealed class HardwareFaults
    {
        readonly int[] _counts = new int[(int)HardwarePart.Console + 1];
        readonly IPodEvents _events;
        readonly IClock _clock;

        public HardwareFaults(IPodEvents events, IClock clock)
        {
            _events = events;
            _clock = clock;
        }

        public int Count(HardwarePart part)
        {
            return _counts[(int)part];
        }

        public int Total
        {
            get
            {
                int total = 0;
                for (int i = 0; i < _counts.Length; i++) total += _counts[i];
                return total;
            }
        }

        public void Record(HardwarePart part)
        {
            _counts[(int)part]++;
            if (_counts[(int)part] != 1) return;
            try
            {
                _events.OnPodEvent(_clock.NowUs(), PodEvent.HardwareFault, (int)part);
            }
            catch (Exception)
            {
                // The report itself failed (the console): the count stays.
            }
        }
    }
}
