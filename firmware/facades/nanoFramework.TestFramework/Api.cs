// Facade of nanoFramework.TestFramework 3.0.80 (nanoframework-api.md §4): the attributes and the Assert
// surface that CadencePod's shared tests use. Compiling the shared tests against this facade proves they
// stay on the surface MSTest and the nano runner share.
using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { throw null; }
        public object[] MethodParameters { get { throw null; } }
    }

    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(char expected, char actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(double expected, double actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(float expected, float actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(short expected, short actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(ulong expected, ulong actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void AreNotEqual(object notExpected, object actual, [CallerArgumentExpression("actual")] string message = "") { throw null; }
        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "") { throw null; }
        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "") { throw null; }
        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "") { throw null; }
        public static void IsNotNull(object value, [CallerArgumentExpression("value")] string message = "") { throw null; }
    }
}
