namespace Ecvet.Matching.Internal;

/// <summary>
/// The optional second stage of a text query (<see cref="OutcomeIndexOptions.CharacterNgramRerank"/>): the best
/// candidates by word score are scored again by the cosine of their character 3-gram counts with the query's, and
/// ordered by the blend <c>(1 − w)·word + w·3-gram</c>. Character 3-grams see what whole words miss: inflections the
/// stemmer leaves apart, compounds and their parts ("workplace", "work place"), spelling variants and typos.
/// </summary>
/// <remarks>
/// <para>Texts are folded as the analyser folds them (case, diacritics; tokens of letters and digits) and read as the
/// tokens joined by single spaces, with a space before and after; stop words stay (they are part of the surface). The
/// 3-grams of an entry are those of its text and of each synonym (not its description); an entry's 3-gram score is that
/// of its best surface. Everything is computed at build time except the query's own 3-grams.</para>
/// <para>A 3-gram is three UTF-16 code units packed into 48 bits (exact, no hashing); build time maps the distinct
/// ones to dense ids. Per surface the index keeps its distinct 3-gram ids, ordered by the 3-gram (so sums never depend
/// on catalogue order), their counts and the inverse of the count vector's norm: about 5 bytes per 3-gram.</para>
/// <para>Immutable after construction; the query path uses per-thread buffers and allocates nothing once warm.</para>
/// </remarks>
internal sealed class CharacterNgramReranker
{
    private readonly Dictionary<ulong, int> _gramIds;
    private readonly int[] _entrySurfaceStart;
    private readonly int[] _surfaceGramStart;
    private readonly int[] _gramIdsBySurface;
    private readonly byte[] _gramCounts;
    private readonly float[] _surfaceInverseNorm;
    private readonly int[] _idRank;
    private readonly int _depth;
    private readonly double _weight;
    private readonly ScoreCalibration _calibration;

    public CharacterNgramReranker(CatalogueEntry[] entries, int[] idRank, OutcomeIndexOptions options)
    {
        _idRank = idRank;
        _depth = options.CharacterNgramCandidates;
        _weight = options.CharacterNgramWeight;
        _calibration = options.Calibration;
        _gramIds = [];
        _entrySurfaceStart = new int[entries.Length + 1];
        var surfaceGramStart = new List<int>(entries.Length + 1) { 0 };
        var ids = new List<int>(entries.Length * 24);
        var counts = new List<byte>(entries.Length * 24);
        var inverseNorms = new List<float>(entries.Length);
        var buffer = new GramBuffer();
        for (var e = 0; e < entries.Length; e++)
        {
            _entrySurfaceStart[e] = inverseNorms.Count;
            AddSurface(entries[e].Text);
            foreach (var synonym in entries[e].Synonyms)
            {
                AddSurface(synonym);
            }
        }

        _entrySurfaceStart[entries.Length] = inverseNorms.Count;
        _surfaceGramStart = [.. surfaceGramStart];
        _gramIdsBySurface = [.. ids];
        _gramCounts = [.. counts];
        _surfaceInverseNorm = [.. inverseNorms];

        void AddSurface(string text)
        {
            var grams = buffer.Collect(text);
            if (grams.IsEmpty)
            {
                return;
            }

            grams.Sort();
            double norm = 0;
            for (var i = 0; i < grams.Length;)
            {
                var j = i + 1;
                while (j < grams.Length && grams[j] == grams[i])
                {
                    j++;
                }

                var count = Math.Min(j - i, byte.MaxValue);
                if (!_gramIds.TryGetValue(grams[i], out var id))
                {
                    id = _gramIds.Count;
                    _gramIds.Add(grams[i], id);
                }

                ids.Add(id);
                counts.Add((byte)count);
                norm += (double)count * count;
                i = j;
            }

            surfaceGramStart.Add(ids.Count);
            inverseNorms.Add((float)(1 / Math.Sqrt(norm)));
        }
    }

    /// <summary>How many candidates by word score to re-rank when <paramref name="top"/> matches are asked for.</summary>
    public int Depth(int top) => Math.Max(_depth, top);

