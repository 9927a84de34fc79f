namespace CadencePod.Core.Seams
{
    /// <summary>Sensor health as seen by the loop.</summary>
    public enum SensorStatus
    {
        Ok = 0,
        /// <summary>The last read failed (bus error); the source will retry.</summary>
        ReadError = 1,
        /// <summary>The sensor did not answer for long enough to count as missing.</summary>
        Missing = 2,
    }
}
