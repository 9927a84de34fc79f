using System;
using CadencePod.Core.Seams;

namespace CadencePod.Core.Pod
{
    /// <summary>Stand-ins for parts that could not be opened at all.</summary>
    public sealed class MissingBus : IRegisterBus
    {
        public BusStatus WriteRegister(int register, int value)
        {
            return BusStatus.NotAcknowledged;
        }

        public BusStatus ReadRegisters(int firstRegister, byte[] buffer, int count, out int bytesRead)
        {
            bytesRead = 0;
            return BusStatus.NotAcknowledged;
        }
    }
}
