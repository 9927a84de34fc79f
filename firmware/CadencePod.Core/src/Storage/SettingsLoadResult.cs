
namespace CadencePod.Core.Storage
{
    public enum SettingsLoadResult
    {
        /// <summary>A valid record was read.</summary>
        Loaded = 0,
        /// <summary>No valid record (empty, corrupt, unknown version, or unreadable store): defaults are in use.</summary>
        ResetToDefaults = 1,
    }
}
