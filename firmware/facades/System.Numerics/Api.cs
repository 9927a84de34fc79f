// Facade of nanoFramework.System.Numerics 1.2.862 (nanoframework-api.md §3.4): double fields, no UnitY.
namespace System.Numerics
{
    public partial struct Vector3
    {
        public double X;
        public double Y;
        public double Z;
        public Vector3(double value) { throw null; }
        public Vector3(double x, double y, double z) { throw null; }
        public static Vector3 Zero { get { throw null; } }
        public static Vector3 One { get { throw null; } }
        public static Vector3 UnitX { get { throw null; } }
        public static Vector3 UnitZ { get { throw null; } }
        public double Length() { throw null; }
        public double LengthSquared() { throw null; }
    }
}
