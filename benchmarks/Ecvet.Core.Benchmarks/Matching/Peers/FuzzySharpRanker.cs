using FuzzySharp;
using FuzzySharp.SimilarityRatio;
using FuzzySharp.SimilarityRatio.Scorer.StrategySensitive;

namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>FuzzySharp 2.0.2's <c>Process.ExtractTop</c> with the token-set ratio scorer over every document.</summary>
public sealed class FuzzySharpRanker : IConceptRanker
{
    private readonly string[] _choices;
    private readonly int[] _documentConcepts;
    private readonly int _fetch;

    public FuzzySharpRanker(IReadOnlyList<LabelDocument> documents, bool oneDocumentPerConcept)
    {
        _choices = [.. documents.Select(d => d.Text)];
        _documentConcepts = [.. documents.Select(d => d.Concept)];
        _fetch = Ranking.DocumentsToFetch(10, oneDocumentPerConcept);
    }

    public string Name => "FuzzySharp 2.0.2 TokenSetRatio";

    public int Rank(string query, Span<int> concepts)
    {
        var results = Process.ExtractTop(query, _choices, scorer: ScorerCache.Get<TokenSetScorer>(), limit: _fetch);
        Span<int> documentConcepts = stackalloc int[_fetch];
        var n = 0;
        foreach (var result in results)
        {
            if (result.Score > 0 && n < documentConcepts.Length)
            {
                documentConcepts[n++] = _documentConcepts[result.Index];
            }
        }

        return Ranking.Distinct(documentConcepts[..n], concepts);
    }
}
