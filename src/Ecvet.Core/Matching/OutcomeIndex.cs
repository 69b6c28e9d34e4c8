using System.Globalization;
using Ecvet.Matching.Internal;
using Ecvet.Matching.Internal.Signals;

namespace Ecvet.Matching;

/// <summary>
/// A search index over a catalogue of outcomes: given a query outcome, finds the catalogue entries that say the same
/// thing and scores each with a calibrated <see cref="OutcomeMatch.Similarity"/> and a one-way
/// <see cref="OutcomeMatch.Coverage"/>.
/// </summary>
/// <remarks>
/// <para>Texts are analysed (tokenised, case and diacritics folded, stop words dropped, stemmed), weighted by tf·idf over
/// the catalogue (terms frequent in the catalogue are down-weighted as boilerplate) and compared by cosine. Synonyms are
/// further surface forms of an entry (an entry scores its best surface); the description is a down-weighted surface.
/// The raw cosine is mapped to the calibrated similarity by <see cref="OutcomeIndexOptions.Calibration"/>.</para>
/// <para>Results are ordered by similarity, then by entry <see cref="CatalogueEntry.Id"/> in ordinal order, so they
/// never depend on catalogue order. A query with no term in common with any entry yields no match. A query written in
/// a language other than the entries' is not compared by text (see <see cref="MatchEvidence.DifferentLanguage"/>).</para>
/// <para>Built once, the index is immutable and safe for concurrent queries from any number of threads. The span
/// overload of <c>Match</c> allocates nothing once the calling thread has warmed up its scratch buffers: per-thread
/// arrays sized to the largest index the thread has queried (about 40 bytes per catalogue entry, 12 per surface form
/// and 4 per distinct term), kept for the thread's lifetime.</para>
/// <para>This class is a facade: analysis, index data, scoring, evidence combination and explanation live in
/// <c>Matching/Internal</c> (see <c>Matching/README.md</c>).</para>
/// </remarks>
public sealed class OutcomeIndex
{
    private readonly IndexData _data;
    private readonly TextScorer _scorer;
    private readonly EvidenceCombiner _evidence;
    private readonly CharacterNgramReranker? _reranker;
    private readonly ITextEmbedder? _embedder;

    private OutcomeIndex(IndexData data, Func<IndexData, IEnumerable<MatchSignal>>? moreSignals = null, ITextEmbedder? embedder = null,
        VectorRows? entryVectors = null, int[]? vectorStart = null)
    {
        _data = data;
        _scorer = new TextScorer(data);
        _embedder = embedder;
        var meaning = embedder is null ? null : new MeaningSignal(data, embedder, entryVectors!, data.Options.MeaningCalibration, vectorStart);
        _evidence = EvidenceCombiner.Create(data, meaning, moreSignals?.Invoke(data));
        _reranker = data.Options.CharacterNgramRerank ? new CharacterNgramReranker(data.Entries, data.IdRank, data.Options) : null;
    }

    /// <summary>The number of entries in the catalogue.</summary>
    public int Count => _data.Entries.Length;

    /// <summary>The options the index was built with.</summary>
    public OutcomeIndexOptions Options => _data.Options;

    /// <summary>The embedder whose vectors add meaning to the evidence, or <see langword="null"/> for an index of words
    /// alone.</summary>
    public ITextEmbedder? Embedder => _embedder;

    /// <summary>The number of distinct terms (after analysis) in the catalogue.</summary>
    public int TermCount => _data.Terms.Count;

    // The number of surfaces indexed (texts, synonyms, descriptions, less repeats within an entry).
    internal int SurfaceCount => _data.SurfaceCount;

    // The parts, for the reference scorers of the tests and benchmarks.
    internal IndexData Data => _data;

    internal TextScorer Scorer => _scorer;

    internal EvidenceCombiner Evidence => _evidence;

    /// <summary>Builds an index over a catalogue.</summary>
    /// <param name="catalogue">The entries; at least one, with distinct <see cref="CatalogueEntry.Id"/>s. Their order
    /// defines the ordinals but never the results.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="catalogue"/> is empty, holds a null entry or a duplicate id,
    /// or <paramref name="options"/> holds a value out of range; the exception names the argument.</exception>
    public static OutcomeIndex Build(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options = null) =>
        Create(catalogue, options, keepRepeatedSurfaces: false);

