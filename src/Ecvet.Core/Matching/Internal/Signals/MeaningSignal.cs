using System.Collections.Concurrent;

namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// Meaning: the cosine of the query's and the entry's sentence embeddings (from the index's <see cref="ITextEmbedder"/>),
/// mapped by <see cref="OutcomeIndexOptions.MeaningCalibration"/>; the pair's similarity becomes the larger of this and
/// the evidence before it, so it comes last. Applies to text queries too, and whatever the languages (a multilingual
/// model compares across them).
/// </summary>
/// <remarks>An entry has one vector (its text's) or, for an index built with several per entry (the labels of an ESCO
/// skill, see <see cref="EscoTagger"/>), the best cosine of its vectors is the entry's.
/// Bound to a query, the signal computes the cosine with every vector once (<see cref="DotProducts"/>: a SIMD scan of
/// the aligned <see cref="VectorRows"/>, at the speed of memory) and
/// nominates the <see cref="Nominated"/> entries of highest cosine, so that entries sharing no word with the query are
/// found; every other entry can reach at most the meaning of the best cosine left out, which <see cref="MaxBoost"/>
/// declares (the bound combines it as if it added up, which the larger never exceeds).
/// With a <see cref="MeaningCalibration.DifferenceWeight"/> above 0 and one vector per entry, a pair sharing content
/// words also has the cosine of what the two texts say differently (<see cref="DifferingWords"/>, each embedded once per
/// bound query), which only ever lowers the meaning, so the declared bound still holds.</remarks>
internal sealed class MeaningSignal : MatchSignal
{
    /// <summary>How many entries of highest cosine a query nominates.</summary>
    public const int Nominated = 64;

    private readonly ITextEmbedder _embedder;
    private readonly VectorRows _vectors;
    private readonly MeaningCalibration _calibration;
    private readonly IndexData _data;

    // Where each entry's vectors start (one more than the entries), or null for one vector per entry.
    private readonly int[]? _vectorStart;

    public MeaningSignal(IndexData data, ITextEmbedder embedder, VectorRows vectors, MeaningCalibration calibration, int[]? vectorStart = null)
    {
        _data = data;
        _vectorStart = vectorStart;
        _embedder = embedder;
        _vectors = vectors;
        _calibration = calibration;
    }

    public override MatchSignal Prepare(in SignalQuery query)
    {
        // The query padded with zeros to the rows' stride, as the kernel reads it.
        var vector = new float[_vectors.Stride];
        if (query.Vector is { } known)
        {
            known.CopyTo(vector, 0);
        }
        else
        {
            _embedder.Embed(query.Text, vector.AsSpan(0, _embedder.Dimension));
        }

        var rows = new float[_vectors.Count];
        DotProducts.DotRows(vector, _vectors.All, _vectors.Stride, rows);
        var cosines = rows;
        var count = rows.Length;
        if (_vectorStart is not null)
        {
            // An entry's cosine is that of its closest vector.
            count = _vectorStart.Length - 1;
            cosines = new float[count];
            for (var e = 0; e < count; e++)
            {
                var closest = -1f;
                for (var v = _vectorStart[e]; v < _vectorStart[e + 1]; v++)
                {
                    closest = Math.Max(closest, rows[v]);
                }

                cosines[e] = closest;
            }
        }

        // The entries of highest cosine, kept in the shared top-k heap (root: the worst kept), and the best cosine of the
        // rest (ties across the cut are harmless: a tied entry left out is bounded by the same cosine).
        var take = Math.Min(Nominated, count);
        var best = new int[take];
        var heap = new KeptByCosine(best, cosines);
        var size = 0;
        var restBest = float.NegativeInfinity;
        for (var e = 0; e < count; e++)
        {
            if (size < take)
            {
                best[size] = e;
                TopKHeap.SiftUp(ref heap, size++);
            }
            else if (cosines[e] > cosines[best[0]])
            {
                restBest = Math.Max(restBest, cosines[best[0]]);
                best[0] = e;
                TopKHeap.SiftDown(ref heap, 0, size);
            }
            else
            {
                restBest = Math.Max(restBest, cosines[e]);
            }
        }

        return new Bound(this, cosines, best, restBest);
    }

    // Unbound, the signal only serves to be bound: every query goes through Prepare.
    public override double MaxBoost(in SignalQuery query) => 1;

