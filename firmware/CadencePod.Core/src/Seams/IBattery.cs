namespace CadencePod.Core.Seams
{
    /// <summary>Battery voltage through the divider.</summary>
    public interface IBattery
    {
        /// <summary>Cell voltage in mV; 0 when unknown.</summary>
        int ReadMillivolts();
    }
}
