using Microsoft.VisualStudio.TestTools.UnitTesting;

// Each test builds its own throw-away project in its own folder: they can run side by side.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.MethodLevel)]
