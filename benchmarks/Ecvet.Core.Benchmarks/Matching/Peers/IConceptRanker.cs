namespace Ecvet.Benchmarks.Matching.Peers;

/// <summary>An engine under comparison: ranks the concepts of the silver task for a query.</summary>
public interface IConceptRanker
{
    /// <summary>The engine's name in reports.</summary>
    string Name { get; }

    /// <summary>Writes the best concepts for <paramref name="query"/>, best first, at most one per concept.</summary>
    /// <returns>The number of concepts written (at most <paramref name="concepts"/>' length).</returns>
    int Rank(string query, Span<int> concepts);
}

/// <summary>Helpers shared by the peers.</summary>
internal static class Ranking
{
    /// <summary>How many documents the peers fetch so that, after de-duplication to concepts, 10 concepts remain.</summary>
    public static int DocumentsToFetch(int concepts, bool oneDocumentPerConcept) => oneDocumentPerConcept ? concepts : concepts * 5;

    /// <summary>Copies the concepts of documents in rank order, skipping concepts already written.</summary>
    public static int Distinct(ReadOnlySpan<int> documentConcepts, Span<int> concepts)
    {
        var count = 0;
        foreach (var concept in documentConcepts)
        {
            if (count == concepts.Length)
            {
                break;
            }

            if (!concepts[..count].Contains(concept))
            {
                concepts[count++] = concept;
            }
        }

        return count;
    }
}

/// <summary>A fixed-size best-N list for linear scans: a higher score wins, an equal score keeps the earlier document.</summary>
internal sealed class TopDocuments
{
    private readonly double[] _scores;
    private readonly int[] _documents;

    public TopDocuments(int size)
    {
        _scores = new double[size];
        _documents = new int[size];
    }

    public int Count { get; private set; }

    public ReadOnlySpan<int> Documents => _documents.AsSpan(0, Count);

    public void Clear() => Count = 0;

    public void Offer(int document, double score)
    {
        if (score <= 0 || (Count == _scores.Length && score <= _scores[Count - 1]))
        {
            return;
        }

        var i = Count < _scores.Length ? Count++ : Count - 1;
        while (i > 0 && _scores[i - 1] < score)
        {
            _scores[i] = _scores[i - 1];
            _documents[i] = _documents[i - 1];
            i--;
        }

        _scores[i] = score;
        _documents[i] = document;
    }
}
