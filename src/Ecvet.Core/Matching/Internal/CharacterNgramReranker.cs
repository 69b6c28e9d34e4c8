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
/// ones to dense ids. Per surface the index keeps its distinct 3-gram ids, ordered by the 3-gram, with their counts
/// (4 bytes each), after a header of three ints (the number of 3-grams, the inverse norm of the count vector, the sum
/// and the largest of the counts). An entry's surfaces are contiguous, so scoring a candidate reads one run of memory.
/// Dot products are integer sums, exact whatever the order.</para>
/// <para>Immutable after construction; the query path uses per-thread buffers and allocates nothing once warm.</para>
/// </remarks>
internal sealed class CharacterNgramReranker
{
    private readonly Dictionary<ulong, int> _gramIds;
    private readonly int[] _entryStart;
    private readonly int[] _data;
    private readonly int[] _idRank;
    private readonly int _depth;
    private readonly double _weight;
    private readonly ScoreCalibration _calibration;

    // A surface's 3-gram is stored as its id (24 bits) and its count (8 bits) in one int: one load per 3-gram. Beyond
    // 16.7 million distinct 3-grams ids wrap around and share counts (a catalogue of that size is far beyond outcomes).
    private const int MaxGramId = 0xFF_FFFF;

    // Before a surface's 3-grams: their number, the inverse norm (float bits), and Σ counts (24 bits) with the largest
    // count (8 bits).
    private const int HeaderLength = 3;

    public CharacterNgramReranker(CatalogueEntry[] entries, int[] idRank, OutcomeIndexOptions options)
    {
        _idRank = idRank;
        _depth = options.CharacterNgramCandidates;
        _weight = options.CharacterNgramWeight;
        _calibration = options.Calibration;
        _gramIds = [];
        _entryStart = new int[entries.Length + 1];
        var data = new List<int>(entries.Length * 32);
        var buffer = new GramBuffer();
        for (var e = 0; e < entries.Length; e++)
        {
            _entryStart[e] = data.Count;
            AddSurface(entries[e].Text);
            foreach (var synonym in entries[e].Synonyms)
            {
                AddSurface(synonym);
            }
        }

        _entryStart[entries.Length] = data.Count;
        _data = [.. data];

        void AddSurface(string text)
        {
            var collected = buffer.Collect(text);
            if (collected.IsEmpty)
            {
                return;
            }

            collected.Sort();
            var header = data.Count;
            data.Add(0);
            data.Add(0);
            data.Add(0);
            double norm = 0;
            var total = 0;
            var most = 0;
            for (var i = 0; i < collected.Length;)
            {
                var j = i + 1;
                while (j < collected.Length && collected[j] == collected[i])
                {
                    j++;
                }

                var count = Math.Min(j - i, byte.MaxValue);
                if (!_gramIds.TryGetValue(collected[i], out var id))
                {
                    id = _gramIds.Count & MaxGramId;
                    _gramIds.Add(collected[i], id);
                }

                data.Add(Pack(id, count));
                norm += (double)count * count;
                total += count;
                most = Math.Max(most, count);
                i = j;
            }

            data[header] = data.Count - header - HeaderLength;
            data[header + 1] = BitConverter.SingleToInt32Bits((float)(1 / Math.Sqrt(norm)));
            data[header + 2] = Pack(Math.Min(total, MaxGramId), most);
        }
    }

    private static int Pack(int id, int count) => (id << 8) | count;

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

        var scratch = QueryScratch.Get(Math.Min(_gramIds.Count, MaxGramId + 1));

