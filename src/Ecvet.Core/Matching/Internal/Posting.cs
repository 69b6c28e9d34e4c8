using System.Runtime.InteropServices;

namespace Ecvet.Matching.Internal;

/// <summary>One entry of a term's postings list: the surface (a text, synonym or description of a catalogue entry) and
/// its L2-normalised, field-scaled weight for the term. Stored as one flat array in CSR order (by term, then by
/// surface), 8 bytes each; coverage shares stay in the forward index, read only for the surfaces kept.</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal readonly struct Posting(int surface, float weight)
{
    public readonly int Surface = surface;
    public readonly float Weight = weight;
}
