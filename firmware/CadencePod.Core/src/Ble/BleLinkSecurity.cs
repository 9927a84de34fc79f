namespace CadencePod.Core.Ble
{
    /// <summary>How far a link is trusted, as the head knows it when the request arrives.</summary>
    public enum BleLinkSecurity
    {
        /// <summary>Not encrypted: anyone in range.</summary>
        Open = 0,
        /// <summary>Encrypted, but not by a bond made in a pairing window (a central that paired without bonding).</summary>
        Encrypted = 1,
        /// <summary>Encrypted with a bond the wearer allowed in a pairing window.</summary>
        Bonded = 2,
    }
}
