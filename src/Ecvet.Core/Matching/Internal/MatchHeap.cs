namespace Ecvet.Matching.Internal;

/// <summary>
/// The best matches offered so far, at most a fixed number: ranked by similarity, then by entry id (the rank of each
/// ordinal's id in ordinal order), kept in a <see cref="TopKHeap"/> whose root is the worst kept. A strict total order,
/// so the matches kept are exactly the first ones of a full sort.
/// </summary>
internal sealed class MatchHeap(int capacity, int[] idRank)
{
    private readonly OutcomeMatch[] _items = new OutcomeMatch[capacity];
    private int _count;

    /// <summary>Whether a match of this similarity for this entry would be kept now.</summary>
    public bool Admits(double similarity, int ordinal) =>
        _count < _items.Length || Ranks.Worse(_items[0].Similarity, _items[0].Ordinal, similarity, ordinal, idRank);

    /// <summary>Keeps the match if its similarity is positive, at least the threshold, and among the best.</summary>
    public void Offer(OutcomeMatch match, double threshold)
    {
        if (!(match.Similarity > 0) || match.Similarity < threshold || !Admits(match.Similarity, match.Ordinal))
        {
            return;
        }

        var items = new Ranks(_items, idRank);
        if (_count < _items.Length)
        {
            _items[_count] = match;
            TopKHeap.SiftUp(ref items, _count++);
            return;
        }

        _items[0] = match;
        TopKHeap.SiftDown(ref items, 0, _count);
    }

    /// <summary>The kept matches, best first.</summary>
    public OutcomeMatch[] ToSortedArray()
    {
        var result = _items[.._count];
        Array.Sort(result, (a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : idRank[a.Ordinal].CompareTo(idRank[b.Ordinal]));
        return result;
    }

    private readonly struct Ranks(OutcomeMatch[] items, int[] idRank) : IHeapItems
    {
        public bool Worse(int a, int b) => Worse(items[a].Similarity, items[a].Ordinal, items[b].Similarity, items[b].Ordinal, idRank);

        public void Swap(int a, int b) => (items[a], items[b]) = (items[b], items[a]);

        // Whether (similarity a, entry a) ranks below (similarity b, entry b).
        public static bool Worse(double similarityA, int ordinalA, double similarityB, int ordinalB, int[] idRank) =>
            similarityA < similarityB || (similarityA == similarityB && idRank[ordinalA] > idRank[ordinalB]);
    }
}
