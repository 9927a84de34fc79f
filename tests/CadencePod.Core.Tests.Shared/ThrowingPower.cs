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
    public sealed class ThrowingPower : IPowerControl
    {
        public WakeReason LastWake
        {
            get { throw new Exception("simulated sleep API failure"); }
        }

        public void Sleep(bool wakeOnMotion)
        {
            throw new Exception("simulated sleep API failure");
        }

        public void Shutdown()
        {
            throw new Exception("simulated sleep API failure");
        }
    }
}
