namespace CadencePod.Simulator.Board;

public enum SensorFaultKind
{
    /// <summary>Each I²C transaction is not acknowledged with the given probability; the chip keeps filling its FIFO.</summary>
    ReadErrors,
    /// <summary>A FIFO read stops mid-sample with the given probability (the ESP32 driver never reports one; the API has it).</summary>
    PartialTransfers,
    /// <summary>The sensor loses power: no answer and no samples; when it comes back it is in its power-up state.</summary>
    Vanished,
    /// <summary>The sensor repeats its last sample (a stuck output register).</summary>
    Stuck,
    /// <summary>Each transaction throws with the given probability, as the native I²C driver does for its own failures.</summary>
    Exceptions,
    /// <summary>A brown-out at FromUs: the chip resets itself once, to its power-up state (ToUs is not used).</summary>
    Brownout,
}
