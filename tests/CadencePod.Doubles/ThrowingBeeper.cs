using System;
using CadencePod.Core.Seams;

namespace CadencePod.Doubles
{
    public sealed class ThrowingBeeper : IBeeper
    {
        public int Calls;

        public void Start(int frequencyHz, int dutyPermille)
        {
            Calls++;
            throw new Exception("simulated PWM failure");
        }

        public void Stop()
        {
            Calls++;
            throw new Exception("simulated PWM failure");
        }
    }
}
