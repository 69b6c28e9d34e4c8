using BenchmarkDotNet.Attributes;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// The semantic query path with the catalogue embeddings precomputed: the exact top-10 search of
/// <see cref="CatalogueEmbeddings.Search"/> (SIMD dot products through <c>TensorPrimitives</c>) against the same scan
/// written with a plain scalar dot product and a full sort, over 13,896 vectors of 384 dimensions (the size of the
/// ESCO preferred-label catalogue under all-MiniLM-L6-v2). The vectors are seeded random unit vectors: the search cost
/// does not depend on what they mean, and embedding all of ESCO takes minutes. <see cref="EmbedOneSentence"/> is the
/// other half of a query: the built-in model embedding one outcome sentence.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class VectorSearchBenchmarks
{
    private const int Count = 13_896;
    private const int Dimension = 384;

    private CatalogueEmbeddings _embeddings = null!;
    private float[] _query = [];
    private float[] _flat = [];
    private readonly VectorMatch[] _top = new VectorMatch[10];
    private SentenceEmbedder _embedder = null!;
    private readonly float[] _sentence = new float[Dimension];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var stand = new RandomEmbedder(random);
        var texts = Enumerable.Range(0, Count).Select(i => $"label {i}").ToArray();
        _embeddings = CatalogueEmbeddings.Compute(stand, texts);
        _flat = new float[Count * Dimension];
        for (var i = 0; i < Count; i++)
        {
            _embeddings[i].CopyTo(_flat.AsSpan(i * Dimension));
        }

        _query = stand.Embed("query");
        _embedder = SentenceEmbedder.CreateDefault();
        if (ScalarScanAndSort() != Search())
        {
            throw new InvalidOperationException("The two scans disagree on the best vector.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _embedder.Dispose();

    [Benchmark]
    public int Search()
    {
        _embeddings.Search(_query, _top);
        return _top[0].Ordinal;
    }

    [Benchmark(Baseline = true)]
    public int ScalarScanAndSort()
    {
        var scores = new (float Cosine, int Ordinal)[Count];
        for (var i = 0; i < Count; i++)
        {
            var dot = 0f;
            var row = i * Dimension;
            for (var d = 0; d < Dimension; d++)
            {
                dot += _query[d] * _flat[row + d];
            }

            scores[i] = (dot, i);
        }

        Array.Sort(scores, (a, b) => b.Cosine != a.Cosine ? b.Cosine.CompareTo(a.Cosine) : a.Ordinal.CompareTo(b.Ordinal));
        return scores[0].Ordinal;
    }

    [Benchmark]
    public float EmbedOneSentence()
    {
        _embedder.Embed("Prepares cold starters, salads and desserts according to the hygiene rules of the kitchen.", _sentence);
        return _sentence[0];
    }

    /// <summary>Seeded random unit vectors standing in for a model.</summary>
    private sealed class RandomEmbedder(Random random) : ITextEmbedder
    {
        public string ModelId => "random";

        public int Dimension => VectorSearchBenchmarks.Dimension;

        public float[] Embed(string text)
        {
            var vector = new float[Dimension];
            Embed(text, vector);
            return vector;
        }

        public void Embed(string text, Span<float> destination)
        {
            for (var d = 0; d < destination.Length; d++)
            {
                destination[d] = (float)((random.NextDouble() * 2) - 1);
            }

            System.Numerics.Tensors.TensorPrimitives.Divide(destination, System.Numerics.Tensors.TensorPrimitives.Norm(destination), destination);
        }

        public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                Embed(texts[i], destination.Slice(i * Dimension, Dimension));
            }
        }
    }
}
