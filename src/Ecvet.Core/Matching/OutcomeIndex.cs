using System.Collections.Immutable;
using Ecvet.Matching.Internal;

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
/// arrays sized to the largest index the thread has queried (about 36 bytes per catalogue entry, 12 per surface form
/// and 4 per distinct term), kept for the thread's lifetime.</para>
/// </remarks>
public sealed class OutcomeIndex
{
    private const byte FieldText = 0;
    private const byte FieldSynonym = 1;
    private const byte FieldDescription = 2;

    private static readonly Lazy<TermTable> DefaultStopWords = new(() => TextAnalyzer.CreateStopWordTable(OutcomeIndexOptions.EnglishStopWords));

    private readonly CatalogueEntry[] _entries;
    private readonly int[] _idRank;
    private readonly OutcomeIndexOptions _options;
    private readonly TextAnalyzer _analyzer;
    private readonly TermTable _terms;
    private readonly TermTable _wordCache;
    private readonly int[] _wordTerms;
    private readonly string[] _termWords;
    private readonly float[] _idf;
    private readonly float[] _maxWeight;
    private readonly int[] _postingStart;
    private readonly Posting[] _postings;
    private readonly int[] _surfaceEntry;
    private readonly byte[] _surfaceField;
    private readonly int[] _entrySurfaceStart;
    private readonly int[] _surfaceTermStart;
    private readonly int[] _surfaceTerms;
    private readonly float[] _surfaceTermWeights;
    private readonly float[] _surfaceTermCovers;
    private readonly bool _oneSurfacePerEntry;
    private readonly float _outOfVocabularyIdf;
    private readonly string[] _languages;
    private readonly int[] _entryLanguage;
    private readonly bool _singleLanguage;
    private readonly bool[] _languageHasEntries;
    private readonly int _analyserLanguage;
    private readonly Dictionary<Uri, int[]> _skillEntries;
    private readonly CharacterNgramReranker? _reranker;

