using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Emit = System.Reflection.Emit;
using System.Runtime.Loader;
using CadencePod.Traces;
using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;

namespace CadencePod.Simulator.Commands;

/// <summary>
/// The cadence engine's cost meter. Copies the compiled CadencePod.Core.dll, inserts a counter increment at the
/// head of every basic block (adding the block's IL instruction count), loads the copy in its own load context and
/// replays a trace through <c>CadenceEngine.Process</c> and beats through <c>PacingEngine.TakeBeat</c>, reading the
/// counter around each call: IL instructions executed per sample and per beat. Managed bytes allocated come from
/// GC.GetAllocatedBytesForCurrentThread around the same calls (after a warm-up). It also lists struct-typed locals in
/// the per-sample and per-beat code: on nanoFramework each one is a heap allocation at every method entry.
/// </summary>
public static class CostMeter
{
    public sealed record Result(int Samples, double MeanPerSample, double P99PerSample, long MaxPerSample, double BytesPerSample,
        int Beats, double MeanPerBeat, long MaxPerBeat, double BytesPerBeat, List<string> StructLocals, string TraceName)
    {
        /// <summary>The Bluetooth side's cost, when measured.</summary>
        public BleCost? Ble { get; init; }
    }

    /// <summary>
    /// IL instructions of one RSC notification (BleService.OnSecond with a central listening, the runner moving, a
    /// calibrated stride: encode and hand over; once a second) and of one idle request poll (BleService.Service with no
    /// request waiting; every PodLoop.BlePollUs while idle), and the bytes a notification allocates.
    /// </summary>
    public sealed record BleCost(int Notifications, double MeanPerNotification, long MaxPerNotification, double BytesPerNotification, double IlPerIdlePoll);

    const string CounterType = "CadencePodCostMeter";

