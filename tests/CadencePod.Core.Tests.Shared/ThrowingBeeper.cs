#if NANOFRAMEWORK_1_0
using nanoFramework.TestFramework;
#else
using Microsoft.VisualStudio.TestTools.UnitTesting;
#endif
using System;
using CadencePod.Core.Pod;
using CadencePod.Core.Seams;
using CadencePod.Core.Sensors;
using CadencePod.Core.Storage;
using CadencePod.Core.Ui;
using CadencePod.Doubles;

namespace CadencePod.Core.Tests
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
