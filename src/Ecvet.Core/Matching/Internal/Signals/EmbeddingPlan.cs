namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// What the planning pass of an outcome query learns about the texts its pairs still need embedded (the differences
/// meaning weighs): which pairs need which texts, the most and the least each pair can score before they are embedded,
/// and from that the floor below which a pair cannot enter the query's top k. Only the texts of pairs that can still
/// reach the floor are embedded (in one batch); the scoring pass leaves the others' differences out, as they cannot
/// change the result.
/// </summary>
/// <remarks>Why the floor is exact: every pair scores at least its least (what differs only lowers meaning, and the
/// least assumes the lowest difference cosine), so at least k pairs score at least the k-th largest least, the floor; a
/// pair whose most is below it is never among the k best, whatever its difference. Left with its most, such a pair is
/// still below every one of those k, so it leaves the heap before the end.</remarks>
internal sealed class EmbeddingPlan(int top)
{
    private readonly Dictionary<int, (string First, string Second, double Most)> _needs = [];
    private readonly List<double> _least = [];

    /// <summary>Whether the pass now running records the least a pair can score (the difference cosine taken as −1)
    /// rather than the most (its meaning undiminished).</summary>
    public bool Least { get; private set; }

    /// <summary>Notes, in the pass for the most, the texts a pair needs embedded.</summary>
    public void Need(int ordinal, string first, string second) => _needs[ordinal] = (first, second, double.NaN);

    /// <summary>Records one pair of the planning pass: its most (the match planned) and, for a pair that needs texts,
    /// its least, computed by <paramref name="least"/>.</summary>
    /// <param name="ordinal">The entry.</param>
    /// <param name="most">The most the pair can score.</param>
    /// <param name="least">Gathers the pair again for its least (called with <see cref="Least"/> set).</param>
    public void Record(int ordinal, double most, Func<double> least)
    {
        if (_needs.TryGetValue(ordinal, out var need))
        {
            _needs[ordinal] = need with { Most = most };
            Least = true;
            try
            {
                _least.Add(least());
            }
            finally
            {
                Least = false;
            }
        }
        else
        {
            _least.Add(most);
        }
    }

    /// <summary>The floor: the k-th largest least of the pairs planned, or 0 when fewer than k were.</summary>
    public double Floor()
    {
        if (_least.Count < top)
        {
            return 0;
        }

        _least.Sort();
        return _least[^top];
    }

    /// <summary>The texts of the pairs whose most reaches <paramref name="floor"/>.</summary>
    public HashSet<string> TextsReaching(double floor)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (first, second, most) in _needs.Values)
        {
            if (!(most < floor))
            {
                texts.Add(first);
                texts.Add(second);
            }
        }

        return texts;
    }
}