    public static Result Measure(Trace trace, int rateHz)
    {
        string coreDll = typeof(CadencePod.Core.Signal.CadenceEngine).Assembly.Location;
        string dir = Directory.CreateTempSubdirectory("cadencepod-cost-").FullName;
        string instrumented = Path.Combine(dir, "CadencePod.Core.dll");
        var structLocals = Instrument(coreDll, instrumented);

        var alc = new AssemblyLoadContext("cost-meter", isCollectible: true);
        try
        {
            var asm = alc.LoadFromAssemblyPath(instrumented);
            var counter = asm.GetType(CounterType)!.GetField("Count", BindingFlags.Public | BindingFlags.Static)!;
            // Compiled, not reflected: a reflected read boxes, and .NET swaps reflection's invoker for generated code
            // after some calls — an allocation that could land inside the measured window.
            var Read = System.Linq.Expressions.Expression.Lambda<Func<long>>(System.Linq.Expressions.Expression.Field(null, counter)).Compile();

            // Per sample.
            var engineType = asm.GetType("CadencePod.Core.Signal.CadenceEngine")!;
            object engine = Activator.CreateInstance(engineType, rateHz, SensorEmulator.CountsPerGAt8G)!;
            var process = (Func<int, int, int, int>)Delegate.CreateDelegate(typeof(Func<int, int, int, int>), engine, engineType.GetMethod("Process")!);
            var xyz = SensorEmulator.Emulate(trace, rateHz, SensorEmulator.CountsPerGAt8G, out int n);
            var perSample = new long[n];
            int warmup = Math.Min(n / 10, 10 * rateHz);
            long bytesBefore = 0;
            for (int k = 0; k < n; k++)
            {
                if (k == warmup) bytesBefore = GC.GetAllocatedBytesForCurrentThread();
                long before = Read();
                process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
                perSample[k] = Read() - before;
            }

            long sampleBytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
            // The host's JIT promotes the engine's methods (tiered compilation, dynamic PGO) while the first pass runs
            // and now and then allocates for it on this thread (12 KB in about 1 run in 20). A second pass over the
            // same samples on a fresh engine, with every method already compiled, sees only what the engine allocates.
            object engine2 = Activator.CreateInstance(engineType, rateHz, SensorEmulator.CountsPerGAt8G)!;
            var process2 = (Func<int, int, int, int>)Delegate.CreateDelegate(typeof(Func<int, int, int, int>), engine2, engineType.GetMethod("Process")!);
            for (int k = 0; k < warmup; k++) process2(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            long secondBefore = GC.GetAllocatedBytesForCurrentThread();
            for (int k = warmup; k < n; k++) process2(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]);
            sampleBytes = Math.Min(sampleBytes, GC.GetAllocatedBytesForCurrentThread() - secondBefore);
            double bytesPerSample = sampleBytes / (double)Math.Max(1, n - warmup);

            // Per beat: the settings (baseline 160, phase lock on), the target over them, a runner in step at 166 spm.
            var settingsType = asm.GetType("CadencePod.Core.Storage.PodSettings")!;
            object settings = Activator.CreateInstance(settingsType)!;
            settingsType.GetField("BaselineSpm")!.SetValue(settings, 160);
            settingsType.GetField("PhaseLock")!.SetValue(settings, true);
            object target = Activator.CreateInstance(asm.GetType("CadencePod.Core.Pacing.PaceTarget")!, settings)!;
            var runnerType = asm.GetType("CadencePod.Core.Signal.RunnerSnapshot")!;
            object runner = Activator.CreateInstance(runnerType)!;
            runnerType.GetField("CadenceSpm")!.SetValue(runner, 166f);
            runnerType.GetField("Motion")!.SetValue(runner, Enum.ToObject(asm.GetType("CadencePod.Core.Signal.MotionState")!, 2));
            runnerType.GetField("ConfidencePercent")!.SetValue(runner, 90);
            runnerType.GetField("StepPeriodUs")!.SetValue(runner, 361000);
            runnerType.GetField("HasFootfall")!.SetValue(runner, true);
            var nextFootfall = runnerType.GetField("NextFootfallUs")!;
            var pacingType = asm.GetType("CadencePod.Core.Pacing.PacingEngine")!;
            object pacing = Activator.CreateInstance(pacingType, settings, target, runner)!;
            pacingType.GetMethod("Start")!.Invoke(pacing, new object[] { 1000000u });
            object beep = Activator.CreateInstance(asm.GetType("CadencePod.Core.Pacing.Beep")!)!;
            var takeBeatMethod = pacingType.GetMethod("TakeBeat")!;
            var takeBeat = System.Linq.Expressions.Expression.Lambda<Action>(System.Linq.Expressions.Expression.Call(
                System.Linq.Expressions.Expression.Constant(pacing), takeBeatMethod, System.Linq.Expressions.Expression.Constant(beep))).Compile();
            var nextBeat = pacingType.GetProperty("NextBeatUs")!;
            int beats = 2000;
            var perBeat = new long[beats];
            long beatBytes = 0;
            for (int b = 0; b < beats; b++)
            {
                nextFootfall.SetValue(runner, (uint)nextBeat.GetValue(pacing)! + 150000u);
                long allocBefore = GC.GetAllocatedBytesForCurrentThread();
                long before = Read();
                takeBeat();
                perBeat[b] = Read() - before;
                if (b >= 100) beatBytes += GC.GetAllocatedBytesForCurrentThread() - allocBefore;
            }

            double bytesPerBeat = beatBytes / (double)(beats - 100);

            var bleCost = MeasureBle(asm, Read, xyz, n, rateHz);

            var sorted = perSample.Skip(warmup).OrderBy(v => v).ToArray();
            return new Result(n, sorted.Average(), sorted[(int)(0.99 * (sorted.Length - 1))], sorted[^1], bytesPerSample,
                beats, perBeat.Skip(100).Average(), perBeat.Skip(100).Max(), bytesPerBeat, structLocals, trace.Name) { Ble = bleCost };
        }
        finally
        {
            alc.Unload();
        }
    }

