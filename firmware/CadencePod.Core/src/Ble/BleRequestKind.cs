namespace CadencePod.Core.Ble
{
    public enum BleRequestKind
    {
        None = 0,
        Read = 1,
        Write = 2,
    }
}
