using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using CadencePod.Core.Signal;
using CadencePod.Traces;

BenchmarkRunner.Run<EngineThroughput>(args: args);

/// <summary>One minute of 100 Hz running (6,000 samples of counts, emulated once) through a fresh CadenceEngine.</summary>
[MemoryDiagnoser]
[SimpleJob(RuntimeMoniker.Net10_0, launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class EngineThroughput
{
    short[] _xyz = [];
    int _samples;

    [GlobalSetup]
    public void Setup()
    {
        var sc = new Scenario { Name = "bench", Seed = 3, Segments = { new Segment(ActivityKind.Run, 60, 165, 170) } };
        _xyz = SensorEmulator.Emulate(SyntheticGenerator.Generate(sc), 100, 4096, out _samples);
    }

    /// <summary>Per operation: 6,000 samples. Samples/s = 6,000 / mean time.</summary>
    [Benchmark(OperationsPerInvoke = 6000)]
    public int ProcessOneMinute()
    {
        var engine = new CadenceEngine(100, 4096);
        int steps = 0;
        for (int k = 0; k < _samples; k++) steps += engine.Process(_xyz[3 * k], _xyz[3 * k + 1], _xyz[3 * k + 2]);
        return steps;
    }
}