        // 1. The best candidates by word score (a min-heap whose root is the worst kept), ties by id.
        var depth = Math.Min(Depth(destination.Length), entries.Length);
        var candidates = scratch.Candidates(depth);
        var heap = new ByWordScore(candidates);
        var size = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var candidate = new Candidate(entries[i], _idRank[entries[i]], scores[i], covers[i]);
            if (size < depth)
            {
                candidates[size] = candidate;
                TopKHeap.SiftUp(ref heap, size++);
            }
            else if (Candidate.WordWorse(candidates[0], candidate))
            {
                candidates[0] = candidate;
                TopKHeap.SiftDown(ref heap, 0, size);
            }
        }

        // 2. Their 3-gram cosine with the query, blended with the word score.
        var queryInverseNorm = scratch.SetQuery(query, _gramIds);
        var kept = candidates[..size];
        for (var i = 0; i < kept.Length; i++)
        {
            ref var c = ref kept[i];
            var grams = queryInverseNorm > 0 ? BestSurface(c.Entry, scratch) * queryInverseNorm : 0;
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

    // The largest dot product of the query's 3-gram counts with one surface's, divided by the surface's norm. Most of a
    // surface's 3-grams are not in the query: a bit set of the query's (a few kilobytes, in L1) answers that first.
    // A surface is skipped when even its bound cannot beat the best so far: the dot product is at most
    // min(max q · Σ s, max s · Σ q) (each shared 3-gram's count product is at most the larger count times the other).
    private double BestSurface(int entry, QueryScratch query)
    {
        var queryCounts = query.QueryCounts;
        var queryBits = query.QueryBits;
        double best = 0;
        var data = _data.AsSpan(_entryStart[entry], _entryStart[entry + 1] - _entryStart[entry]);
        while (!data.IsEmpty)
        {
            var count = data[0];
            var inverseNorm = BitConverter.Int32BitsToSingle(data[1]);
            var sizes = data[2];
            var bound = Math.Min((long)query.Most * (sizes >>> 8), (long)(sizes & 0xFF) * query.Total);
            if ((double)bound * inverseNorm <= best)
            {
                data = data[(count + HeaderLength)..];
                continue;
            }

            var dot = 0;
            foreach (var packed in data.Slice(HeaderLength, count))
            {
                var id = packed >>> 8;
                if ((queryBits[id >> 6] & (1UL << id)) != 0)
                {
                    dot += (packed & 0xFF) * queryCounts[id];
                }
            }

            data = data[(count + HeaderLength)..];
            var cosine = (double)dot * inverseNorm;
            if (cosine > best)
            {
                best = cosine;
            }
        }

        return best;
    }

    // Candidates ranked by word score, as a top-k heap sees them.
    private readonly ref struct ByWordScore(Span<Candidate> candidates) : IHeapItems
    {
        private readonly Span<Candidate> _candidates = candidates;

        public bool Worse(int a, int b) => Candidate.WordWorse(_candidates[a], _candidates[b]);

        public void Swap(int a, int b) => (_candidates[a], _candidates[b]) = (_candidates[b], _candidates[a]);
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

    /// <summary>Per-thread query buffers: the query's 3-grams, their counts by id and a bit set of their ids (all zero
    /// between queries), and the candidate list.</summary>
    private sealed class QueryScratch
    {
        [ThreadStatic]
        private static QueryScratch? t_current;

        private readonly GramBuffer _buffer = new();
        private int[] _touched = new int[64];
        private int _touchedCount;
        private Candidate[] _candidates = new Candidate[64];

        public int[] QueryCounts { get; private set; } = [];

        public ulong[] QueryBits { get; private set; } = [];

        /// <summary>The sum of the query's 3-gram counts (those no entry has included).</summary>
        public int Total { get; private set; }

        /// <summary>The largest count of a query 3-gram.</summary>
        public int Most { get; private set; }

        public static QueryScratch Get(int vocabulary)
        {
            var scratch = t_current ??= new QueryScratch();
            if (scratch.QueryCounts.Length < vocabulary)
            {
                scratch.QueryCounts = new int[vocabulary];
                scratch.QueryBits = new ulong[(vocabulary + 63) >> 6];
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
            Total = grams.Length;
            Most = 0;
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
                Most = Math.Max(Most, count);
                if (ids.TryGetValue(grams[i], out var id))
                {
                    if (_touchedCount == _touched.Length)
                    {
                        Array.Resize(ref _touched, _touched.Length * 2);
                    }

                    _touched[_touchedCount++] = id;
                    QueryCounts[id] = count;
                    QueryBits[id >> 6] |= 1UL << id;
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
                QueryBits[_touched[i] >> 6] = 0;
            }

            _touchedCount = 0;
        }
    }
}
