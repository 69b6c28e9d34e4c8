using System.Runtime.InteropServices;

namespace Ecvet.Matching.Internal;

/// <summary>One entry of a term's postings list: the surface (a text, synonym or description of a catalogue entry),
/// its L2-normalised, field-scaled weight for the term, and the term's share of the surface's idf mass (for coverage).
/// Stored as one flat array in CSR order (by term, then by surface), 12 bytes each.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct Posting(int surface, float weight, float cover)
{
    public readonly int Surface = surface;
    public readonly float Weight = weight;
    public readonly float Cover = cover;
}
