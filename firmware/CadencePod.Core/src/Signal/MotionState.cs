namespace CadencePod.Core.Signal
{
    public enum MotionState
    {
        Still = 0,
        Walking = 1,
        Running = 2,
    }
}
