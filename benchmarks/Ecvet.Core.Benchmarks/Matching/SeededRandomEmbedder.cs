using System.Numerics.Tensors;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// A stand-in model for benchmarks whose cost does not depend on what the vectors mean (a vector scan, a file load):
/// each text gets a random unit vector seeded by the text itself (FNV-1a of its characters, stable across processes),
/// of 384 dimensions as all-MiniLM-L6-v2. Computing 100k of them takes a fraction of a second; the model takes minutes.
/// </summary>
public sealed class SeededRandomEmbedder(int dimension = 384, string modelId = "seeded-random") : ITextEmbedder
{
    public string ModelId => modelId;

    public int Dimension => dimension;

    public float[] Embed(string text)
    {
        var vector = new float[Dimension];
        Embed(text, vector);
        return vector;
    }

    public void Embed(string text, Span<float> destination)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        var random = new Random(unchecked((int)hash));
        for (var d = 0; d < destination.Length; d++)
        {
            destination[d] = (float)((random.NextDouble() * 2) - 1);
        }

        TensorPrimitives.Divide(destination, TensorPrimitives.Norm(destination), destination);
    }

    public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
    {
        for (var i = 0; i < texts.Count; i++)
        {
            Embed(texts[i], destination.Slice(i * Dimension, Dimension));
        }
    }
}
