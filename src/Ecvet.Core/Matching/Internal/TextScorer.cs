namespace Ecvet.Matching.Internal;

/// <summary>
/// Scores query texts against the index by tf·idf cosine: the fast path (term-at-a-time accumulation with
/// MaxScore-style candidate pruning and top-k selection, allocation-free once the thread is warm) and the cold path
/// (one entry scored from the forward index). An entry scores its best surface: highest score, then highest coverage.
/// </summary>
/// <remarks>Holds the index arrays in its own fields, so that the hot loops read them with one load.</remarks>
internal sealed class TextScorer
{
    private readonly IndexData _data;
    private readonly int[] _idRank;
    private readonly int[] _postingStart;
    private readonly Posting[] _postings;
    private readonly int[] _surfaceEntry;
    private readonly int[] _entrySurfaceStart;
    private readonly int[] _surfaceTermStart;
    private readonly int[] _surfaceTerms;
    private readonly float[] _surfaceTermWeights;
    private readonly float[] _surfaceTermCovers;
    private readonly bool _oneSurfacePerEntry;
    private readonly CatalogueLanguages _languages;
    private readonly ScoreCalibration _calibration;

    public TextScorer(IndexData data)
    {
        _data = data;
        _idRank = data.IdRank;
        _postingStart = data.PostingStart;
        _postings = data.Postings;
        _surfaceEntry = data.SurfaceEntry;
        _entrySurfaceStart = data.EntrySurfaceStart;
        _surfaceTermStart = data.SurfaceTermStart;
        _surfaceTerms = data.SurfaceTerms;
        _surfaceTermWeights = data.SurfaceTermWeights;
        _surfaceTermCovers = data.SurfaceTermCovers;
        _oneSurfacePerEntry = data.OneSurfacePerEntry;
        _languages = data.Languages;
        _calibration = data.Options.Calibration;
    }

    /// <summary>The raw (uncalibrated) score a calibrated threshold stands for, a hair lower so that rounding never drops
    /// a match that sits on the threshold; 0 for no threshold.</summary>
    public double RawThreshold(double threshold) =>
        threshold > 0 ? Math.Max(_calibration.Invert(threshold) - 1e-6, 1e-9) : 0;

    /// <summary>The calling thread's scratch, sized for this index.</summary>
    public Scratch GetScratch() => Scratch.Get(_surfaceEntry.Length, _data.Entries.Length, _data.Terms.Count);

    /// <summary>The best entries for a query text, best first, written to <paramref name="destination"/>; the
    /// re-ranker, when given, orders the best candidates by word score again.</summary>
    public int Match(ReadOnlySpan<char> query, QueryLanguage language, Span<OutcomeMatch> destination, double threshold,
        CharacterNgramReranker? reranker)
    {
        if (language.IsForeign)
        {
            return 0;
        }

        var rawThreshold = RawThreshold(threshold);
        if (reranker is not null)
        {
            // Opt-in second stage (OutcomeIndexOptions.CharacterNgramRerank): re-ranks the best candidates by word score.
            var candidates = Accumulate(query, language, reranker.CandidateThreshold(rawThreshold), reranker.Depth(destination.Length));
            return reranker.Rerank(query, candidates.ResultEntry.AsSpan(0, candidates.ResultCount), candidates.ResultScore.AsSpan(0, candidates.ResultCount),
                candidates.ResultCov.AsSpan(0, candidates.ResultCount), destination, rawThreshold);
        }

        var scratch = Accumulate(query, language, rawThreshold, destination.Length);
        var k = Math.Min(destination.Length, scratch.ResultCount);
        if (k == 0)
        {
            return 0;
        }

        // The kept candidates (at most k, in heap order) are ordered by a heap of their indices, popped worst first.
        scratch.EnsureHeap(k);
        var heap = new CandidateIndices(scratch.Heap, scratch.ResultScore, scratch.ResultEntry, _idRank);
        var size = 0;
        for (var i = 0; i < scratch.ResultCount; i++)
        {
            if (size < k)
            {
                heap.Indices[size] = i;
                TopKHeap.SiftUp(ref heap, size++);
            }
            else if (heap.WorseCandidate(heap.Indices[0], i))
            {
                heap.Indices[0] = i;
                TopKHeap.SiftDown(ref heap, 0, size);
            }
        }

        for (var n = size; n > 0; n--)
        {
            var i = heap.Indices[0];
            heap.Indices[0] = heap.Indices[n - 1];
            TopKHeap.SiftDown(ref heap, 0, n - 1);
            destination[n - 1] = new OutcomeMatch(scratch.ResultEntry[i], _calibration.Apply(scratch.ResultScore[i]),
                Math.Clamp(scratch.ResultCov[i], 0, 1), MatchEvidence.SharedTerms);
        }

        return size;
    }