    public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence) =>
        throw new InvalidOperationException("The meaning signal applies once bound to a query.");

    /// <summary>The signal bound to one query: its cosine with every entry and the entries it nominates.</summary>
    // The kept entries as a min-heap on their cosine.
    private readonly struct KeptByCosine(int[] kept, float[] cosines) : IHeapItems
    {
        public bool Worse(int a, int b) => cosines[kept[a]] < cosines[kept[b]];

        public void Swap(int a, int b) => (kept[a], kept[b]) = (kept[b], kept[a]);
    }

    private sealed class Bound(MeaningSignal signal, float[] cosines, int[] nominated, float restBest) : MatchSignal
    {
        private readonly double _maxBoost = signal._calibration.Apply(restBest);

        public override double MaxBoost(in SignalQuery query) => _maxBoost;

        public override void Nominate(in SignalQuery query, ref Candidates candidates)
        {
            foreach (var e in nominated)
            {
                candidates.Add(e);
            }
        }

        // The embeddings of differences already computed for this query (a query's difference depends on the entry);
        // concurrent, as a query prepared once may be scored from several threads; made on first use, so that queries of
        // a calibration without differences allocate nothing more.
        private ConcurrentDictionary<string, float[]>? _differences;

        public override bool PlansEmbeddings => Weighs;

        // Differences apply to entries of one vector, with a weight above 0.
        private bool Weighs => signal._calibration.DifferenceWeight > 0 && signal._vectorStart is null;

        public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence)
        {
            var cosine = cosines[ordinal];
            var meaning = signal._calibration.Apply(cosine);

            // What differs only ever lowers the meaning, and the pair's similarity is the larger of meaning and the
            // evidence before it: when the undiminished meaning does not exceed that evidence, the difference cannot
            // change the pair, so it is neither analysed nor embedded; nor when the pair cannot reach the query's floor
            // (it is not among the best, whatever its difference). An explained pair always has it.
            if (!Weighs || (!evidence.Explaining && (!(meaning > evidence.Similarity) || meaning < evidence.Floor))
                || DifferingWords.Of(signal._data.Analyzer, signal._data.Languages.Stems(query.Language), query.Text, signal._data.Entries[ordinal].Text)
                    is not var (mine, theirs))
            {
                evidence.AddMeaning(meaning, cosine);
                return;
            }

            if (evidence.Plan is { } plan && !(IsEmbedded(mine) && IsEmbedded(theirs)))
            {
                // Planning: the texts are embedded later in one batch, if the pair can reach the floor. Until then the
                // pair scores at most its undiminished meaning and at least its meaning pulled down by the lowest
                // difference cosine.
                if (plan.Least)
                {
                    evidence.AddMeaning(signal._calibration.Apply(cosine, -1), cosine, -1);
                }
                else
                {
                    plan.Need(ordinal, mine, theirs);
                    evidence.AddMeaning(meaning, cosine);
                }

                return;
            }

            var difference = Math.Clamp(Dot(Embedding(mine), Embedding(theirs)), -1, 1);
            evidence.AddMeaning(signal._calibration.Apply(cosine, difference), cosine, difference);
        }

        public override void EmbedPlanned(IReadOnlyCollection<string> texts)
        {
            var missing = texts.Where(t => !IsEmbedded(t)).ToArray();
            if (missing.Length == 0)
            {
                return;
            }

            var dimension = signal._embedder.Dimension;
            var vectors = new float[missing.Length * dimension];
            signal._embedder.EmbedBatch(missing, vectors);
            var cache = Cache();
            for (var i = 0; i < missing.Length; i++)
            {
                cache.TryAdd(missing[i], vectors.AsSpan(i * dimension, dimension).ToArray());
            }
        }

        private bool IsEmbedded(string text) => _differences is { } cache && cache.ContainsKey(text);

        private ConcurrentDictionary<string, float[]> Cache() => LazyInitializer.EnsureInitialized(ref _differences, () => new(StringComparer.Ordinal));

        private float[] Embedding(string text) => Cache().GetOrAdd(text, static (t, embedder) =>
        {
            var vector = new float[embedder.Dimension];
            embedder.Embed(t, vector);
            return vector;
        }, signal._embedder);

        private static double Dot(float[] a, float[] b)
        {
            var sum = 0.0;
            for (var i = 0; i < a.Length; i++)
            {
                sum += (double)a[i] * b[i];
            }

            return sum;
        }
    }
}
