namespace Ecvet.Matching.Internal;

/// <summary>A surface's running score and coverage, side by side so that one cache line serves both.</summary>
internal struct Accumulator
{
    public float Score;
    public float Cover;

    public readonly void Deconstruct(out float score, out float cover)
    {
        score = Score;
        cover = Cover;
    }
}
