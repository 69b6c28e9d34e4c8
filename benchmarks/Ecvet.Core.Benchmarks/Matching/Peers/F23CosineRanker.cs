using F23.StringSimilarity;

namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>
/// F23.StringSimilarity's character 3-gram <see cref="Cosine"/> with the catalogue's profiles computed once (its
/// documented fast path), scanning every document per query.
/// </summary>
public sealed class F23CosineRanker : IConceptRanker
{
    private readonly Cosine _cosine = new(3);
    private readonly IDictionary<string, int>[] _profiles;
    private readonly int[] _documentConcepts;
    private readonly int _fetch;

    public F23CosineRanker(IReadOnlyList<LabelDocument> documents, bool oneDocumentPerConcept)
    {
        _profiles = [.. documents.Select(d => _cosine.GetProfile(d.Text))];
        _documentConcepts = [.. documents.Select(d => d.Concept)];
        _fetch = Ranking.DocumentsToFetch(10, oneDocumentPerConcept);
    }

    public string Name => "F23.StringSimilarity Cosine(3), precomputed profiles";

    public int Rank(string query, Span<int> concepts)
    {
        // Thread-safe (the quality evaluation scans in parallel): the best-N list is per call.
        var profile = _cosine.GetProfile(query);
        var top = new TopDocuments(_fetch);
        for (var d = 0; d < _profiles.Length; d++)
        {
            top.Offer(d, _cosine.Similarity(profile, _profiles[d]));
        }

        Span<int> documentConcepts = stackalloc int[top.Count];
        for (var i = 0; i < documentConcepts.Length; i++)
        {
            documentConcepts[i] = _documentConcepts[top.Documents[i]];
        }

        return Ranking.Distinct(documentConcepts, concepts);
    }
}
