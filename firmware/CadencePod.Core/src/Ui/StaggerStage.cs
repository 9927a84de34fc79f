namespace CadencePod.Core.Ui
{
    /// <summary>How far a staggered chord has gone (<see cref="ButtonGestures"/>).</summary>
    enum StaggerStage
    {
        /// <summary>Nothing fired yet.</summary>
        None = 0,

        /// <summary>The pairing or calibration chord fired (held StaggeredHoldUs).</summary>
        ChordSent = 1,

        /// <summary>The pairing chord, held on, forgot every bond (ForgetBondsHoldUs).</summary>
        BondsForgotten = 2,
    }
}