    /// <summary>The least word score a candidate needs to be able to reach <paramref name="rawThreshold"/> once
    /// blended (its 3-gram score is at most 1).</summary>
    public double CandidateThreshold(double rawThreshold) =>
        rawThreshold <= 0 ? 0 : _weight >= 1 ? 1e-9 : Math.Max((rawThreshold - _weight) / (1 - _weight), 1e-9);

    /// <summary>Re-ranks the candidates (entries with their word score and coverage, in any order) for
    /// <paramref name="query"/>; writes the best to <paramref name="destination"/>, best first, and returns how many.</summary>
    public int Rerank(ReadOnlySpan<char> query, ReadOnlySpan<int> entries, ReadOnlySpan<float> scores, ReadOnlySpan<float> covers,
        Span<OutcomeMatch> destination, double rawThreshold)
    {
        if (entries.IsEmpty)
        {
            return 0;
        }

        var scratch = QueryScratch.Get(_gramIds.Count);

        // 1. The best candidates by word score (a min-heap whose root is the worst kept), ties by id.
        var depth = Math.Min(Depth(destination.Length), entries.Length);
        var candidates = scratch.Candidates(depth);
        var size = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var candidate = new Candidate(entries[i], _idRank[entries[i]], scores[i], covers[i]);
            if (size < depth)
            {
                candidates[size] = candidate;
                SiftUp(candidates, size++);
            }
            else if (Candidate.WordWorse(candidates[0], candidate))
            {
                candidates[0] = candidate;
                SiftDown(candidates[..size]);
            }
        }

        // 2. Their 3-gram cosine with the query, blended with the word score.
        var queryInverseNorm = scratch.SetQuery(query, _gramIds);
        var kept = candidates[..size];
        for (var i = 0; i < kept.Length; i++)
        {
            ref var c = ref kept[i];
            var grams = queryInverseNorm > 0 ? BestSurface(c.Entry, scratch.QueryCounts) * queryInverseNorm : 0;
            c.Final = ((1 - _weight) * c.Word) + (_weight * Math.Min(grams, 1));
        }

        scratch.ClearQuery();

        // 3. Ordered by the blend, ties by id; the threshold applies to the blend.
        kept.Sort(static (a, b) => a.Final != b.Final ? b.Final.CompareTo(a.Final) : a.Rank.CompareTo(b.Rank));
        var written = 0;
        foreach (ref readonly var c in kept)
        {
            if (written == destination.Length || c.Final < rawThreshold)
            {
                break;
            }

            destination[written++] = new OutcomeMatch(c.Entry, _calibration.Apply(c.Final), Math.Clamp(c.Cov, 0, 1), MatchEvidence.SharedTerms);
        }