    static BleCost MeasureBle(Assembly asm, Func<long> read, short[] xyz, int n, int rateHz)
    {
        Type T(string name) => asm.GetType(name) ?? throw new InvalidOperationException(name);
        object beeper = NullImplementation(T("CadencePod.Core.Seams.IBeeper"));
        object tones = Activator.CreateInstance(T("CadencePod.Core.Ui.ToneScheduler"), beeper)!;
        var engineType = T("CadencePod.Core.Signal.CadenceEngine");
        object engine = Activator.CreateInstance(engineType, rateHz, SensorEmulator.CountsPerGAt8G)!;
        var process = (Func<int, int, int, int>)Delegate.CreateDelegate(typeof(Func<int, int, int, int>), engine, engineType.GetMethod("Process")!);
        for (int k = 0; k < Math.Min(n, 60 * rateHz); k++) process(xyz[3 * k], xyz[3 * k + 1], xyz[3 * k + 2]); // a minute in: running
        var runnerType = T("CadencePod.Core.Signal.RunnerSnapshot");
        object runner = Activator.CreateInstance(runnerType)!;
        runnerType.GetMethod("Update")!.Invoke(runner, new object[] { engine, 0u, Enum.ToObject(T("CadencePod.Core.Seams.SensorStatus"), 0), 0 });
        object controller = Activator.CreateInstance(T("CadencePod.Core.Pod.PodController"), NullImplementation(T("CadencePod.Core.Seams.IBlockStore")),
            tones, NullImplementation(T("CadencePod.Core.Seams.IPowerControl")), NullImplementation(T("CadencePod.Core.Seams.IPodEvents")), runner)!;
        T("CadencePod.Core.Pod.PodController").GetMethod("TrySetSetting")!.Invoke(controller, new object[] { 12, 1150, 0u }); // a calibrated stride
        object peripheral = NullImplementation(T("CadencePod.Core.Ble.IBlePeripheral"), "IsSubscribed");
        var serviceType = T("CadencePod.Core.Ble.BleService");
        object ble = Activator.CreateInstance(serviceType, peripheral, controller, runner)!;
        var onSecond = (Action<uint, int>)Delegate.CreateDelegate(typeof(Action<uint, int>), ble, serviceType.GetMethod("OnSecond")!);
        var service = (Func<uint, bool>)Delegate.CreateDelegate(typeof(Func<uint, bool>), ble, serviceType.GetMethod("Service")!);
        for (int i = 0; i < 100; i++)
        {
            service((uint)i * 10_000u);
            onSecond((uint)i * 1_000_000u, 3900);
        }

        const int calls = 2000;
        var perNotification = new long[calls];
        long bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < calls; i++)
        {
            long before = read();
            onSecond((uint)(100 + i) * 1_000_000u, 3900);
            perNotification[i] = read() - before;
        }

        long bytes = GC.GetAllocatedBytesForCurrentThread() - bytesBefore;
        long idle = 0;
        for (int i = 0; i < calls; i++)
        {
            long before = read();
            service((uint)(3_000_000 + i * 10_000));
            idle += read() - before;
        }

