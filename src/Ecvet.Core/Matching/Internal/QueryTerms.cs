namespace Ecvet.Matching.Internal;

/// <summary>
/// Analyses a query text for the fast path into the calling thread's <see cref="Scratch"/>: its distinct terms with
/// their weights (see <see cref="TermWeights.Query"/>) and, per term, the most the terms from it on can still add to a
/// surface's score, terms ordered by that bound (what <see cref="TextScorer"/> prunes by).
/// </summary>
internal static class QueryTerms
{
    /// <summary>Fills <see cref="Scratch.QueryTerms"/>, <see cref="Scratch.QueryWeight"/> and
    /// <see cref="Scratch.QueryBound"/> (suffix sums, with a 0 after the last term) for a query text.</summary>
    /// <param name="data">The index.</param>
    /// <param name="text">The query text.</param>
    /// <param name="language">The query's language: its text is stemmed when it is the analyser's or unknown.</param>
    /// <param name="scratch">The calling thread's scratch, fresh from <see cref="Scratch.Get"/>.</param>
    /// <param name="useWordCache">Whether words the catalogue holds take their term from the word cache (exactly what
    /// the full analysis gives; tests turn it off to prove so).</param>
    public static void Prepare(IndexData data, ReadOnlySpan<char> text, QueryLanguage language, Scratch scratch, bool useWordCache = true)
    {
        var stem = data.Languages.Stems(language);
        if (stem && useWordCache)
        {
            // Most query words occur in the catalogue: their term comes from the word cache, without stop-word check or
            // stemming; the others take the full path.
            var cached = new CachedQuerySink(data, scratch);
            TextAnalyzer.Tokenize(text, ref cached);
        }
        else
        {
            var sink = new QuerySink(data.Terms, scratch);
            data.Analyzer.Analyze(text, stem, ref sink);
        }

        var q = scratch.QueryCount;
        var terms = scratch.QueryTerms;
        for (var i = 0; i < q; i++)
        {
            scratch.TermSlot[terms[i]] = 0;
        }

        if (q == 0)
        {
            return;
        }

        var weights = scratch.QueryWeight;
        TermWeights.Query(terms.AsSpan(0, q), scratch.QueryTf.AsSpan(0, q), scratch.OutOfVocabulary, data.Idf, data.OutOfVocabularyIdf, weights);
        var bounds = scratch.QueryBound;
        var maxWeight = data.MaxWeight;
        for (var i = 0; i < q; i++)
        {
            bounds[i] = weights[i] * maxWeight[terms[i]];
        }

        // Order by bound, descending (ties by term text, so the order never depends on catalogue order); q is small.
        var table = data.Terms;
        for (var i = 1; i < q; i++)
        {
            var t = terms[i];
            var w = weights[i];
            var b = bounds[i];
            var j = i - 1;
            while (j >= 0 && (bounds[j] < b || (bounds[j] == b && table.GetTerm(terms[j]).SequenceCompareTo(table.GetTerm(t)) > 0)))
            {
                terms[j + 1] = terms[j];
                weights[j + 1] = weights[j];
                bounds[j + 1] = bounds[j];
                j--;
            }

            terms[j + 1] = t;
            weights[j + 1] = w;
            bounds[j + 1] = b;
        }

        // Suffix sums: bounds[i] = the most that terms i.. can still add to an untouched surface.
        bounds[q] = 0;
        for (var i = q - 1; i >= 0; i--)
        {
            bounds[i] += bounds[i + 1];
        }
    }

    // Receives the query's folded words: a word the catalogue holds maps straight to its term (the analysis of a word
    // depends on the word alone, so the cache gives exactly what the full path would); other words go through the stop
    // list and the stemmer.
    private readonly struct CachedQuerySink(IndexData data, Scratch scratch) : ITermSink
    {
        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var cached = data.WordCache.Find(term);
            if (cached >= 0)
            {
                scratch.AddQueryTerm(data.WordTerms[cached]);
                return;
            }

            var sink = new QuerySink(data.Terms, scratch);
            data.Analyzer.AnalyzeToken(term, true, ref sink);
        }
    }

    private readonly struct QuerySink(TermTable terms, Scratch scratch) : ITermSink
    {
        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var id = terms.Find(term);
            if (id < 0)
            {
                scratch.OutOfVocabulary++;
            }
            else
            {
                scratch.AddQueryTerm(id);
            }
        }
    }
}