    private OutcomeIndex(CatalogueEntry[] entries, OutcomeIndexOptions options, bool keepRepeatedSurfaces)
    {
        _entries = entries;
        _options = options;
        var stopWords = options.StopWords is null ? DefaultStopWords.Value : TextAnalyzer.CreateStopWordTable(options.StopWords);
        _analyzer = new TextAnalyzer(options.Stemmer, stopWords);

        var n = entries.Length;
        _idRank = new int[n];
        var byId = new int[n];
        for (var i = 0; i < n; i++)
        {
            byId[i] = i;
        }

        Array.Sort(byId, (a, b) => string.CompareOrdinal(entries[a].Id, entries[b].Id));
        for (var r = 0; r < n; r++)
        {
            _idRank[byId[r]] = r;
        }

        // Languages, compared by primary subtag ("de-at" reads as "de").
        var languages = new List<string>();
        _entryLanguage = new int[n];
        for (var i = 0; i < n; i++)
        {
            _entryLanguage[i] = LanguageId(languages, PrimarySubtag(entries[i].Language));
        }

        _analyserLanguage = LanguageId(languages, PrimarySubtag(options.Language));
        _languages = [.. languages];
        _singleLanguage = _entryLanguage.All(l => l == _entryLanguage[0]);
        _languageHasEntries = new bool[_languages.Length];
        foreach (var l in _entryLanguage)
        {
            _languageHasEntries[l] = true;
        }

        // Analyse every surface into (term, tf) runs.
        _terms = new TermTable(Math.Max(64, n * 2));
        var words = new List<string>();
        var surfaceEntry = new List<int>(n);
        var surfaceField = new List<byte>(n);
        _entrySurfaceStart = new int[n + 1];
        var surfaceTermStart = new List<int>(n + 1) { 0 };
        var surfaceTerms = new List<int>(n * 6);
        var surfaceTfs = new List<int>(n * 6);
        _wordCache = new TermTable(Math.Max(64, n * 2));
        var wordTerms = new List<int>();
        var collector = new BuildSink { Terms = _terms, Words = words, Buffer = new List<int>(64), WordCache = _wordCache, WordTerms = wordTerms };
        for (var e = 0; e < n; e++)
        {
            _entrySurfaceStart[e] = surfaceEntry.Count;
            var entry = entries[e];
            var stem = _entryLanguage[e] == _analyserLanguage;
            AddSurface(entry.Text, FieldText);
            foreach (var synonym in entry.Synonyms)
            {
                AddSurface(synonym, FieldSynonym);
            }

            if (entry.Description is { } description)
            {
                AddSurface(description, FieldDescription);
            }

            void AddSurface(string text, byte field)
            {
                collector.Buffer.Clear();
                collector.Stemmed = stem;
                _analyzer.Analyze(text, stem, ref collector);
                if (collector.Buffer.Count == 0)
                {
                    return;
                }

                collector.Buffer.Sort();
                var terms = collector.Buffer;
                for (var i = 0; i < terms.Count;)
                {
                    var j = i + 1;
                    while (j < terms.Count && terms[j] == terms[i])
                    {
                        j++;
                    }

                    surfaceTerms.Add(terms[i]);
                    surfaceTfs.Add(j - i);
                    i = j;
                }

                surfaceEntry.Add(e);
                surfaceField.Add(field);
                surfaceTermStart.Add(surfaceTerms.Count);
            }
        }

        _entrySurfaceStart[n] = surfaceEntry.Count;
        _surfaceEntry = [.. surfaceEntry];
        _surfaceField = [.. surfaceField];
        _surfaceTermStart = [.. surfaceTermStart];
        _surfaceTerms = [.. surfaceTerms];
        _termWords = [.. words];
        _wordTerms = [.. wordTerms];
        var surfaceCount = _surfaceEntry.Length;
        var vocabulary = _terms.Count;

        // Document frequency counts entries, not surfaces: a term in an entry's text and synonyms counts once.
        var df = new int[vocabulary];
        var lastEntry = new int[vocabulary];
        Array.Fill(lastEntry, -1);
        for (var s = 0; s < surfaceCount; s++)
        {
            var e = _surfaceEntry[s];
            for (var p = _surfaceTermStart[s]; p < _surfaceTermStart[s + 1]; p++)
            {
                var t = _surfaceTerms[p];
                if (lastEntry[t] != e)
                {
                    lastEntry[t] = e;
                    df[t]++;
                }
            }
        }

        _idf = new float[vocabulary];
        var boilerplateDf = options.BoilerplateDocumentFraction * n;
        for (var t = 0; t < vocabulary; t++)
        {
            var idf = Math.Log((1.0 + n) / (1.0 + df[t])) + 1.0;
            if (n >= 20 && df[t] >= 3 && df[t] > boilerplateDf)
            {
                idf *= options.BoilerplateWeight;
            }

            _idf[t] = (float)idf;
        }

        _outOfVocabularyIdf = (float)(Math.Log(1.0 + n) + 1.0);

        // Weights: tf weighting · idf, L2-normalised per surface, scaled by the field weight.
        var averageLength = 0.0;
        if (options.Weighting == TermWeighting.Bm25)
        {
            long total = 0;
            foreach (var tf in surfaceTfs)
            {
                total += tf;
            }

            averageLength = surfaceCount == 0 ? 1 : (double)total / surfaceCount;
        }

        _surfaceTermWeights = new float[_surfaceTerms.Length];
        _surfaceTermCovers = new float[_surfaceTerms.Length];
        var squares = new double[64];
        var idfs = new double[64];
        for (var s = 0; s < surfaceCount; s++)
        {
            var start = _surfaceTermStart[s];
            var end = _surfaceTermStart[s + 1];
            var length = 0;
            for (var p = start; p < end; p++)
            {
                length += surfaceTfs[p];
            }

            // Sums run over sorted values: term ids (and so the order of a surface's terms) depend on catalogue order,
            // floating-point sums on summation order, and scores must not depend on catalogue order at all.
            if (squares.Length < end - start)
            {
                squares = new double[(end - start) * 2];
                idfs = new double[squares.Length];
            }

            for (var p = start; p < end; p++)
            {
                var idf = _idf[_surfaceTerms[p]];
                var w = TfWeight(surfaceTfs[p], length, averageLength) * idf;
                _surfaceTermWeights[p] = (float)w;
                squares[p - start] = w * w;
                idfs[p - start] = idf;
            }

            var norm = SortedSum(squares.AsSpan(0, end - start));
            var mass = SortedSum(idfs.AsSpan(0, end - start));

            var scale = _surfaceField[s] switch
            {
                FieldSynonym => options.SynonymWeight,
                FieldDescription => options.DescriptionWeight,
                _ => 1.0,
            };
            // A surface made only of zero-weight terms (boilerplate weight 0) has no direction: its weights stay 0.
            var factor = norm > 0 ? scale / Math.Sqrt(norm) : 0;
            for (var p = start; p < end; p++)
            {
                _surfaceTermWeights[p] = (float)(_surfaceTermWeights[p] * factor);
                _surfaceTermCovers[p] = mass > 0 ? (float)(scale * _idf[_surfaceTerms[p]] / mass) : 0;
            }
        }

        // Surfaces of one entry that analyse to the same terms with the same weights and coverage shares (such as "manage
        // staff" and "staff management") score alike for every query: only the first is kept. Weights and the BM25
        // average length are taken before, so scores are exactly those of the full set.
        if (!keepRepeatedSurfaces)
        {
            (_surfaceEntry, _surfaceField, _surfaceTermStart, _surfaceTerms, _surfaceTermWeights, _surfaceTermCovers) =
                RemoveRepeatedSurfaces(_entrySurfaceStart, _surfaceEntry, _surfaceField, _surfaceTermStart, _surfaceTerms, _surfaceTermWeights, _surfaceTermCovers);
        }

        _oneSurfacePerEntry = IsIdentity(_surfaceEntry, n);
        surfaceCount = _surfaceEntry.Length;

        // Inverted index (CSR): postings of a term in ascending surface order.
        _postingStart = new int[vocabulary + 1];
        foreach (var t in _surfaceTerms)
        {
            _postingStart[t + 1]++;
        }

        for (var t = 0; t < vocabulary; t++)
        {
            _postingStart[t + 1] += _postingStart[t];
        }

        _postings = new Posting[_surfaceTerms.Length];
        _maxWeight = new float[vocabulary];
        var fill = _postingStart[..vocabulary];
        for (var s = 0; s < surfaceCount; s++)
        {
            for (var p = _surfaceTermStart[s]; p < _surfaceTermStart[s + 1]; p++)
            {
                var t = _surfaceTerms[p];
                var w = _surfaceTermWeights[p];
                _postings[fill[t]++] = new Posting(s, w);
                if (w > _maxWeight[t])
                {
                    _maxWeight[t] = w;
                }
            }
        }

        _skillEntries = [];
        var skillLists = new Dictionary<Uri, List<int>>();
        for (var e = 0; e < n; e++)
        {
            foreach (var skill in entries[e].EscoSkills.Distinct())
            {
                if (!skillLists.TryGetValue(skill, out var list))
                {
                    skillLists[skill] = list = [];
                }

                list.Add(e);
            }
        }

        foreach (var (skill, list) in skillLists)
        {
            _skillEntries[skill] = [.. list];
        }

        _reranker = options.CharacterNgramRerank ? new CharacterNgramReranker(entries, _idRank, options) : null;
    }

    /// <summary>The number of entries in the catalogue.</summary>
    public int Count => _entries.Length;

    /// <summary>The options the index was built with.</summary>
    public OutcomeIndexOptions Options => _options;

    /// <summary>The number of distinct terms (after analysis) in the catalogue.</summary>
    public int TermCount => _terms.Count;

    // The number of surfaces indexed (texts, synonyms, descriptions, less repeats within an entry).
    internal int SurfaceCount => _surfaceEntry.Length;

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

    // An index of every surface, even those equal to an earlier one of the same entry: for tests that prove their
    // removal changes nothing.
    internal static OutcomeIndex BuildKeepingRepeatedSurfaces(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options) =>
        Create(catalogue, options, keepRepeatedSurfaces: true);