        return new BleCost(calls, perNotification.Average(), perNotification.Max(), bytes / (double)calls, idle / (double)calls);
    }

    /// <summary>An object implementing <paramref name="iface"/> (from the instrumented assembly) that does nothing and
    /// allocates nothing: void methods return, bool methods return false (true for the names given), others default.</summary>
    static object NullImplementation(Type iface, params string[] returnTrue)
    {
        var assembly = Emit.AssemblyBuilder.DefineDynamicAssembly(new AssemblyName("cost-meter-null-" + iface.Name), Emit.AssemblyBuilderAccess.RunAndCollect);
        var type = assembly.DefineDynamicModule("null").DefineType("Null" + iface.Name, System.Reflection.TypeAttributes.Public | System.Reflection.TypeAttributes.Sealed | System.Reflection.TypeAttributes.Class, typeof(object), new[] { iface });
        foreach (var m in iface.GetMethods())
        {
            var impl = type.DefineMethod(m.Name, System.Reflection.MethodAttributes.Public | System.Reflection.MethodAttributes.Virtual | System.Reflection.MethodAttributes.Final | System.Reflection.MethodAttributes.HideBySig | System.Reflection.MethodAttributes.NewSlot,
                m.ReturnType, m.GetParameters().Select(p => p.ParameterType).ToArray());
            var il = impl.GetILGenerator();
            if (m.ReturnType == typeof(bool)) il.Emit(returnTrue.Contains(m.Name) ? Emit.OpCodes.Ldc_I4_1 : Emit.OpCodes.Ldc_I4_0);
            else if (m.ReturnType != typeof(void) && m.ReturnType.IsValueType)
            {
                var local = il.DeclareLocal(m.ReturnType);
                il.Emit(Emit.OpCodes.Ldloca_S, local);
                il.Emit(Emit.OpCodes.Initobj, m.ReturnType);
                il.Emit(Emit.OpCodes.Ldloc, local);
            }
            else if (m.ReturnType != typeof(void)) il.Emit(Emit.OpCodes.Ldnull);
            il.Emit(Emit.OpCodes.Ret);
            type.DefineMethodOverride(impl, m);
        }

        return Activator.CreateInstance(type.CreateType())!;
    }

    /// <summary>Writes an instrumented copy; returns the struct-typed locals found in the hot code.</summary>
    static List<string> Instrument(string input, string output)
    {
        var structLocals = new List<string>();
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(input)!);
        resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location)!);
        using var module = ModuleDefinition.ReadModule(input, new ReaderParameters { AssemblyResolver = resolver });
        var counterType = new TypeDefinition("", CounterType, Mono.Cecil.TypeAttributes.Public | Mono.Cecil.TypeAttributes.Abstract | Mono.Cecil.TypeAttributes.Sealed, module.TypeSystem.Object);
        var count = new FieldDefinition("Count", Mono.Cecil.FieldAttributes.Public | Mono.Cecil.FieldAttributes.Static, module.TypeSystem.Int64);
        counterType.Fields.Add(count);
        module.Types.Add(counterType);

        string[] hot = { "CadencePod.Core.Signal.", "CadencePod.Core.Sensors.", "CadencePod.Core.Pacing.PacingEngine", "CadencePod.Core.Pacing.Metronome", "CadencePod.Core.Ui.ToneScheduler", "CadencePod.Core.Pod.PodLoop", "CadencePod.Core.Pod.PodController", "CadencePod.Core.Ble.BleService", "CadencePod.Core.Ble.RscEncoder" };
        foreach (var type in module.GetTypes().ToList())
        {
            if (type == counterType) continue;
            foreach (var method in type.Methods.Where(m => m.HasBody))
            {
                if (hot.Any(h => type.FullName.StartsWith(h, StringComparison.Ordinal)))
                {
                    foreach (var v in method.Body.Variables)
                    {
                        var t = v.VariableType;
                        if (t.IsValueType && !t.IsPrimitive && t.Resolve()?.IsEnum != true)
                            structLocals.Add($"{type.Name}.{method.Name}: {t.Name}");
                    }
                }

                InstrumentMethod(method, count);
            }
        }

        module.Write(output);
        return structLocals;
    }

    static void InstrumentMethod(MethodDefinition method, FieldDefinition count)
    {
        var body = method.Body;
        body.SimplifyMacros();
        var instructions = body.Instructions;
        var leaders = new HashSet<Instruction> { instructions[0] };
        foreach (var ins in instructions)
        {
            if (ins.Operand is Instruction target) leaders.Add(target);
            if (ins.Operand is Instruction[] targets) foreach (var t in targets) leaders.Add(t);
            if (ins.OpCode.FlowControl is FlowControl.Branch or FlowControl.Cond_Branch or FlowControl.Return or FlowControl.Throw && ins.Next != null)
                leaders.Add(ins.Next);
        }

        foreach (var h in body.ExceptionHandlers)
        {
            foreach (var i in new[] { h.TryStart, h.TryEnd, h.HandlerStart, h.HandlerEnd, h.FilterStart })
                if (i != null) leaders.Add(i);
        }

        // Block sizes: instructions from each leader to the next.
        var ordered = instructions.ToList();
        var sizes = new Dictionary<Instruction, int>();
        Instruction? current = null;
        foreach (var ins in ordered)
        {
            if (leaders.Contains(ins)) current = ins;
            sizes[current!] = sizes.GetValueOrDefault(current!) + 1;
        }

        var il = body.GetILProcessor();
        var firstOf = new Dictionary<Instruction, Instruction>();
        foreach (var leader in ordered.Where(leaders.Contains))
        {
            var load = il.Create(OpCodes.Ldsfld, count);
            il.InsertBefore(leader, load);
            il.InsertBefore(leader, il.Create(OpCodes.Ldc_I8, (long)sizes[leader]));
            il.InsertBefore(leader, il.Create(OpCodes.Add));
            il.InsertBefore(leader, il.Create(OpCodes.Stsfld, count));
            firstOf[leader] = load;
        }

        // Jumps and handler boundaries that pointed at a leader now point at its counter code.
        foreach (var ins in instructions)
        {
            if (ins.Operand is Instruction t && firstOf.TryGetValue(t, out var nt) && !IsCounterCode(ins, count)) ins.Operand = nt;
            if (ins.Operand is Instruction[] ts) for (int i = 0; i < ts.Length; i++) if (firstOf.TryGetValue(ts[i], out var n2)) ts[i] = n2;
        }

        foreach (var h in body.ExceptionHandlers)
        {
            if (h.TryStart != null && firstOf.TryGetValue(h.TryStart, out var a)) h.TryStart = a;
            if (h.TryEnd != null && firstOf.TryGetValue(h.TryEnd, out var b)) h.TryEnd = b;
            if (h.HandlerStart != null && firstOf.TryGetValue(h.HandlerStart, out var c)) h.HandlerStart = c;
            if (h.HandlerEnd != null && firstOf.TryGetValue(h.HandlerEnd, out var d)) h.HandlerEnd = d;
            if (h.FilterStart != null && firstOf.TryGetValue(h.FilterStart, out var e)) h.FilterStart = e;
        }

        body.MaxStackSize += 2;
        body.OptimizeMacros();
    }

    static bool IsCounterCode(Instruction ins, FieldDefinition count) => ins.Operand is FieldReference f && f == count;
}
