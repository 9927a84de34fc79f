using System;

namespace CadencePod.Core.Pod
{
    /// <summary>What the pod does after boot: chosen by the button held at power-on (docs/building.md, "Modes for makers").</summary>
    public enum BootMode
    {
        /// <summary>The pod: the loop.</summary>
        Run = 0,

        /// <summary>Up held: the bench test.</summary>
        BenchTest = 1,

        /// <summary>Down held: record mode (the accelerometer as a trace on the console).</summary>
        Record = 2,

        /// <summary>Mode held: dump the run log on the console, then run.</summary>
        DumpLogThenRun = 3,
    }
}
