using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>Ecvet.Core's <see cref="OutcomeIndex"/> through its span API; entry i is concept i.</summary>
public sealed class EcvetRanker : IConceptRanker
{
    private readonly OutcomeMatch[] _buffer = new OutcomeMatch[64];

    public EcvetRanker(IEnumerable<CatalogueEntry> entries) => Index = OutcomeIndex.Build(entries);

    public string Name => "Ecvet.Core OutcomeIndex";

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
