using System.Collections.Immutable;

namespace Ecvet.Matching;

// Stand-in for the matching engine's public contract so that the ESCO reader, the tool and the benchmarks compile
// before the engine lands. Deleted when the engine is merged; the real types replace it one for one.

/// <summary>One outcome of a catalogue (stand-in).</summary>
public sealed record CatalogueEntry
{
    private CatalogueEntry(string id, string text, ImmutableArray<string> synonyms, string? description,
        LearningOutcomeType? type, EqfLevel? level, ImmutableArray<Uri> escoSkills, string language)
    {
        Id = id;
        Text = text;
        Synonyms = synonyms;
        Description = description;
        Type = type;
        Level = level;
        EscoSkills = escoSkills;
        Language = language;
    }

    /// <summary>The id.</summary>
    public string Id { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The synonyms.</summary>
    public ImmutableArray<string> Synonyms { get; }

    /// <summary>The description.</summary>
    public string? Description { get; }

    /// <summary>The type.</summary>
    public LearningOutcomeType? Type { get; }

    /// <summary>The level.</summary>
    public EqfLevel? Level { get; }

    /// <summary>The ESCO skills.</summary>
    public ImmutableArray<Uri> EscoSkills { get; }

    /// <summary>The language.</summary>
    public string Language { get; }

    /// <summary>Creates an entry.</summary>
    /// <returns>The entry.</returns>
    public static CatalogueEntry Create(string id, string text, IEnumerable<string>? synonyms = null, string? description = null,
        LearningOutcomeType? type = null, EqfLevel? level = null, IEnumerable<Uri>? escoSkills = null, string language = "en")
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            throw new ArgumentException("The id is empty.", nameof(id));
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException("The text is empty.", nameof(text));
        }

        return new(id, text, synonyms?.ToImmutableArray() ?? [], description, type, level, escoSkills?.ToImmutableArray() ?? [], language);
    }

    /// <inheritdoc />
    public bool Equals(CatalogueEntry? other) => other is not null && Id == other.Id && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Text);
}

/// <summary>Options (stand-in).</summary>
public sealed record OutcomeIndexOptions
{
    /// <summary>The defaults.</summary>
    public static OutcomeIndexOptions Default { get; } = new();
}

/// <summary>A match (stand-in).</summary>
public readonly record struct OutcomeMatch
{
    /// <summary>Creates a match.</summary>
    public OutcomeMatch(int ordinal, double similarity, double coverage)
    {
        Ordinal = ordinal;
        Similarity = similarity;
        Coverage = coverage;
    }

    /// <summary>The ordinal.</summary>
    public int Ordinal { get; }

    /// <summary>The similarity.</summary>
    public double Similarity { get; }

    /// <summary>The coverage.</summary>
    public double Coverage { get; }
}

/// <summary>A naive index (stand-in): Dice overlap of lower-cased word sets.</summary>
public sealed class OutcomeIndex
{
    private readonly CatalogueEntry[] _entries;
    private readonly HashSet<string>[] _terms;

    private OutcomeIndex(CatalogueEntry[] entries)
    {
        _entries = entries;
        _terms = [.. entries.Select(e => Terms(e.Text))];
    }

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Builds an index.</summary>
    /// <returns>The index.</returns>
    public static OutcomeIndex Build(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new([.. catalogue]);
    }

    /// <summary>The entry at an ordinal.</summary>
    /// <returns>The entry.</returns>
    public CatalogueEntry GetEntry(int ordinal) => _entries[ordinal];

    /// <summary>Matches a query.</summary>
    /// <returns>The matches.</returns>
    public IReadOnlyList<OutcomeMatch> Match(string query, int top = 10, double threshold = 0.0)
    {
        var buffer = new OutcomeMatch[top];
        var n = Match(query.AsSpan(), buffer, threshold);
        return buffer[..n];
    }

    /// <summary>Matches a query into a buffer.</summary>
    /// <returns>The number written.</returns>
    public int Match(ReadOnlySpan<char> query, Span<OutcomeMatch> destination, double threshold = 0.0)
    {
        var q = Terms(query.ToString());
        var all = new List<OutcomeMatch>();
        for (var i = 0; i < _entries.Length; i++)
        {
            var shared = _terms[i].Count(q.Contains);
            if (shared > 0)
            {
                var sim = 2.0 * shared / (q.Count + _terms[i].Count);
                if (sim >= threshold)
                {
                    all.Add(new OutcomeMatch(i, sim, (double)shared / _terms[i].Count));
                }
            }
        }

        var sorted = all.OrderByDescending(m => m.Similarity).ThenBy(m => _entries[m.Ordinal].Id, StringComparer.Ordinal).Take(destination.Length).ToArray();
        sorted.CopyTo(destination);
        return sorted.Length;
    }

    private static HashSet<string> Terms(string text) =>
        [.. text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '-', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)];
}
