using CadencePod.Core.Ui;

namespace CadencePod.Core.Pod
{
    /// <summary>
    /// Handles the button gestures the controller does not own (today the Bluetooth service: pairing, forgetting bonds,
    /// calibration). Returns false when it cannot act, and the controller plays the refusal.
    /// </summary>
    public interface IButtonExtension
    {
        bool OnButton(ButtonEvent e, uint nowUs);
    }
}