        return written;
    }

    // The largest dot product of the query's 3-gram counts with one surface's, divided by the surface's norm.
    private double BestSurface(int entry, float[] queryCounts)
    {
        double best = 0;
        for (var s = _entrySurfaceStart[entry]; s < _entrySurfaceStart[entry + 1]; s++)
        {
            float dot = 0;
            for (var p = _surfaceGramStart[s]; p < _surfaceGramStart[s + 1]; p++)
            {
                dot += _gramCounts[p] * queryCounts[_gramIdsBySurface[p]];
            }

            var cosine = (double)dot * _surfaceInverseNorm[s];
            if (cosine > best)
            {
                best = cosine;
            }
        }

        return best;
    }

    private static void SiftUp(Span<Candidate> heap, int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) >> 1;
            if (!Candidate.WordWorse(heap[i], heap[parent]))
            {
                break;
            }

            (heap[i], heap[parent]) = (heap[parent], heap[i]);
            i = parent;
        }
    }

    private static void SiftDown(Span<Candidate> heap)
    {
        var i = 0;
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= heap.Length)
            {
                return;
            }

            var worst = left + 1 < heap.Length && Candidate.WordWorse(heap[left + 1], heap[left]) ? left + 1 : left;
            if (!Candidate.WordWorse(heap[worst], heap[i]))
            {
                return;
            }

            (heap[i], heap[worst]) = (heap[worst], heap[i]);
            i = worst;
        }
    }

    private struct Candidate(int entry, int rank, float word, float cov)
    {
        public readonly int Entry = entry;
        public readonly int Rank = rank;
        public readonly float Word = word;
        public readonly float Cov = cov;
        public double Final;

        // Whether a ranks below b by word score: a lower score, or the same score and a later id.
        public static bool WordWorse(in Candidate a, in Candidate b) => a.Word < b.Word || (a.Word == b.Word && a.Rank > b.Rank);
    }

    /// <summary>Collects the 3-grams of a folded text: the tokens joined by spaces, a space before and after.</summary>
    private sealed class GramBuffer
    {
        private ulong[] _grams = new ulong[64];
        private int _count;
        private ulong _window;
        private int _seen;

        public Span<ulong> Collect(ReadOnlySpan<char> text)
        {
            _count = 0;
            _window = 0;
            _seen = 0;
            var sink = new Sink(this);
            Push(' ');
            TextAnalyzer.Tokenize(text, ref sink);
            return _seen > 1 ? _grams.AsSpan(0, _count) : [];
        }

        private void Push(char c)
        {
            _window = ((_window << 16) | c) & 0xFFFF_FFFF_FFFFUL;
            if (++_seen >= 3)
            {
                if (_count == _grams.Length)
                {
                    Array.Resize(ref _grams, _grams.Length * 2);
                }

                _grams[_count++] = _window;
            }
        }

        private readonly struct Sink(GramBuffer owner) : ITermSink
        {
            public void Term(ReadOnlySpan<char> term, ReadOnlySpan<char> word)
            {
                foreach (var c in term)
                {
                    owner.Push(c);
                }

                owner.Push(' ');
            }
        }
    }

    /// <summary>Per-thread query buffers: the query's 3-grams, their counts by id (all zero between queries) and the
    /// candidate list.</summary>
    private sealed class QueryScratch
    {
        [ThreadStatic]
        private static QueryScratch? t_current;

        private readonly GramBuffer _buffer = new();
        private int[] _touched = new int[64];
        private int _touchedCount;
        private Candidate[] _candidates = new Candidate[64];

        public float[] QueryCounts { get; private set; } = [];

        public static QueryScratch Get(int vocabulary)
        {
            var scratch = t_current ??= new QueryScratch();
            if (scratch.QueryCounts.Length < vocabulary)
            {
                scratch.QueryCounts = new float[vocabulary];
            }

            return scratch;
        }

        public Span<Candidate> Candidates(int size)
        {
            if (_candidates.Length < size)
            {
                _candidates = new Candidate[Math.Max(size, _candidates.Length * 2)];
            }

            return _candidates.AsSpan(0, size);
        }

        /// <summary>Counts the query's 3-grams by id and returns the inverse norm of its count vector (3-grams no entry
        /// has included), 0 for a query without 3-grams.</summary>
        public double SetQuery(ReadOnlySpan<char> query, Dictionary<ulong, int> ids)
        {
            var grams = _buffer.Collect(query);
            if (grams.IsEmpty)
            {
                return 0;
            }

            grams.Sort();
            double norm = 0;
            for (var i = 0; i < grams.Length;)
            {
                var j = i + 1;
                while (j < grams.Length && grams[j] == grams[i])
                {
                    j++;
                }

                var count = Math.Min(j - i, byte.MaxValue);
                norm += (double)count * count;
                if (ids.TryGetValue(grams[i], out var id))
                {
                    if (_touchedCount == _touched.Length)
                    {
                        Array.Resize(ref _touched, _touched.Length * 2);
                    }

                    _touched[_touchedCount++] = id;
                    QueryCounts[id] = count;
                }

                i = j;
            }

            return 1 / Math.Sqrt(norm);
        }

        public void ClearQuery()
        {
            for (var i = 0; i < _touchedCount; i++)
            {
                QueryCounts[_touched[i]] = 0;
            }

            _touchedCount = 0;
        }
    }
}
