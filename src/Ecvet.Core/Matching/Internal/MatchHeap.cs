namespace Ecvet.Matching.Internal;

/// <summary>
/// The best matches offered so far, at most a fixed number: ranked by similarity, then by entry id (the rank of each
/// ordinal's id in ordinal order), a min-heap whose root is the worst kept. A strict total order, so the matches kept
/// are exactly the first ones of a full sort.
/// </summary>
internal sealed class MatchHeap(int capacity, int[] idRank)
{
    private readonly OutcomeMatch[] _items = new OutcomeMatch[capacity];
    private int _count;

    /// <summary>Whether a match of this similarity for this entry would be kept now.</summary>
    public bool Admits(double similarity, int ordinal) =>
        _count < _items.Length || Worse(_items[0].Similarity, _items[0].Ordinal, similarity, ordinal);

    /// <summary>Keeps the match if its similarity is positive, at least the threshold, and among the best.</summary>
    public void Offer(OutcomeMatch match, double threshold)
    {
        if (!(match.Similarity > 0) || match.Similarity < threshold || !Admits(match.Similarity, match.Ordinal))
        {
            return;
        }

        if (_count < _items.Length)
        {
            var at = _count++;
            while (at > 0)
            {
                var parent = (at - 1) >> 1;
                if (!Worse(match, _items[parent]))
                {
                    break;
                }

                _items[at] = _items[parent];
                at = parent;
            }

            _items[at] = match;
            return;
        }

        var i = 0;
        while (true)
        {
            var child = (2 * i) + 1;
            if (child >= _count)
            {
                break;
            }

            if (child + 1 < _count && Worse(_items[child + 1], _items[child]))
            {
                child++;
            }

            if (!Worse(_items[child], match))
            {
                break;
            }

            _items[i] = _items[child];
            i = child;
        }

        _items[i] = match;
    }

    /// <summary>The kept matches, best first.</summary>
    public OutcomeMatch[] ToSortedArray()
    {
        var result = _items[.._count];
        Array.Sort(result, (a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : idRank[a.Ordinal].CompareTo(idRank[b.Ordinal]));
        return result;
    }

    private bool Worse(OutcomeMatch a, OutcomeMatch b) => Worse(a.Similarity, a.Ordinal, b.Similarity, b.Ordinal);

    // Whether (similarity a, entry a) ranks below (similarity b, entry b).
    private bool Worse(double similarityA, int ordinalA, double similarityB, int ordinalB) =>
        similarityA < similarityB || (similarityA == similarityB && idRank[ordinalA] > idRank[ordinalB]);
}