    private static OutcomeIndex Create(IEnumerable<CatalogueEntry> catalogue, OutcomeIndexOptions? options, bool keepRepeatedSurfaces)
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
        return new OutcomeIndex(entries, options, keepRepeatedSurfaces);
    }

    /// <summary>Returns the entry with the given ordinal (its position in the catalogue the index was built from).</summary>
    /// <param name="ordinal">The ordinal, from 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="ordinal"/> is out of range.</exception>
    public CatalogueEntry GetEntry(int ordinal)
    {
        CheckOrdinal(ordinal);
        return _entries[ordinal];
    }

    /// <summary>Finds the entries most similar to a query text. Allocates the result list only. A query recognisably
    /// written in another language than the entries yields no match (see <see cref="IsComparableByText"/>).</summary>
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
        var buffer = new OutcomeMatch[Math.Min(top, Count)];
        var count = MatchCore(query, buffer, threshold);
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
        return MatchCore(query, destination, threshold);
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
        var language = LanguageOf(query);
        var scratch = Accumulate(query.Text, language, 0, 0);

        // Entries sharing an ESCO skill with the query are candidates whatever their text score; mark them.
        var stamps = scratch.EntryStamp;
        var skillStamp = scratch.NextStamp();
        var doneStamp = scratch.NextStamp();
        foreach (var skill in query.EscoSkills)
        {
            if (_skillEntries.TryGetValue(skill, out var list))
            {
                foreach (var e in list)
                {
                    stamps[e] = skillStamp;
                }
            }
        }

        // The best `top` by similarity, then id. An entry sharing no skill scores at most its calibrated text score (a
        // requirement can only bring it to 0), so one that cannot beat the worst kept is passed over without combining.
        var best = new MatchHeap(Math.Min(top, Count), _idRank);
        var calibration = _options.Calibration;
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            var e = scratch.ResultEntry[i];
            var raw = (double)scratch.ResultScore[i];
            if (stamps[e] == skillStamp)
            {
                stamps[e] = doneStamp;
            }
            else
            {
                var bound = calibration.Apply(raw);
                if (!(bound > 0) || bound < threshold || !best.Admits(bound, e))
                {
                    continue;
                }
            }

            best.Offer(Combine(query, e, raw, SurfaceCover(scratch, scratch.ResultSurface[i]), TextComparable(language, e)), threshold);
        }

        foreach (var skill in query.EscoSkills)
        {
            if (_skillEntries.TryGetValue(skill, out var list))
            {
                foreach (var e in list)
                {
                    if (stamps[e] == skillStamp)
                    {
                        stamps[e] = doneStamp;
                        best.Offer(Combine(query, e, 0, 0, TextComparable(language, e)), threshold);
                    }
                }
            }
        }

        return best.ToSortedArray();
    }

    // The straightforward form of Match(CatalogueEntry, …): every candidate combined, all of them sorted. Tests compare
    // the selective path with it.
    internal List<OutcomeMatch> MatchOutcomeReference(CatalogueEntry query, int top, double threshold)
    {
        var scratch = Accumulate(query.Text, LanguageOf(query), 0, 0);
        var raw = new Dictionary<int, (double Raw, double Cov)>(scratch.ResultCount);
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            raw[scratch.ResultEntry[i]] = (scratch.ResultScore[i], SurfaceCover(scratch, scratch.ResultSurface[i]));
        }

        foreach (var skill in query.EscoSkills)
        {
            if (_skillEntries.TryGetValue(skill, out var list))
            {
                foreach (var e in list)
                {
                    raw.TryAdd(e, (0, 0));
                }
            }
        }

        var queryLanguage = LanguageOf(query);
        var results = new List<OutcomeMatch>(raw.Count);
        foreach (var (e, (r, c)) in raw)
        {
            var match = Combine(query, e, r, c, TextComparable(queryLanguage, e));
            if (match.Similarity > 0 && match.Similarity >= threshold)
            {
                results.Add(match);
            }
        }

        results.Sort((a, b) => a.Similarity != b.Similarity ? b.Similarity.CompareTo(a.Similarity) : _idRank[a.Ordinal].CompareTo(_idRank[b.Ordinal]));
        return results.Count > top ? results.GetRange(0, top) : results;
    }

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
        return Compare(query, PrepareQuery(query), ordinal);
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
        var language = guess is null ? -1 : FindLanguage(guess);
        return Explain(null, QueryVector.Create(this, query, language, guess), ordinal);
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
        return Explain(query, PrepareQuery(query), ordinal);
    }

    /// <summary>Whether a query text can be compared by text with this catalogue: false when it is recognisably written in
    /// a language none of the entries is written in. <c>Match</c> then returns no match, which means "not comparable by
    /// text", not "no equivalent outcome".</summary>
    /// <param name="query">The query text.</param>
    /// <returns><see langword="true"/> when the query's language is unknown or is the language of some entry.</returns>
    public bool IsComparableByText(ReadOnlySpan<char> query) => TextLanguage(query) != -2;

    /// <summary>Guesses the language of a text from its function words, as the index does for text queries.</summary>
    /// <param name="text">The text.</param>
    /// <returns>A language code such as <c>de</c>, or <see langword="null"/> when the text gives too little to tell.</returns>
    public static string? GuessLanguage(ReadOnlySpan<char> text) => LanguageGuesser.Guess(text);

    internal OutcomeMatch Compare(CatalogueEntry query, QueryVector vector, int ordinal)
    {
        var comparable = TextComparable(vector.Language, ordinal);
        var (raw, cov, _) = comparable ? ScoreEntry(vector, ordinal) : (0, 0, -1);
        return Combine(query, ordinal, raw, cov, comparable);
    }

    internal QueryVector PrepareQuery(CatalogueEntry query) =>
        QueryVector.Create(this, query.Text, LanguageOf(query), PrimarySubtag(query.Language));

    private int MatchCore(ReadOnlySpan<char> query, Span<OutcomeMatch> destination, double threshold)
    {
        var language = TextLanguage(query);
        if (language == -2)
        {
            return 0;
        }

        var rawThreshold = RawThreshold(threshold);
        if (_reranker is not null)
        {
            // Opt-in second stage (OutcomeIndexOptions.CharacterNgramRerank): re-ranks the best candidates by word score.
            var candidates = Accumulate(query, language, _reranker.CandidateThreshold(rawThreshold), _reranker.Depth(destination.Length));
            return _reranker.Rerank(query, candidates.ResultEntry.AsSpan(0, candidates.ResultCount), candidates.ResultScore.AsSpan(0, candidates.ResultCount),
                candidates.ResultCov.AsSpan(0, candidates.ResultCount), destination, rawThreshold);
        }

        var scratch = Accumulate(query, language, rawThreshold, destination.Length);
        var k = Math.Min(destination.Length, scratch.ResultCount);
        if (k == 0)
        {
            return 0;
        }

        // Fixed-size min-heap of candidate indices; the root is the worst kept candidate.
        scratch.EnsureHeap(k);
        var heap = scratch.Heap;
        var size = 0;
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            if (size < k)
            {
                heap[size] = i;
                SiftUp(scratch, heap, size++);
            }
            else if (Worse(scratch, heap[0], i))
            {
                heap[0] = i;
                SiftDown(scratch, heap, size);
            }
        }

        var calibration = _options.Calibration;
        for (var n = size; n > 0; n--)
        {
            var i = heap[0];
            heap[0] = heap[n - 1];
            SiftDown(scratch, heap, n - 1);
            destination[n - 1] = new OutcomeMatch(scratch.ResultEntry[i], calibration.Apply(scratch.ResultScore[i]),
                Math.Clamp(scratch.ResultCov[i], 0, 1), MatchEvidence.SharedTerms);
        }

        return size;
    }

    // The raw (uncalibrated) score a calibrated threshold stands for, a hair lower so that rounding never drops a match
    // that sits on the threshold; 0 for no threshold.
    private double RawThreshold(double threshold) =>
        threshold > 0 ? Math.Max(_options.Calibration.Invert(threshold) - 1e-6, 1e-9) : 0;

    // The query path without pruning or accumulators: every entry scored on every surface, straight from the forward
    // index, with the same float operations in the same order. Slow; it exists so that tests can prove the fast path
    // (pruning, candidate gating, the word cache) exact.
    internal int MatchExhaustive(ReadOnlySpan<char> query, Span<OutcomeMatch> destination, double threshold)
    {
        var language = TextLanguage(query);
        if (language == -2)
        {
            return 0;
        }

        var rawThreshold = RawThreshold(threshold);
        var scratch = Scratch.Get(_surfaceEntry.Length, _entries.Length, _terms.Count);
        PrepareQueryTerms(query, language, scratch, useWordCache: false);
        var terms = scratch.QueryTerms.AsSpan(0, scratch.QueryCount).ToArray();
        var weights = scratch.QueryWeight.AsSpan(0, scratch.QueryCount).ToArray();
        var filterLanguage = language >= 0 && !_singleLanguage;
        var found = new List<(int Entry, float Score, float Cov)>();
        for (var e = 0; e < _entries.Length && terms.Length > 0; e++)
        {
            if (filterLanguage && _entryLanguage[e] != language)
            {
                continue;
            }

            float best = 0;
            float bestCov = 0;
            for (var s = _entrySurfaceStart[e]; s < _entrySurfaceStart[e + 1]; s++)
            {
                var start = _surfaceTermStart[s];
                var surfaceTerms = _surfaceTerms.AsSpan(start, _surfaceTermStart[s + 1] - start);
                float score = 0;
                float cov = 0;
                for (var j = 0; j < terms.Length; j++)
                {
                    var at = surfaceTerms.BinarySearch(terms[j]);
                    if (at >= 0)
                    {
                        score += weights[j] * _surfaceTermWeights[start + at];
                        cov += _surfaceTermCovers[start + at];
                    }
                }

                if (score > best || (score == best && cov > bestCov))
                {
                    best = score;
                    bestCov = cov;
                }
            }

            if (best > 0 && best >= (float)rawThreshold)
            {
                found.Add((e, best, bestCov));
            }
        }

        found.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : _idRank[a.Entry].CompareTo(_idRank[b.Entry]));
        var count = Math.Min(destination.Length, found.Count);
        for (var i = 0; i < count; i++)
        {
            var (entry, score, cov) = found[i];
            destination[i] = new OutcomeMatch(entry, _options.Calibration.Apply(score), Math.Clamp(cov, 0, 1), MatchEvidence.SharedTerms);
        }

        return count;
    }

    // Term-at-a-time scoring into per-surface accumulators. Query terms are visited in decreasing order of their
    // largest possible contribution; once the contributions still to come cannot lift an untouched surface to the raw
    // threshold, later terms only update surfaces already touched (MaxScore-style candidate pruning). Leaves the
    // candidates in scratch.Result* with their raw score: with top > 0 the top entries (in no order) with their coverage,
    // otherwise every entry at or above the threshold with its best surface (coverage to compute); touched bits cleared.
    private Scratch Accumulate(ReadOnlySpan<char> text, int language, double rawThreshold, int top)
    {
        var scratch = Scratch.Get(_surfaceEntry.Length, _entries.Length, _terms.Count);
        if (language == -2)
        {
            return scratch;
        }

        PrepareQueryTerms(text, language, scratch);
        var q = scratch.QueryCount;
        if (q == 0)
        {
            return scratch;
        }

        var terms = scratch.QueryTerms;
        var weights = scratch.QueryWeight;
        var bounds = scratch.QueryBound;
        var acc = scratch.Acc;
        var touched = scratch.Touched;
        var bits = scratch.TouchedBits;
        var touchedCount = 0;
        var filterLanguage = language >= 0 && !_singleLanguage;
        var updateOnly = false;
        for (var i = 0; i < q; i++)
        {
            // bounds[i] is the most that terms i.. can add. Once an untouched surface cannot reach the raw threshold, or
            // cannot overtake k entries already scored above that bound, the remaining terms only update candidates.
            if (!updateOnly && i > 0
                && ((rawThreshold > 0 && bounds[i] < rawThreshold)
                    || (top > 0 && touchedCount >= top && bounds[i] < 0.9f && HasEntriesAbove(scratch, touchedCount, bounds[i], top, filterLanguage ? language : -1))))
            {
                updateOnly = true;
            }

            var t = terms[i];
            var wq = weights[i];
            var start = _postingStart[t];
            var length = _postingStart[t + 1] - start;
            if (updateOnly && touchedCount * 8 < length)
            {
                // Few candidates, a long postings list: look the term up in each candidate's (sorted) term list.
                for (var j = 0; j < touchedCount; j++)
                {
                    var s = touched[j];
                    var from = _surfaceTermStart[s];
                    var found = _surfaceTerms.AsSpan(from, _surfaceTermStart[s + 1] - from).BinarySearch(t);
                    if (found >= 0)
                    {
                        acc[s] += wq * _surfaceTermWeights[from + found];
                    }
                }

                continue;
            }

            // A bit per surface (a few kilobytes, in L1) says whether it is touched, so that postings that cannot add a
            // surface cost no access to its accumulator, and a new surface's accumulator is written without being read.
            if (updateOnly || (rawThreshold > 0 && bounds[i] < rawThreshold))
            {
                foreach (ref readonly var posting in _postings.AsSpan(start, length))
                {
                    var s = posting.Surface;
                    if ((bits[s >> 6] & (1UL << s)) != 0)
                    {
                        acc[s] += wq * posting.Weight;
                    }
                }
            }
            else
            {
                foreach (ref readonly var posting in _postings.AsSpan(start, length))
                {
                    var s = posting.Surface;
                    var c = wq * posting.Weight;
                    ref var word = ref bits[s >> 6];
                    var mask = 1UL << s;
                    if ((word & mask) == 0)
                    {
                        word |= mask;
                        touched[touchedCount++] = s;
                        acc[s] = c;
                    }
                    else
                    {
                        acc[s] += c;
                    }
                }
            }
        }

        var threshold = (float)rawThreshold;
        var results = top > 0
            ? SelectTop(scratch, touchedCount, threshold, top, filterLanguage ? language : -1)
            : CollectAll(scratch, touchedCount, threshold, filterLanguage ? language : -1);
        scratch.ResultCount = results;
        return scratch;
    }

    // The k best entries among the touched surfaces (an entry scores its best surface: highest score, then highest
    // coverage), straight from the accumulators; clears the touched bits. A min-heap of entries, the worst (lowest
    // score, then latest id) at the root; a surface below the root cannot matter and costs one comparison. An entry's
    // heap position is kept per entry (valid for this call's stamp; -1 once seen but not held). An entry turned away or
    // evicted can only come back with a surface better than the root, which only improves, so its earlier surfaces
    // never count. Coverage is computed for the kept surfaces only (and for two surfaces of one entry that tie on
    // score). Returns the number of entries written to scratch.Result*, in heap order.
    private int SelectTop(Scratch scratch, int touchedCount, float threshold, int k, int language)
    {
        var acc = scratch.Acc;
        var touched = scratch.Touched;
        var stamp = scratch.NextStamp();
        var stamps = scratch.EntryStamp;
        var position = scratch.EntryPosition;
        var heapEntry = scratch.ResultEntry;
        var heapScore = scratch.ResultScore;
        var heapSurface = scratch.ResultSurface;
        var size = 0;
        var unique = _oneSurfacePerEntry;

        // Scores first, in one branch-free pass: the loads are independent, so the memory system overlaps them.
        var gathered = scratch.Gathered;
        var bits = scratch.TouchedBits;
        for (var i = 0; i < touchedCount; i++)
        {
            var s = touched[i];
            gathered[i] = acc[s];
            bits[s >> 6] = 0;
        }

        for (var i = 0; i < touchedCount; i++)
        {
            var score = gathered[i];
            if (score < threshold || score <= 0 || (size == k && score < heapScore[0]))
            {
                continue;
            }

            var s = touched[i];
            var e = _surfaceEntry[s];
            if (language >= 0 && _entryLanguage[e] != language)
            {
                continue;
            }

            if (unique)
            {
                // One surface per entry: each entry comes once, nothing to look up.
                if (size < k)
                {
                    heapEntry[size] = e;
                    heapScore[size] = score;
                    heapSurface[size] = s;
                    SiftUpTop(scratch, size++, false);
                }
                else if (heapScore[0] < score || (heapScore[0] == score && _idRank[heapEntry[0]] > _idRank[e]))
                {
                    heapEntry[0] = e;
                    heapScore[0] = score;
                    heapSurface[0] = s;
                    SiftDownTop(scratch, 0, size, false);
                }

                continue;
            }

            if (stamps[e] == stamp && position[e] >= 0)
            {
                var at = position[e];
                if (score > heapScore[at] || (score == heapScore[at] && SurfaceCover(scratch, s) > SurfaceCover(scratch, heapSurface[at])))
                {
                    heapScore[at] = score;
                    heapSurface[at] = s;
                    SiftDownTop(scratch, at, size);
                }

                continue;
            }

            stamps[e] = stamp;
            if (size < k)
            {
                heapEntry[size] = e;
                heapScore[size] = score;
                heapSurface[size] = s;
                position[e] = size;
                SiftUpTop(scratch, size++);
            }
            else if (heapScore[0] < score || (heapScore[0] == score && _idRank[heapEntry[0]] > _idRank[e]))
            {
                position[heapEntry[0]] = -1;
                heapEntry[0] = e;
                heapScore[0] = score;
                heapSurface[0] = s;
                position[e] = 0;
                SiftDownTop(scratch, 0, size);
            }
            else
            {
                position[e] = -1;
            }
        }

        SurfaceCovers(scratch, heapSurface.AsSpan(0, size), scratch.ResultCov);
        return size;
    }

    // The coverage of several surfaces, level by level (all term-list bounds, then all term lists) so that the memory
    // system fetches the surfaces' forward-index lines side by side rather than one chain after another.
    private void SurfaceCovers(Scratch scratch, ReadOnlySpan<int> surfaces, float[] covers)
    {
        var from = scratch.CoverFrom;
        var to = scratch.CoverTo;
        if (from.Length < surfaces.Length)
        {
            from = scratch.CoverFrom = new int[surfaces.Length];
            to = scratch.CoverTo = new int[surfaces.Length];
        }

        for (var i = 0; i < surfaces.Length; i++)
        {
            from[i] = _surfaceTermStart[surfaces[i]];
            to[i] = _surfaceTermStart[surfaces[i] + 1];
        }

        for (var i = 0; i < surfaces.Length; i++)
        {
            covers[i] = SurfaceCover(scratch, from[i], to[i]);
        }
    }

    private float SurfaceCover(Scratch scratch, int surface) =>
        SurfaceCover(scratch, _surfaceTermStart[surface], _surfaceTermStart[surface + 1]);

    // The coverage of one surface (its term-list bounds) by the query: the shares of the query's terms it holds, summed
    // in query-term order (the order the term-at-a-time loop and the exhaustive scorer add them in).
    private float SurfaceCover(Scratch scratch, int from, int to)
    {
        var cover = 0f;
        for (var i = 0; i < scratch.QueryCount; i++)
        {
            var t = scratch.QueryTerms[i];
            for (var p = from; p < to; p++)
            {
                if (_surfaceTerms[p] == t)
                {
                    cover += _surfaceTermCovers[p];
                    break;
                }
            }
        }

        return cover;
    }

    // Whether the held entry at a ranks below the one at b (lower score, or the same score and a later id).
    private bool TopWorse(Scratch s, int a, int b) =>
        s.ResultScore[a] < s.ResultScore[b] || (s.ResultScore[a] == s.ResultScore[b] && _idRank[s.ResultEntry[a]] > _idRank[s.ResultEntry[b]]);

    private static void SwapTop(Scratch s, int a, int b, bool track)
    {
        (s.ResultEntry[a], s.ResultEntry[b]) = (s.ResultEntry[b], s.ResultEntry[a]);
        (s.ResultScore[a], s.ResultScore[b]) = (s.ResultScore[b], s.ResultScore[a]);
        (s.ResultSurface[a], s.ResultSurface[b]) = (s.ResultSurface[b], s.ResultSurface[a]);
        if (track)
        {
            s.EntryPosition[s.ResultEntry[a]] = a;
            s.EntryPosition[s.ResultEntry[b]] = b;
        }
    }

    private void SiftUpTop(Scratch s, int i, bool track = true)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!TopWorse(s, i, parent))
            {
                return;
            }

            SwapTop(s, i, parent, track);
            i = parent;
        }
    }

    private void SiftDownTop(Scratch s, int i, int size, bool track = true)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= size)
            {
                return;
            }

            var worst = left + 1 < size && TopWorse(s, left + 1, left) ? left + 1 : left;
            if (!TopWorse(s, worst, i))
            {
                return;
            }

            SwapTop(s, i, worst, track);
            i = worst;
        }
    }

    // Every touched entry at or above the threshold (an entry scores its best surface: highest score, then highest
    // coverage), touched bits cleared. Returns the number written to scratch.Result*, with each entry's best surface in
    // ResultSurface: its coverage is left to compute (SurfaceCover) for the entries that need it.
    private int CollectAll(Scratch scratch, int touchedCount, float threshold, int language)
    {
        var acc = scratch.Acc;
        var touched = scratch.Touched;
        var bits = scratch.TouchedBits;
        var bestScore = scratch.EntryBestScore;
        var bestSurface = scratch.EntryBestSurface;
        var entryTouched = scratch.EntryTouched;
        var entries = 0;
        for (var i = 0; i < touchedCount; i++)
        {
            var s = touched[i];
            var score = acc[s];
            bits[s >> 6] = 0;
            var e = _surfaceEntry[s];
            if (score <= 0)
            {
                continue;
            }

            if (bestScore[e] == 0)
            {
                entryTouched[entries++] = e;
                bestScore[e] = score;
                bestSurface[e] = s;
            }
            else if (score > bestScore[e] || (score == bestScore[e] && SurfaceCover(scratch, s) > SurfaceCover(scratch, bestSurface[e])))
            {
                bestScore[e] = score;
                bestSurface[e] = s;
            }
        }

        var results = 0;
        for (var i = 0; i < entries; i++)
        {
            var e = entryTouched[i];
            var score = bestScore[e];
            bestScore[e] = 0;
            if (score >= threshold && (language < 0 || _entryLanguage[e] == language))
            {
                scratch.ResultEntry[results] = e;
                scratch.ResultScore[results] = score;
                scratch.ResultSurface[results] = bestSurface[e];
                results++;
            }
        }

        return results;
    }

    // Whether at least `count` distinct entries (in the query's language, when given) already have a surface scoring
    // above `bound`: then no untouched surface can enter the top `count`.
    private bool HasEntriesAbove(Scratch scratch, int touchedCount, float bound, int count, int language)
    {
        var stamp = scratch.NextStamp();
        var stamps = scratch.EntryStamp;
        var found = 0;
        for (var j = 0; j < touchedCount; j++)
        {
            var s = scratch.Touched[j];
            if (scratch.Acc[s] <= bound)
            {
                continue;
            }

            var e = _surfaceEntry[s];
            if (stamps[e] != stamp && (language < 0 || _entryLanguage[e] == language))
            {
                stamps[e] = stamp;
                if (++found >= count)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void PrepareQueryTerms(ReadOnlySpan<char> text, int language, Scratch scratch, bool useWordCache = true)
    {
        var stem = language < 0 || language == _analyserLanguage;
        if (stem && useWordCache)
        {
            // Most query words occur in the catalogue: their term comes from the word cache, without stop-word check or
            // stemming; the others take the full path.
            var cached = new CachedQuerySink(this, scratch);
            TextAnalyzer.Tokenize(text, ref cached);
        }
        else
        {
            var sink = new QuerySink(_terms, scratch);
            _analyzer.Analyze(text, stem, ref sink);
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

        // Query weights: (1 + ln tf)·idf, normalised over all query terms, out-of-vocabulary ones included (they are
        // part of the query's meaning that no entry shares).
        var weights = scratch.QueryWeight;
        var tfs = scratch.QueryTf;
        double norm = scratch.OutOfVocabulary * (double)_outOfVocabularyIdf * _outOfVocabularyIdf;
        for (var i = 0; i < q; i++)
        {
            var w = (float)((1 + Math.Log(tfs[i])) * _idf[terms[i]]);
            weights[i] = w;
            norm += (double)w * w;
        }

        var inverse = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
        var bounds = scratch.QueryBound;
        for (var i = 0; i < q; i++)
        {
            weights[i] = (float)(weights[i] * inverse);
            bounds[i] = weights[i] * _maxWeight[terms[i]];
        }

        // Order by bound, descending (ties by term text, so the order never depends on catalogue order); q is small.
        for (var i = 1; i < q; i++)
        {
            var t = terms[i];
            var w = weights[i];
            var b = bounds[i];
            var j = i - 1;
            while (j >= 0 && (bounds[j] < b || (bounds[j] == b && _terms.GetTerm(terms[j]).SequenceCompareTo(_terms.GetTerm(t)) > 0)))
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

    // Whether candidate a ranks below candidate b: a lower score, or the same score and a later id.
    private bool Worse(Scratch s, int a, int b) =>
        s.ResultScore[a] < s.ResultScore[b] || (s.ResultScore[a] == s.ResultScore[b] && _idRank[s.ResultEntry[a]] > _idRank[s.ResultEntry[b]]);

    private void SiftUp(Scratch s, int[] heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Worse(s, heap[i], heap[parent]))
            {
                break;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private void SiftDown(Scratch s, int[] heap, int size)
    {
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= size)
            {
                return;
            }

            var worst = left + 1 < size && Worse(s, heap[left + 1], heap[left]) ? left + 1 : left;
            if (!Worse(s, heap[worst], heap[i]))
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private (double Raw, double Cov, int Surface) ScoreEntry(QueryVector vector, int ordinal)
    {
        double best = 0;
        double bestCov = 0;
        var bestSurface = -1;
        for (var s = _entrySurfaceStart[ordinal]; s < _entrySurfaceStart[ordinal + 1]; s++)
        {
            double score = 0;
            double cov = 0;
            for (var p = _surfaceTermStart[s]; p < _surfaceTermStart[s + 1]; p++)
            {
                var wq = vector.Weights[_surfaceTerms[p]];
                if (wq > 0)
                {
                    score += wq * _surfaceTermWeights[p];
                    cov += _surfaceTermCovers[p];
                }
            }

            if (score > best || (score == best && cov > bestCov))
            {
                best = score;
                bestCov = cov;
                bestSurface = s;
            }
        }

        return (Math.Clamp(best, 0, 1), Math.Clamp(bestCov, 0, 1), bestSurface);
    }

    private OutcomeMatch Combine(CatalogueEntry? query, int ordinal, double raw, double cov, bool textComparable)
    {
        var entry = _entries[ordinal];
        var evidence = MatchEvidence.None;
        var similarity = 0.0;
        var coverage = 0.0;
        if (!textComparable)
        {
            evidence |= MatchEvidence.DifferentLanguage;
        }
        else if (raw > 0)
        {
            evidence |= MatchEvidence.SharedTerms;
            similarity = _options.Calibration.Apply(raw);
            coverage = Math.Clamp(cov, 0, 1);
        }

        if (query is not null)
        {
            var shared = SharedSkills(query, entry);
            if (shared > 0)
            {
                evidence |= MatchEvidence.SharedEscoSkill;
                var weight = _options.EscoSkillWeight;
                var esco = weight * 2.0 * shared / (query.EscoSkills.Distinct().Count() + entry.EscoSkills.Distinct().Count());
                similarity = 1 - ((1 - similarity) * (1 - esco));
                coverage = 1 - ((1 - coverage) * (1 - (weight * shared / entry.EscoSkills.Distinct().Count())));
            }

            if (query.Type is { } qt && entry.Type is { } et)
            {
                evidence |= qt == et ? MatchEvidence.SameType : MatchEvidence.DifferentType;
            }

            if (query.Level is { } ql && entry.Level is { } el)
            {
                evidence |= ql == el ? MatchEvidence.SameLevel : MatchEvidence.DifferentLevel;
            }

            var typeFails = _options.RequireSameType && (evidence & MatchEvidence.DifferentType) != 0;
            var levelFails = _options.MaxEqfLevelGap is { } gap && query.Level is { } l1 && entry.Level is { } l2
                && Math.Abs(l1.Value - l2.Value) > gap;
            if (typeFails || levelFails)
            {
                evidence |= MatchEvidence.RequirementNotMet;
                similarity = 0;
                coverage = 0;
            }
        }

        return new OutcomeMatch(ordinal, Math.Clamp(similarity, 0, 1), Math.Clamp(coverage, 0, 1), evidence);
    }

    private MatchExplanation Explain(CatalogueEntry? query, QueryVector vector, int ordinal)
    {
        var comparable = TextComparable(vector.Language, ordinal);
        var (raw, cov, surface) = comparable ? ScoreEntry(vector, ordinal) : (0, 0, -1);
        var match = Combine(query, ordinal, raw, cov, comparable);
        if (surface < 0)
        {
            surface = _entrySurfaceStart[ordinal] < _entrySurfaceStart[ordinal + 1] ? _entrySurfaceStart[ordinal] : -1;
        }

        var shared = ImmutableArray.CreateBuilder<MatchedTerm>();
        var missing = ImmutableArray.CreateBuilder<string>();
        var entryTerms = new HashSet<int>();
        if (surface >= 0)
        {
            for (var p = _surfaceTermStart[surface]; p < _surfaceTermStart[surface + 1]; p++)
            {
                var t = _surfaceTerms[p];
                entryTerms.Add(t);
                var wq = vector.Weights[t];
                if (comparable && wq > 0)
                {
                    shared.Add(new MatchedTerm(_termWords[t], wq, _surfaceTermWeights[p], wq * _surfaceTermWeights[p]));
                }
                else
                {
                    missing.Add(_termWords[t]);
                }
            }
        }

        var extra = ImmutableArray.CreateBuilder<string>();
        foreach (var (t, word) in vector.Words)
        {
            if (t < 0 || !entryTerms.Contains(t) || !comparable)
            {
                extra.Add(word);
            }
        }

        var sharedSkills = query is null
            ? []
            : query.EscoSkills.Intersect(_entries[ordinal].EscoSkills).ToImmutableArray();
        var field = surface < 0 ? MatchedField.Text : _surfaceField[surface] switch
        {
            FieldSynonym => MatchedField.Synonym,
            FieldDescription => MatchedField.Description,
            _ => MatchedField.Text,
        };
        return new MatchExplanation(_entries[ordinal], match, raw, field,
            [.. shared.OrderByDescending(s => s.Contribution).ThenBy(s => s.Term, StringComparer.Ordinal)],
            missing.ToImmutable(), extra.ToImmutable(), sharedSkills, vector.LanguageName);
    }

    private static int SharedSkills(CatalogueEntry a, CatalogueEntry b)
    {
        if (a.EscoSkills.IsEmpty || b.EscoSkills.IsEmpty)
        {
            return 0;
        }

        var count = 0;
        foreach (var skill in a.EscoSkills.Distinct())
        {
            if (b.EscoSkills.Contains(skill))
            {
                count++;
            }
        }

        return count;
    }

    // -1: unknown (compare with every entry); -2: a language no entry is written in; otherwise a language id.
    private int TextLanguage(ReadOnlySpan<char> text)
    {
        var guess = LanguageGuesser.Guess(text);
        return guess is null ? -1 : FindLanguage(guess);
    }

    internal int LanguageOf(CatalogueEntry query) => FindLanguage(PrimarySubtag(query.Language));

    internal int FindLanguage(string language)
    {
        for (var i = 0; i < _languages.Length; i++)
        {
            if (string.Equals(_languages[i], language, StringComparison.Ordinal))
            {
                return _languageHasEntries[i] ? i : -2;
            }
        }

        return -2;
    }

    private bool TextComparable(int language, int ordinal) => language == -1 || _entryLanguage[ordinal] == language;

    private static double SortedSum(Span<double> values)
    {
        values.Sort();
        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum;
    }

    // Drops every surface equal (terms, weights and coverage shares, bit for bit) to an earlier surface of its entry;
    // rewrites entrySurfaceStart and compacts the other arrays in place (a surface only ever moves down), then trims them.
    private static (int[] Entry, byte[] Field, int[] TermStart, int[] Terms, float[] Weights, float[] Covers) RemoveRepeatedSurfaces(
        int[] entrySurfaceStart, int[] surfaceEntry, byte[] surfaceField, int[] termStart, int[] terms, float[] weights, float[] covers)
    {
        var newStart = new int[termStart.Length];
        var surfaces = 0;
        var written = 0;
        for (var e = 0; e + 1 < entrySurfaceStart.Length; e++)
        {
            var from = entrySurfaceStart[e];
            var to = entrySurfaceStart[e + 1];
            var first = surfaces;
            entrySurfaceStart[e] = first;
            for (var s = from; s < to; s++)
            {
                if (Repeats(first, s))
                {
                    continue;
                }

                surfaceEntry[surfaces] = e;
                surfaceField[surfaces] = surfaceField[s];
                newStart[surfaces] = written;
                for (var p = termStart[s]; p < termStart[s + 1]; p++, written++)
                {
                    terms[written] = terms[p];
                    weights[written] = weights[p];
                    covers[written] = covers[p];
                }

                newStart[++surfaces] = written;
            }
        }

        entrySurfaceStart[^1] = surfaces;
        return (surfaceEntry[..surfaces], surfaceField[..surfaces], newStart[..(surfaces + 1)], terms[..written], weights[..written], covers[..written]);

        // Whether old surface s repeats one already kept for its entry (new surfaces first.., their terms moved down).
        bool Repeats(int first, int s)
        {
            var length = termStart[s + 1] - termStart[s];
            for (var k = first; k < surfaces; k++)
            {
                if (newStart[k + 1] - newStart[k] == length && Same(newStart[k], termStart[s], length))
                {
                    return true;
                }
            }

            return false;
        }

        bool Same(int a, int b, int length)
        {
            for (var i = 0; i < length; i++)
            {
                if (terms[a + i] != terms[b + i] || BitConverter.SingleToInt32Bits(weights[a + i]) != BitConverter.SingleToInt32Bits(weights[b + i])
                    || BitConverter.SingleToInt32Bits(covers[a + i]) != BitConverter.SingleToInt32Bits(covers[b + i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    // True when surface i belongs to entry i for every entry: the fast path needs no per-entry aggregation.
    private static bool IsIdentity(int[] surfaceEntry, int entries)
    {
        if (surfaceEntry.Length != entries)
        {
            return false;
        }

        for (var i = 0; i < entries; i++)
        {
            if (surfaceEntry[i] != i)
            {
                return false;
            }
        }

        return true;
    }

    private static string PrimarySubtag(string language)
    {
        var dash = language.IndexOf('-', StringComparison.Ordinal);
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    private static int LanguageId(List<string> languages, string language)
    {
        var i = languages.IndexOf(language);
        if (i >= 0)
        {
            return i;
        }

        languages.Add(language);
        return languages.Count - 1;
    }

    private double TfWeight(int tf, int length, double averageLength) => _options.Weighting == TermWeighting.Bm25
        ? tf * (_options.Bm25K1 + 1) / (tf + (_options.Bm25K1 * (1 - _options.Bm25B + (_options.Bm25B * length / averageLength))))
        : 1 + Math.Log(tf);

    private void CheckOrdinal(int ordinal)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, _entries.Length);
    }

    private static void CheckThreshold(double threshold)
    {
        if (!(threshold is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be between 0 and 1.");
        }
    }

    private struct BuildSink : ITermSink
    {
        public TermTable Terms;
        public List<string> Words;
        public List<int> Buffer;
        public TermTable WordCache;
        public List<int> WordTerms;
        public bool Stemmed;

        public readonly void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var id = Terms.Add(term);
            if (id == Words.Count)
            {
                Words.Add(new string(word));
            }

            if (Stemmed && WordCache.Add(word) == WordTerms.Count)
            {
                WordTerms.Add(id);
            }

            Buffer.Add(id);
        }
    }

    // Receives the query's folded words: a word the catalogue holds maps straight to its term (the analysis of a word
    // depends on the word alone, so the cache gives exactly what the full path would); other words go through the stop
    // list and the stemmer.
    private readonly struct CachedQuerySink(OutcomeIndex index, Scratch scratch) : ITermSink
    {
        public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
        {
            var cached = index._wordCache.Find(term);
            if (cached >= 0)
            {
                scratch.AddQueryTerm(index._wordTerms[cached]);
                return;
            }

            var sink = new QuerySink(index._terms, scratch);
            index._analyzer.AnalyzeToken(term, true, ref sink);
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

    /// <summary>A query analysed for the cold paths (compare, explain, unit comparison): term weights by id.</summary>
    internal sealed class QueryVector
    {
        private QueryVector(double[] weights, List<(int Term, string Word)> words, int language, string? languageName)
        {
            Weights = weights;
            Words = words;
            Language = language;
            LanguageName = languageName;
        }

        /// <summary>The normalised weight of each term id of the index (0 for terms not in the query).</summary>
        public double[] Weights { get; }

        public List<(int Term, string Word)> Words { get; }

        public int Language { get; }

        public string? LanguageName { get; }

        public static QueryVector Create(OutcomeIndex index, string text, int language, string? languageName = null)
        {
            var sink = new VectorSink { Terms = index._terms, Tf = [], Words = [] };
            if (language != -2)
            {
                index._analyzer.Analyze(text, language < 0 || language == index._analyserLanguage, ref sink);
            }

            double norm = 0;
            var weights = new double[index._terms.Count];
            foreach (var (t, tf) in sink.Tf)
            {
                if (t < 0)
                {
                    norm += tf * (double)index._outOfVocabularyIdf * index._outOfVocabularyIdf;
                    continue;
                }

                var w = (double)(float)((1 + Math.Log(tf)) * index._idf[t]);
                weights[t] = w;
                norm += w * w;
            }

            var inverse = norm > 0 ? 1 / Math.Sqrt(norm) : 0;
            foreach (var t in sink.Tf.Keys)
            {
                if (t >= 0)
                {
                    weights[t] = (float)(weights[t] * inverse);
                }
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
}
