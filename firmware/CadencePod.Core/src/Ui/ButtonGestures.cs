using CadencePod.Core.Seams;

namespace CadencePod.Core.Ui
{
    /// <summary>
    /// Debounces the polled buttons (Up, Down and the optional Mode) and turns them into gestures: short, long (1–2 s,
    /// on release), auto-repeat (past 2 s; Up and Down), Up and Down together (chord) short and long, the staggered chord
    /// (one button, then the other 0.3–1 s later, both held: pairing, forgetting bonds, calibration), and Mode short and
    /// long. A button held for 20 s is taken as stuck against the body and ignored until it is released. Driven by the
    /// injected µs clock; events queue in a small ring.
    /// </summary>
    public sealed class ButtonGestures
    {
        const int QueueSize = Tunables.ButtonEventQueueSize;
        readonly int[] _queue = new int[QueueSize];
        int _queueHead;
        int _queueCount;

        int _stableMask;
        int _rawMask;
        uint _rawSinceUs;
        bool _primed;

        // Gesture state.
        int _heldMask;          // buttons in the current gesture
        uint _gestureStartUs;
        uint _secondDownUs;
        bool _chord;
        bool _armed;
        bool _repeating;
        uint _nextRepeatUs;
        bool _lockFired;
        bool _stuck;
        int _ignoredMask;
        bool _staggered;        // the second button came StaggeredChordMinUs after the first, before its long press
        bool _staggerDownFirst;
        StaggerStage _staggerStage;

        public bool HasEvent { get { return _queueCount > 0; } }

        public ButtonEvent NextEvent()
        {
            if (_queueCount == 0) return ButtonEvent.None;
            int e = _queue[_queueHead];
            _queueHead = (_queueHead + 1) % QueueSize;
            _queueCount--;
            return (ButtonEvent)e;
        }

        /// <summary>Feeds the raw levels read at nowUs (<see cref="ButtonBits"/>).</summary>
        public void Poll(uint nowUs, int rawMask)
        {
            rawMask &= ButtonBits.Up | ButtonBits.Down | ButtonBits.Mode;
            if (!_primed)
            {
                _primed = true;
                _rawMask = rawMask;
                _rawSinceUs = nowUs;
                // A button already down at power-up (bench-test entry) is not a press.
                _ignoredMask = rawMask;
                _stableMask = rawMask;
                return;
            }

            if (rawMask != _rawMask)
            {
                _rawMask = rawMask;
                _rawSinceUs = nowUs;
            }

            if (_rawMask != _stableMask && Time.DiffUs(nowUs, _rawSinceUs) >= Tunables.DebounceUs)
            {
                int previous = _stableMask;
                _stableMask = _rawMask;
                OnChange(nowUs, previous, _stableMask);
            }

            OnHold(nowUs);
        }

        void OnChange(uint nowUs, int previous, int current)
        {
            _ignoredMask &= current; // a released button is no longer ignored
            int effective = current & ~_ignoredMask;
            int pressed = effective & ~previous;
            if (pressed != 0)
            {
                if (_heldMask == 0)
                {
                    _heldMask = pressed;
                    _gestureStartUs = nowUs;
                    _chord = pressed == (ButtonBits.Up | ButtonBits.Down);
                    if ((pressed & ButtonBits.Mode) != 0 && pressed != ButtonBits.Mode) _heldMask = pressed & ~ButtonBits.Mode;
                    _secondDownUs = nowUs;
                    _armed = false;
                    _repeating = false;
                    _lockFired = false;
                    _stuck = false;
                    _staggered = false;
                    _staggerStage = StaggerStage.None;
                }
                else if (!_chord && !_staggered && (_heldMask | pressed) == (ButtonBits.Up | ButtonBits.Down))
                {
                    int since = Time.DiffUs(nowUs, _gestureStartUs);
                    if (since <= Tunables.ChordWindowUs)
                    {
                        _heldMask |= pressed;
                        _chord = true;
                        _secondDownUs = nowUs;
                    }
                    else if (since >= Tunables.StaggeredChordMinUs && !_armed && !_repeating)
                    {
                        // Deliberately one after the other: a different gesture from "together", so the order can mean something.
                        _staggerDownFirst = _heldMask == ButtonBits.Down;
                        _heldMask |= pressed;
                        _staggered = true;
                        _secondDownUs = nowUs;
                    }
                }
            }

            // A gesture ends when any of its buttons is released.
            if (_heldMask != 0 && (effective & _heldMask) != _heldMask) EndGesture(nowUs);
        }

