namespace Ecvet.Matching.Semantic;

/// <summary>
/// The best k matches of a stream of (ordinal, cosine) pairs offered in increasing ordinal order, kept as a binary
/// min-heap in the caller's span (root: the worst kept), then sorted best first: the top-k selection of
/// <see cref="CatalogueEmbeddings.Search"/>.
/// </summary>
/// <remarks>
/// The order is cosine descending, then ordinal ascending, as a full sort would give. Since ordinals arrive in increasing
/// order, a pair whose cosine merely equals the worst kept ranks below it; <see cref="Threshold"/> is therefore a strict
/// bar, and a pair at or below it costs the scan one comparison. An entry costs O(log k), never O(k) or a sort.
/// </remarks>
internal ref struct TopMatches
{
    private readonly Span<VectorMatch> _items;
    private int _size;

    /// <summary>Keeps the best <c>items.Length</c> pairs in <paramref name="items"/>.</summary>
    public TopMatches(Span<VectorMatch> items)
    {
        _items = items;
        Threshold = items.IsEmpty ? float.PositiveInfinity : float.NegativeInfinity;
    }

    /// <summary>A pair enters only with a cosine above this: the worst kept once full, −∞ before.</summary>
    public float Threshold { get; private set; }

    /// <summary>How many pairs are kept.</summary>
    public readonly int Count => _size;

    /// <summary>Offers the next pair; its ordinal is greater than every earlier one's.</summary>
    public void Offer(int ordinal, float cosine)
    {
        if (!(cosine > Threshold))
        {
            return;
        }

        var item = new VectorMatch(ordinal, cosine);
        if (_size < _items.Length)
        {
            // Sift up: parents that rank below the new pair move down.
            var i = _size++;
            while (i > 0)
            {
                var parent = (i - 1) >> 1;
                if (!Worse(item, _items[parent]))
                {
                    break;
                }

                _items[i] = _items[parent];
                i = parent;
            }

            _items[i] = item;
            if (_size == _items.Length)
            {
                Threshold = _items[0].Cosine;
            }

            return;
        }

        // Full: the new pair replaces the root and sinks below every worse child.
        var at = 0;
        while (true)
        {
            var left = (2 * at) + 1;
            if (left >= _size)
            {
                break;
            }

            var worst = left + 1 < _size && Worse(_items[left + 1], _items[left]) ? left + 1 : left;
            if (!Worse(_items[worst], item))
            {
                break;
            }

            _items[at] = _items[worst];
            at = worst;
        }

        _items[at] = item;
        Threshold = _items[0].Cosine;
    }

    /// <summary>Sorts the kept pairs best first and returns how many there are.</summary>
    public readonly int SortBestFirst()
    {
        _items[.._size].Sort(static (a, b) => Worse(a, b) ? 1 : Worse(b, a) ? -1 : 0);
        return _size;
    }

    // Lower cosine, or the same cosine at a higher ordinal.
    private static bool Worse(VectorMatch a, VectorMatch b) =>
        a.Cosine < b.Cosine || (a.Cosine == b.Cosine && a.Ordinal > b.Ordinal);
}