    /// <summary>
    /// Term-at-a-time scoring into per-surface accumulators. Query terms are visited in decreasing order of their
    /// largest possible contribution; once the contributions still to come cannot lift an untouched surface to the raw
    /// threshold, later terms only update surfaces already touched (MaxScore-style candidate pruning). Leaves the
    /// candidates in scratch.Result* with their raw score: with top &gt; 0 the top entries (in no order) with their
    /// coverage, otherwise every entry at or above the threshold with its best surface (coverage to compute with
    /// <see cref="SurfaceCover(Scratch, int)"/>); touched bits cleared.
    /// </summary>
    public Scratch Accumulate(ReadOnlySpan<char> text, QueryLanguage language, double rawThreshold, int top)
    {
        var scratch = GetScratch();
        if (language.IsForeign)
        {
            return scratch;
        }

        QueryTerms.Prepare(_data, text, language, scratch);
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
        var filter = _languages.Filters(language) ? language : QueryLanguage.Unknown;
        var updateOnly = false;
        for (var i = 0; i < q; i++)
        {
            // bounds[i] is the most that terms i.. can add. Once an untouched surface cannot reach the raw threshold, or
            // cannot overtake k entries already scored above that bound, the remaining terms only update candidates.
            if (!updateOnly && i > 0
                && ((rawThreshold > 0 && bounds[i] < rawThreshold)
                    || (top > 0 && touchedCount >= top && bounds[i] < 0.9f && HasEntriesAbove(scratch, touchedCount, bounds[i], top, filter))))
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
        scratch.ResultCount = top > 0
            ? SelectTop(scratch, touchedCount, threshold, top, filter)
            : CollectAll(scratch, touchedCount, threshold, filter);
        return scratch;
    }

    /// <summary>The coverage of one surface by the query in the scratch.</summary>
    public float SurfaceCover(Scratch scratch, int surface) =>
        SurfaceCover(scratch, _surfaceTermStart[surface], _surfaceTermStart[surface + 1]);

    /// <summary>The cold path: the raw score and coverage of one entry (its best surface, also returned; -1 when no
    /// surface shares a term) for an analysed query, straight from the forward index.</summary>
    public (double Raw, double Cov, int Surface) ScoreEntry(QueryVector vector, int ordinal)
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

    // The k best entries among the touched surfaces (an entry scores its best surface: highest score, then highest
    // coverage), straight from the accumulators; clears the touched bits. A min-heap of entries, the worst (lowest
    // score, then latest id) at the root; a surface below the root cannot matter and costs one comparison. An entry's
    // heap position is kept per entry (valid for this call's stamp; -1 once seen but not held). An entry turned away or
    // evicted can only come back with a surface better than the root, which only improves, so its earlier surfaces
    // never count. Coverage is computed for the kept surfaces only (and for two surfaces of one entry that tie on
    // score). Returns the number of entries written to scratch.Result*, in heap order.
    private int SelectTop(Scratch scratch, int touchedCount, float threshold, int k, QueryLanguage language)
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
        var filter = language.IsKnown;

        // One surface per entry: each entry comes once, no position to track.
        var heap = new TopEntries(scratch, _idRank, track: !unique);

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
            if (filter && !_languages.IsIn(e, language))
            {
                continue;
            }

            if (unique)
            {
                if (size < k)
                {
                    heapEntry[size] = e;
                    heapScore[size] = score;
                    heapSurface[size] = s;
                    TopKHeap.SiftUp(ref heap, size++);
                }
                else if (heapScore[0] < score || (heapScore[0] == score && _idRank[heapEntry[0]] > _idRank[e]))
                {
                    heapEntry[0] = e;
                    heapScore[0] = score;
                    heapSurface[0] = s;
                    TopKHeap.SiftDown(ref heap, 0, size);
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
                    TopKHeap.SiftDown(ref heap, at, size);
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
                TopKHeap.SiftUp(ref heap, size++);
            }
            else if (heapScore[0] < score || (heapScore[0] == score && _idRank[heapEntry[0]] > _idRank[e]))
            {
                position[heapEntry[0]] = -1;
                heapEntry[0] = e;
                heapScore[0] = score;
                heapSurface[0] = s;
                position[e] = 0;
                TopKHeap.SiftDown(ref heap, 0, size);
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

    // Every touched entry at or above the threshold (an entry scores its best surface: highest score, then highest
    // coverage), touched bits cleared. Returns the number written to scratch.Result*, with each entry's best surface in
    // ResultSurface: its coverage is left to compute (SurfaceCover) for the entries that need it.
    private int CollectAll(Scratch scratch, int touchedCount, float threshold, QueryLanguage language)
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

        var filter = language.IsKnown;
        var results = 0;
        for (var i = 0; i < entries; i++)
        {
            var e = entryTouched[i];
            var score = bestScore[e];
            bestScore[e] = 0;
            if (score >= threshold && (!filter || _languages.IsIn(e, language)))
            {
                scratch.ResultEntry[results] = e;
                scratch.ResultScore[results] = score;
                scratch.ResultSurface[results] = bestSurface[e];
                results++;
            }
        }

        return results;
    }

    // Whether at least `count` distinct entries (in the query's language, when known) already have a surface scoring
    // above `bound`: then no untouched surface can enter the top `count`.
    private bool HasEntriesAbove(Scratch scratch, int touchedCount, float bound, int count, QueryLanguage language)
    {
        var stamp = scratch.NextStamp();
        var stamps = scratch.EntryStamp;
        var filter = language.IsKnown;
        var found = 0;
        for (var j = 0; j < touchedCount; j++)
        {
            var s = scratch.Touched[j];
            if (scratch.Acc[s] <= bound)
            {
                continue;
            }

            var e = _surfaceEntry[s];
            if (stamps[e] != stamp && (!filter || _languages.IsIn(e, language)))
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

    // The top-k entries held in scratch.Result* (entry, raw score, best surface), with each entry's heap position in
    // scratch.EntryPosition when an entry can come more than once.
    private readonly struct TopEntries(Scratch scratch, int[] idRank, bool track) : IHeapItems
    {
        private readonly int[] _entry = scratch.ResultEntry;
        private readonly float[] _score = scratch.ResultScore;
        private readonly int[] _surface = scratch.ResultSurface;
        private readonly int[] _position = scratch.EntryPosition;

        public bool Worse(int a, int b) =>
            _score[a] < _score[b] || (_score[a] == _score[b] && idRank[_entry[a]] > idRank[_entry[b]]);

        public void Swap(int a, int b)
        {
            (_entry[a], _entry[b]) = (_entry[b], _entry[a]);
            (_score[a], _score[b]) = (_score[b], _score[a]);
            (_surface[a], _surface[b]) = (_surface[b], _surface[a]);
            if (track)
            {
                _position[_entry[a]] = a;
                _position[_entry[b]] = b;
            }
        }
    }

    // Indices of candidates in scratch.Result*, ordered by their raw score, then id.
    private readonly struct CandidateIndices(int[] indices, float[] score, int[] entry, int[] idRank) : IHeapItems
    {
        public int[] Indices => indices;

        // Whether candidate a ranks below candidate b (candidate indices, not heap positions).
        public bool WorseCandidate(int a, int b) =>
            score[a] < score[b] || (score[a] == score[b] && idRank[entry[a]] > idRank[entry[b]]);

        public bool Worse(int a, int b) => WorseCandidate(indices[a], indices[b]);

        public void Swap(int a, int b) => (indices[a], indices[b]) = (indices[b], indices[a]);
    }
}