        void EndGesture(uint nowUs)
        {
            int held = Time.DiffUs(nowUs, _gestureStartUs);
            if (!_stuck && !_staggered)
            {
                if (_chord)
                {
                    if (!_lockFired && held < Tunables.LongPressUs) Enqueue(ButtonEvent.BothShort);
                }
                else if (_heldMask == ButtonBits.Mode)
                {
                    Enqueue(held < Tunables.LongPressUs ? ButtonEvent.ModeShort : ButtonEvent.ModeLong);
                }
                else if (!_repeating)
                {
                    bool up = _heldMask == ButtonBits.Up;
                    if (held < Tunables.LongPressUs) Enqueue(up ? ButtonEvent.UpShort : ButtonEvent.DownShort);
                    else Enqueue(up ? ButtonEvent.UpLong : ButtonEvent.DownLong);
                }
            }

            // Buttons still down after the gesture ended are ignored until released.
            _ignoredMask |= _stableMask;
            _heldMask = 0;
        }

        void OnHold(uint nowUs)
        {
            if (_heldMask == 0 || _stuck) return;
            int held = Time.DiffUs(nowUs, _gestureStartUs);
            if (held >= Tunables.StuckButtonUs)
            {
                _stuck = true;
                return;
            }

            if (_staggered)
            {
                int both = Time.DiffUs(nowUs, _secondDownUs);
                if (_staggerStage == StaggerStage.None && both >= Tunables.StaggeredHoldUs)
                {
                    _staggerStage = StaggerStage.ChordSent;
                    Enqueue(_staggerDownFirst ? ButtonEvent.PairingChord : ButtonEvent.CalibrationChord);
                }

                if (_staggerStage == StaggerStage.ChordSent && _staggerDownFirst && both >= Tunables.ForgetBondsHoldUs)
                {
                    _staggerStage = StaggerStage.BondsForgotten;
                    Enqueue(ButtonEvent.ForgetBondsChord);
                }

                return;
            }

            if (_chord)
            {
                if (!_lockFired && Time.DiffUs(nowUs, _secondDownUs) >= Tunables.LockHoldUs)
                {
                    _lockFired = true;
                    Enqueue(ButtonEvent.BothLong);
                }

                return;
            }

            if (!_armed && held >= Tunables.LongPressUs)
            {
                _armed = true;
                Enqueue(ButtonEvent.LongArmed);
            }

            if (_heldMask == ButtonBits.Mode) return; // the third button has no auto-repeat

            if (!_repeating && held >= Tunables.RepeatStartUs)
            {
                _repeating = true;
                _nextRepeatUs = nowUs;
            }

            if (_repeating && Time.IsAtOrAfter(nowUs, _nextRepeatUs))
            {
                Enqueue(_heldMask == ButtonBits.Up ? ButtonEvent.UpRepeat : ButtonEvent.DownRepeat);
                _nextRepeatUs = nowUs + (uint)Tunables.RepeatIntervalUs;
            }
        }

        void Enqueue(ButtonEvent e)
        {
            if (_queueCount == QueueSize) return; // a full queue drops the newest: nobody presses 8 gestures in 10 ms
            _queue[(_queueHead + _queueCount) % QueueSize] = (int)e;
            _queueCount++;
        }
    }
}