    /// <summary>
    /// Builds an index whose similarity combines shared words with meaning: the cosine of the query's and each entry's
    /// sentence embeddings, mapped by <see cref="OutcomeIndexOptions.MeaningCalibration"/> to the same thresholds; a pair's
    /// similarity is the larger of its meaning and its other evidence (see <see cref="MeaningCalibration"/>,
    /// <see cref="MatchEvidence.SimilarMeaning"/> and <see cref="MatchExplanation.MeaningSimilarity"/>). Entries sharing
    /// no word with a query are then found too.
    /// </summary>
    /// <remarks>Every query, text queries included, embeds its text once and computes its cosine with every entry (a SIMD
    /// scan bound by memory bandwidth: 21 MB of vectors for 13,896 entries of 384 dimensions), so queries cost the embedding of one sentence more than
    /// in an index of words alone, and allocate. Text queries then take the path of outcome queries (the character
    /// 3-gram re-rank does not apply). Entries are embedded by their <see cref="CatalogueEntry.Text"/>.</remarks>
    /// <param name="catalogue">The entries, as for <see cref="Build(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>.</param>
    /// <param name="options">The options; <see langword="null"/> for <see cref="OutcomeIndexOptions.Default"/>.</param>
    /// <param name="embedder">The embedder of queries and entries.</param>
    /// <param name="entryVectors">The entries' vectors, made by <paramref name="embedder"/> from their texts, one after
    /// another in catalogue order (as <see cref="ITextEmbedder.EmbedBatch"/> writes them; for instance loaded from a
    /// saved file); empty (the default) to embed the entries here. Copied.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> or <paramref name="embedder"/> is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Build(IEnumerable{CatalogueEntry}, OutcomeIndexOptions?)"/>, or
    /// <paramref name="entryVectors"/> is neither empty nor one vector of the embedder's dimension per entry; the
    /// exception names the argument.</exception>
    public static OutcomeIndex Build(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options, ITextEmbedder embedder,
        ReadOnlyMemory<float> entryVectors = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        return Create(catalogue, options, keepRepeatedSurfaces: false, embedder: embedder, entryVectors: entryVectors);
    }

    // An index whose entries each have several vectors (vectorStart[e] to vectorStart[e + 1], one after another in
    // rows), an entry's meaning being that of its best: the labels of the ESCO skills of EscoTagger. Not copied.
    internal static OutcomeIndex BuildWithEntryVectors(CatalogueEntry[] catalogue, OutcomeIndexOptions? options, ITextEmbedder embedder,
        VectorRows vectors, int[] vectorStart) =>
        Create(catalogue, options, keepRepeatedSurfaces: false, embedder: embedder, vectors: vectors, vectorStart: vectorStart);

    // An index of every surface, even those equal to an earlier one of the same entry: for tests that prove their
    // removal changes nothing.
    internal static OutcomeIndex BuildKeepingRepeatedSurfaces(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options) =>
        Create(catalogue, options, keepRepeatedSurfaces: true);

    // An index whose evidence includes further signals: for tests that prove outcome-query pruning exact with them.
    internal static OutcomeIndex BuildWithSignals(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options,
        Func<IndexData, IEnumerable<MatchSignal>> moreSignals) =>
        Create(catalogue, options, keepRepeatedSurfaces: false, moreSignals);

    private static OutcomeIndex Create(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options, bool keepRepeatedSurfaces,
        Func<IndexData, IEnumerable<MatchSignal>>? moreSignals = null, ITextEmbedder? embedder = null, ReadOnlyMemory<float> entryVectors = default,
        VectorRows? vectors = null, int[]? vectorStart = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var entries = catalogue.ToArray();
        if (entries.Length == 0)
        {
            throw new ArgumentException("The catalogue is empty.", nameof(catalogue));
        }

        var ids = new HashSet<string>(entries.Length, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is null)
            {
                throw new ArgumentException("The catalogue holds a null entry.", nameof(catalogue));
            }

            if (!ids.Add(entry.Id))
            {
                throw new ArgumentException($"The catalogue holds the id '{entry.Id}' more than once.", nameof(catalogue));
            }
        }

