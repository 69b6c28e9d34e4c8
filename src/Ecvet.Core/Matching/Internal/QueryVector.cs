namespace Ecvet.Matching.Internal;

/// <summary>A query analysed for the cold paths (compare, explain, unit comparison): the weight of each term id of the
/// index (weighted as on the fast path, by <see cref="TermWeights.Query"/>) and the query's words for explanations.</summary>
internal sealed class QueryVector
{
    private QueryVector(double[] weights, List<(int Term, string Word)> words, QueryLanguage language, string? languageName)
    {
        Weights = weights;
        Words = words;
        Language = language;
        LanguageName = languageName;
    }

    /// <summary>The normalised weight of each term id of the index (0 for terms not in the query).</summary>
    public double[] Weights { get; }

    /// <summary>The query's words in order, each distinct term once with its term id, each out-of-vocabulary word with
    /// -1.</summary>
    public List<(int Term, string Word)> Words { get; }

    /// <summary>The query's language.</summary>
    public QueryLanguage Language { get; }

    /// <summary>The query's language as declared or guessed (<see langword="null"/> when unknown).</summary>
    public string? LanguageName { get; }

    /// <summary>Analyses a query text; a query in a language no entry is written in has no terms.</summary>
    public static QueryVector Create(IndexData data, string text, QueryLanguage language, string? languageName = null)
    {
        var sink = new VectorSink { Terms = data.Terms, Tf = [], Words = [] };
        if (!language.IsForeign)
        {
            data.Analyzer.Analyze(text, data.Languages.Stems(language), ref sink);
        }

        var outOfVocabulary = sink.Tf.GetValueOrDefault(-1);
        sink.Tf.Remove(-1);
        var terms = new int[sink.Tf.Count];
        var tfs = new int[terms.Length];
        var i = 0;
        foreach (var (t, tf) in sink.Tf)
        {
            terms[i] = t;
            tfs[i++] = tf;
        }

        var termWeights = new float[terms.Length];
        TermWeights.Query(terms, tfs, outOfVocabulary, data.Idf, data.OutOfVocabularyIdf, termWeights);
        var weights = new double[data.Terms.Count];
        for (i = 0; i < terms.Length; i++)
        {
            weights[terms[i]] = termWeights[i];
        }

        return new QueryVector(weights, sink.Words, language, languageName);
    }

    private struct VectorSink : ITermSink
    {
        public TermTable Terms;
        public Dictionary<int, int> Tf;
        public List<(int Term, string Word)> Words;

        public readonly void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var id = Terms.Find(term);
            if (id < 0)
            {
                // Out-of-vocabulary words each count as their own term, as on the query path.
                Tf[-1] = Tf.GetValueOrDefault(-1) + 1;
                Words.Add((-1, new string(word)));
                return;
            }

            if (Tf.TryGetValue(id, out var tf))
            {
                Tf[id] = tf + 1;
            }
            else
            {
                Tf[id] = 1;
                Words.Add((id, new string(word)));
            }
        }
    }
}
