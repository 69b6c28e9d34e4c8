using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>Ecvet.Core's <see cref="OutcomeIndex"/> through its span API; entry i is concept i.</summary>
public sealed class EcvetRanker : IConceptRanker
{
    private readonly OutcomeMatch[] _buffer = new OutcomeMatch[64];

    public EcvetRanker(IEnumerable<CatalogueEntry> entries, OutcomeIndexOptions? options = null)
    {
        Index = OutcomeIndex.Build(entries, options);
        Name = Index.Options.CharacterNgramRerank ? "Ecvet.Core OutcomeIndex + n-gram re-rank" : "Ecvet.Core OutcomeIndex";
    }

    /// <summary>The default options with the character 3-gram re-rank on.</summary>
    public static OutcomeIndexOptions Rerank { get; } = OutcomeIndexOptions.Default with { CharacterNgramRerank = true };

    public string Name { get; }

    public OutcomeIndex Index { get; }

    public int Rank(string query, Span<int> concepts)
    {
        var buffer = _buffer.AsSpan(0, concepts.Length);
        var count = Index.Match(query.AsSpan(), buffer);
        for (var i = 0; i < count; i++)
        {
            concepts[i] = buffer[i].Ordinal;
        }

        return count;
    }
}