        options ??= OutcomeIndexOptions.Default;
        options.Validate();
        if (embedder is not null && vectorStart is null)
        {
            var dimension = embedder.Dimension;
            var length = (long)entries.Length * dimension;
            if (entryVectors.IsEmpty)
            {
                var embedded = new float[length];
                embedder.EmbedBatch(entries.Select(e => e.Text).ToArray(), embedded);
                entryVectors = embedded;
            }
            else if (entryVectors.Length != length)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                    $"{entryVectors.Length} floats given for {entries.Length} entries of dimension {embedder.Dimension} ({length} expected)."), nameof(entryVectors));
            }

            // Copied into the aligned, padded rows the meaning signal scans.
            vectors = VectorRows.Copy(entryVectors.Span, dimension);
        }

        return new OutcomeIndex(IndexBuilder.Build(entries, options, keepRepeatedSurfaces), moreSignals, embedder, vectors, vectorStart);
    }

    /// <summary>Returns the entry with the given ordinal (its position in the catalogue the index was built from).</summary>
    /// <param name="ordinal">The ordinal, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    public CatalogueEntry GetEntry(int ordinal)
    {
        CheckOrdinal(ordinal);
        return _data.Entries[ordinal];
    }

    /// <summary>Finds the entries most similar to a query text. Allocates the result list only. A query recognisably
    /// written in another language than the entries yields no match by words (see <see cref="IsComparableByText"/>);
    /// with an <see cref="Embedder"/>, meaning still counts and the query takes the path of outcome queries.</summary>
    /// <param name="query">The query text (a host outcome, a skill label, free text).</param>
    /// <param name="top">The most matches to return; at least 1.</param>
    /// <param name="threshold">The least calibrated similarity to return, from 0 to 1.</param>
    /// <returns>The matches, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1 or
    /// <paramref name="threshold"/> is outside 0–1.</exception>
    public IReadOnlyList<OutcomeMatch> Match(string query, int top = 10, double threshold = 0.0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        CheckThreshold(threshold);
        if (_embedder is not null)
        {
            return MatchWithEvidence(query, null, _data.Languages.OfText(query), top, threshold);
        }

        var buffer = new OutcomeMatch[Math.Min(top, Count)];
        var count = _scorer.Match(query, _data.Languages.OfText(query), buffer, threshold, _reranker);
        return count == buffer.Length ? buffer : buffer[..count];
    }

    /// <summary>Finds the entries most similar to a query text and writes them to <paramref name="destination"/>, best
    /// first; as many as fit. Allocates nothing once the calling thread is warmed up.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="destination">Where to write the matches; its length is the most matches returned; not empty.</param>
    /// <param name="threshold">The least calibrated similarity to return, from 0 to 1.</param>
    /// <returns>The number of matches written.</returns>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is outside 0–1.</exception>
    public int Match(ReadOnlySpan<char> query, Span<OutcomeMatch> destination, double threshold = 0.0)
    {
        if (destination.IsEmpty)
        {
            throw new ArgumentException("The destination is empty.", nameof(destination));
        }

        CheckThreshold(threshold);
        if (_embedder is not null)
        {
            var text = query.ToString();
            var matches = MatchWithEvidence(text, null, _data.Languages.OfText(text), destination.Length, threshold);
            matches.CopyTo(destination);
            return matches.Length;
        }

        return _scorer.Match(query, _data.Languages.OfText(query), destination, threshold, _reranker);
    }

    /// <summary>Finds the entries most similar to a query outcome, using all its evidence: text, ESCO skills, type,
    /// level and language (see <see cref="MatchEvidence"/>).</summary>
    /// <param name="query">The query outcome (a host outcome).</param>
    /// <param name="top">The most matches to return; at least 1.</param>
    /// <param name="threshold">The least calibrated similarity to return, from 0 to 1.</param>
    /// <returns>The matches, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1 or
    /// <paramref name="threshold"/> is outside 0–1.</exception>
    public IReadOnlyList<OutcomeMatch> Match(CatalogueEntry query, int top = 10, double threshold = 0.0)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        CheckThreshold(threshold);
        return MatchWithEvidence(query.Text, query, _data.Languages.Of(query), top, threshold);
    }

    // The outcome query path: text candidates and the entries signals nominate, with all their evidence.
    private OutcomeMatch[] MatchWithEvidence(string text, CatalogueEntry? query, QueryLanguage language, int top, double threshold,
        float[]? queryVector = null)
    {
        var scratch = _scorer.Accumulate(text, language, 0, 0);
        var evidence = _evidence.Prepare(query, text, language, queryVector);
        var floor = 0.0;
        if (evidence.PlansEmbeddings)
        {
            // A first pass with bounds in place of what is still to embed (the differences meaning weighs) finds the
            // floor no pair below can pass to enter the best `top`, and the texts of the pairs that can still reach it;
            // those are embedded in one batch, then the real pass scores with them and leaves the others' differences
            // out (they cannot change the result; see EmbeddingPlan). The real pass embeds anything else it needs.
            var plan = new EmbeddingPlan(Math.Min(top, Count));
            SelectBest(scratch, evidence, top, threshold, plan, 0);
            floor = plan.Floor();
            evidence.EmbedPlanned(plan.TextsReaching(floor));
        }

        return SelectBest(scratch, evidence, top, threshold, null, floor).ToSortedArray();
    }

    // The best `top` entries of a query whose words are accumulated in the scratch; with a plan, a planning pass (see
    // EmbeddingPlan); with a floor, a scoring pass that may leave out what cannot change a pair below it.
    private MatchHeap SelectBest(Scratch scratch, PreparedEvidence evidence, int top, double threshold, EmbeddingPlan? plan, double floor)
    {
        // Entries a signal nominates (sharing an ESCO skill with the query) are scored whatever their text score.
        var candidates = evidence.Nominate(scratch);

        // The best `top` by similarity, then id. Any other entry scores at most its text score combined with what the
        // signals declare they can add to it, so one whose bound cannot beat the worst kept is passed over.
        var best = new MatchHeap(Math.Min(top, Count), _data.IdRank);
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            var e = scratch.ResultEntry[i];
            var raw = (double)scratch.ResultScore[i];
            if (!candidates.Take(e))
            {
                var bound = evidence.Bound(raw);
                if (!(bound > 0) || bound < threshold || !best.Admits(bound, e))
                {
                    continue;
                }
            }

            best.Offer(Combine(evidence, e, raw, _scorer.SurfaceCover(scratch, scratch.ResultSurface[i]), plan, floor), threshold);
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            var e = candidates[i];
            if (candidates.Take(e))
            {
                best.Offer(Combine(evidence, e, 0, 0, plan, floor), threshold);
            }
        }

        // An entry neither the text found nor a signal nominated scores at most the signals' declared maximum (0 unless
        // the index has an embedder, whose meaning can raise any entry): scored only while that can still enter.
        var rest = evidence.Bound(0);
        if (rest > 0 && rest >= threshold)
        {
            var seen = new bool[Count];
            for (var i = 0; i < scratch.ResultCount; i++)
            {
                seen[scratch.ResultEntry[i]] = true;
            }

            for (var i = 0; i < candidates.Count; i++)
            {
                seen[candidates[i]] = true;
            }

            for (var e = 0; e < seen.Length; e++)
            {
                if (!seen[e] && best.Admits(rest, e))
                {
                    best.Offer(Combine(evidence, e, 0, 0, plan, floor), threshold);
                }
            }
        }

        return best;
    }

    private static OutcomeMatch Combine(PreparedEvidence evidence, int ordinal, double raw, double coverage, EmbeddingPlan? plan, double floor) =>
        plan is not null ? evidence.Plan(ordinal, raw, coverage, plan)
        : floor > 0 ? evidence.Combine(ordinal, raw, coverage, floor)
        : evidence.Combine(ordinal, raw, coverage);

    /// <summary>Scores a query outcome against one entry, whatever the score (0 included), with all its evidence.</summary>
    /// <param name="query">The query outcome (a host outcome).</param>
    /// <param name="ordinal">The entry's ordinal.</param>
    /// <returns>The match (possibly of similarity 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    public OutcomeMatch Compare(CatalogueEntry query, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckOrdinal(ordinal);
        return Compare(PrepareQuery(query), ordinal);
    }

    /// <summary>Explains the score of a query text against one entry: the shared terms with their weights, the entry's
    /// terms missing from the query, and the query's terms the entry lacks.</summary>
    /// <param name="query">The query text.</param>
    /// <param name="ordinal">The entry's ordinal.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    public MatchExplanation Explain(string query, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckOrdinal(ordinal);
        var guess = LanguageGuesser.Guess(query);
        var language = guess is null ? QueryLanguage.Unknown : _data.Languages.Find(guess);
        return Explain(new ColdQuery(QueryVector.Create(_data, query, language, guess), _evidence.Prepare(null, query, language), null), ordinal);
    }

    /// <summary>Explains the score of a query outcome against one entry, with all its evidence.</summary>
    /// <param name="query">The query outcome.</param>
    /// <param name="ordinal">The entry's ordinal.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    public MatchExplanation Explain(CatalogueEntry query, int ordinal)
    {
        ArgumentNullException.ThrowIfNull(query);
        CheckOrdinal(ordinal);
        return Explain(PrepareQuery(query), ordinal);
    }

    /// <summary>Whether a query text can be compared by text with this catalogue: false when it is recognisably written in
    /// a language none of the entries is written in. <c>Match</c> then returns no match, which means "not comparable by
    /// text", not "no equivalent outcome".</summary>
    /// <param name="query">The query text.</param>
    /// <returns><see langword="true"/> when the query's language is unknown or is the language of some entry.</returns>
    public bool IsComparableByText(ReadOnlySpan<char> query) => !_data.Languages.OfText(query).IsForeign;

    /// <summary>Guesses the language of a text from its function words, as the index does for text queries.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A language code such as <c>de</c>, or <see langword="null"/> when the text gives too little to tell.</returns>
    public static string? GuessLanguage(ReadOnlySpan<char> text) => LanguageGuesser.Guess(text);

    // A text query as Match(string) runs it, with the text's embedding already computed (null for an index without an
    // embedder), so that a caller who needs the vector too embeds the text once.
    internal IReadOnlyList<OutcomeMatch> MatchText(string query, float[]? queryVector, int top, double threshold) =>
        _embedder is null ? Match(query, top, threshold) : MatchWithEvidence(query, null, _data.Languages.OfText(query), top, threshold, queryVector);

    // A text query prepared once for the cold path, with its embedding already computed (or null).
    internal ColdQuery PrepareText(string query, float[]? queryVector)
    {
        var words = TextVector(query);
        return new ColdQuery(words, _evidence.Prepare(null, query, words.Language, queryVector), null);
    }

    // A text query's words for the cold path, in the language Explain(string) resolves.
    internal QueryVector TextVector(string query)
    {
        var guess = LanguageGuesser.Guess(query);
        return QueryVector.Create(_data, query, guess is null ? QueryLanguage.Unknown : _data.Languages.Find(guess), guess);
    }

    // The text of an entry that shares the most words with a query: 0 for the entry's text, 1 + i for its synonym i,
    // 1 + its number of synonyms for its description; -1 when they share no word or are not comparable by text.
    internal int MatchedText(QueryVector query, int ordinal)
    {
        if (!_data.Languages.Comparable(query.Language, ordinal))
        {
            return -1;
        }

        var (raw, _, surface) = _scorer.ScoreEntry(query, ordinal);
        return surface < 0 || !(raw > 0) ? -1 : _data.SurfaceSource[surface];
    }

    // Analyses a query outcome once for the cold path (unit comparison scores it against every home outcome).
    internal ColdQuery PrepareQuery(CatalogueEntry query)
    {
        var language = _data.Languages.Of(query);
        return new ColdQuery(QueryVector.Create(_data, query.Text, language, query.LanguageTag.Language), _evidence.Prepare(query, query.Text, language), query);
    }

    // Scores one pair on the cold path.
    internal OutcomeMatch Compare(ColdQuery query, int ordinal) => Score(query, ordinal, false, out _, out _).ToMatch(ordinal);

    // Scores a query against several entries on the cold path; what the signals embed per pair (the differences meaning
    // weighs) is planned first and embedded in one batch.
    internal void Compare(ColdQuery query, ReadOnlySpan<int> ordinals, Span<OutcomeMatch> destination)
    {
        if (query.Evidence.PlansEmbeddings)
        {
            // Every pair is returned: no floor, every text a pair needs.
            var plan = new EmbeddingPlan(ordinals.Length);
            foreach (var ordinal in ordinals)
            {
                var (raw, cov, _) = ScoreWords(query, ordinal);
                query.Evidence.Plan(ordinal, raw, cov, plan);
            }

            query.Evidence.EmbedPlanned(plan.TextsReaching(0));
        }

        for (var j = 0; j < ordinals.Length; j++)
        {
            destination[j] = Compare(query, ordinals[j]);
        }
    }

    private PairEvidence Score(ColdQuery query, int ordinal, bool explaining, out double raw, out int surface)
    {
        double cov;
        (raw, cov, surface) = ScoreWords(query, ordinal);
        return query.Evidence.Gather(ordinal, raw, cov, explaining);
    }

    private (double Raw, double Coverage, int Surface) ScoreWords(ColdQuery query, int ordinal) =>
        _data.Languages.Comparable(query.Vector.Language, ordinal) ? _scorer.ScoreEntry(query.Vector, ordinal) : (0, 0, -1);

    private MatchExplanation Explain(ColdQuery query, int ordinal)
    {
        var evidence = Score(query, ordinal, true, out var raw, out var surface);
        return Explainer.Explain(_data, query.Outcome, query.Vector, ordinal, evidence, raw, surface);
    }

    private void CheckOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, _data.Entries.Length);
    }

    // The one check of a query's threshold, also EscoTagger's.
    internal static void CheckThreshold(double threshold)
    {
        if (!(threshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be between 0 and 1.");
        }
    }
}
