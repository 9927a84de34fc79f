using Microsoft.VisualStudio.TestTools.UnitTesting;

// Test classes share nothing but read-only files: two at a time keep both cores busy through the long soaks.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.ClassLevel)]
