using System.Numerics;
using System.Runtime.InteropServices;

namespace Ecvet.Matching.Internal.Signals;

/// <summary>
/// Meaning: the cosine of the query's and the entry's sentence embeddings (from the index's <see cref="ITextEmbedder"/>),
/// mapped by <see cref="OutcomeIndexOptions.MeaningCalibration"/>; the pair's similarity becomes the larger of this and
/// the evidence before it, so it comes last. Applies to text queries too, and whatever the languages (a multilingual
/// model compares across them).
/// </summary>
/// <remarks>An entry has one vector (its text's) or, for an index built with several per entry (the labels of an ESCO
/// skill, see <see cref="EscoTagger"/>), the best cosine of its vectors is the entry's.
/// Bound to a query, the signal computes the cosine with every entry once (a SIMD scan of the vectors) and
/// nominates the <see cref="Nominated"/> entries of highest cosine, so that entries sharing no word with the query are
/// found; every other entry can reach at most the meaning of the best cosine left out, which <see cref="MaxBoost"/>
/// declares (the bound combines it as if it added up, which the larger never exceeds).</remarks>
internal sealed class MeaningSignal : MatchSignal
{
    /// <summary>How many entries of highest cosine a query nominates.</summary>
    public const int Nominated = 64;

    private readonly ITextEmbedder _embedder;
    private readonly float[] _vectors;
    private readonly MeaningCalibration _calibration;

    // Where each entry's vectors start (one more than the entries), or null for one vector per entry.
    private readonly int[]? _vectorStart;

    public MeaningSignal(ITextEmbedder embedder, float[] vectors, MeaningCalibration calibration, int[]? vectorStart = null)
    {
        _embedder = embedder;
        _vectors = vectors;
        _calibration = calibration;
        _vectorStart = vectorStart;
    }

    public override MatchSignal Prepare(in SignalQuery query)
    {
        var dimension = _embedder.Dimension;
        var vector = query.Vector;
        if (vector is null)
        {
            vector = new float[dimension];
            _embedder.Embed(query.Text, vector);
        }

        var count = _vectorStart is null ? _vectors.Length / dimension : _vectorStart.Length - 1;
        var cosines = new float[count];
        if (_vectorStart is null)
        {
            for (var e = 0; e < count; e++)
            {
                cosines[e] = Dot(vector, _vectors.AsSpan(e * dimension, dimension));
            }
        }
        else
        {
            for (var e = 0; e < count; e++)
            {
                var closest = -1f;
                for (var v = _vectorStart[e]; v < _vectorStart[e + 1]; v++)
                {
                    closest = Math.Max(closest, Dot(vector, _vectors.AsSpan(v * dimension, dimension)));
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

    /// <summary>The dot product of two vectors of equal length (the cosine of two unit vectors).</summary>
    internal static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var va = MemoryMarshal.Cast<float, Vector<float>>(a);
            var vb = MemoryMarshal.Cast<float, Vector<float>>(b);
            for (var k = 0; k < va.Length; k++)
            {
                sum += va[k] * vb[k];
            }

            i = va.Length * Vector<float>.Count;
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }

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

        public override void Apply(in SignalQuery query, int ordinal, ref PairEvidence evidence) =>
            evidence.AddMeaning(signal._calibration.Apply(cosines[ordinal]), cosines[ordinal]);
    }
}
