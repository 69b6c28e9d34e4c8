namespace Ecvet.Matching.Internal;

/// <summary>
/// The one home of term weighting: inverse document frequency (with the catalogue's boilerplate down-weighted), the
/// term-frequency weight of a surface's terms (log tf or BM25), and the weights of a query's terms, which both the fast
/// query path and the cold paths (compare, explain, unit comparison) take from here.
/// </summary>
internal static class TermWeights
{
    /// <summary>The idf of a term found in <paramref name="df"/> of <paramref name="entries"/> entries:
    /// <c>ln((1 + n) / (1 + df)) + 1</c>, times <see cref="OutcomeIndexOptions.BoilerplateWeight"/> for a term in more
    /// than <see cref="OutcomeIndexOptions.BoilerplateDocumentFraction"/> of a catalogue of at least 20 (and in at least
    /// 3 entries).</summary>
    public static float Idf(int df, int entries, OutcomeIndexOptions options)
    {
        var idf = Math.Log((1.0 + entries) / (1.0 + df)) + 1.0;
        if (entries >= 20 && df >= 3 && df > options.BoilerplateDocumentFraction * entries)
        {
            idf *= options.BoilerplateWeight;
        }

        return (float)idf;
    }

    /// <summary>The idf of a query word no entry holds (as if its df were 0).</summary>
    public static float OutOfVocabularyIdf(int entries) => (float)(Math.Log(1.0 + entries) + 1.0);

    /// <summary>The weight of a term's frequency in a surface of <paramref name="length"/> terms.</summary>
    public static double SurfaceTf(int tf, int length, double averageLength, OutcomeIndexOptions options) =>
        options.Weighting == TermWeighting.Bm25
            ? tf * (options.Bm25K1 + 1) / (tf + (options.Bm25K1 * (1 - options.Bm25B + (options.Bm25B * length / averageLength))))
            : 1 + Math.Log(tf);

    /// <summary>
    /// The weights of a query's terms: <c>(1 + ln tf)·idf</c>, L2-normalised over all its terms, out-of-vocabulary ones
    /// included (they are part of the query's meaning that no entry shares).
    /// </summary>
    /// <param name="terms">The query's distinct terms (ids).</param>
    /// <param name="tfs">Their frequencies in the query.</param>
    /// <param name="outOfVocabulary">How many query words the catalogue lacks (each its own term, tf 1).</param>
    /// <param name="idf">The idf of each term id.</param>
    /// <param name="outOfVocabularyIdf">The idf of a word the catalogue lacks.</param>
    /// <param name="weights">Receives the weight of each of <paramref name="terms"/>.</param>
    public static void Query(ReadOnlySpan<int> terms, ReadOnlySpan<int> tfs, int outOfVocabulary, float[] idf,
        float outOfVocabularyIdf, Span<float> weights)
    {
        double norm = outOfVocabulary * (double)outOfVocabularyIdf * outOfVocabularyIdf;
        for (var i = 0; i < terms.Length; i++)
        {
            var w = (float)((1 + Math.Log(tfs[i])) * idf[terms[i]]);
            weights[i] = w;
            norm += (double)w * w;
        }

        var inverse = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        for (var i = 0; i < terms.Length; i++)
        {
            weights[i] = (float)(weights[i] * inverse);
        }
    }
}
