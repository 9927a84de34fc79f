namespace CadencePod.Core.Pod
{
    /// <summary>What <see cref="PodController.TrySetSetting"/> did. Anything but Ok changed nothing.</summary>
    public enum SettingResult
    {
        Ok = 0,
        UnknownSetting = 1,
        OutOfRange = 2,
        /// <summary>Valid value, but not now (a relative target without a baseline; the baseline reset while pacing).</summary>
        NotPossibleNow = 3,
    }
}
