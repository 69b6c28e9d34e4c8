using System.Numerics.Tensors;

namespace Ecvet.Matching.Semantic;

/// <summary>Sentence-transformer pooling: the mean of the token vectors the attention mask keeps, scaled to unit length.</summary>
internal static class MeanPooling
{
    /// <summary>Pools one text's token vectors.</summary>
    /// <param name="hiddenStates">The text's token vectors, <paramref name="mask"/>.Length rows of <c>destination.Length</c>.</param>
    /// <param name="mask">1 for a real token, 0 for padding (padding must not pull the mean towards the pad vector).</param>
    /// <param name="destination">The pooled, unit-length vector.</param>
    public static void Pool(ReadOnlySpan<float> hiddenStates, ReadOnlySpan<long> mask, Span<float> destination)
    {
        var dimension = destination.Length;
        destination.Clear();
        var kept = 0;
        for (var token = 0; token < mask.Length; token++)
        {
            if (mask[token] != 0)
            {
                TensorPrimitives.Add(destination, hiddenStates.Slice(token * dimension, dimension), destination);
                kept++;
            }
        }

        // The mean's scale cancels in the normalisation; dividing first keeps the vector's values moderate all the same,
        // and matches the reference implementation step by step.
        if (kept > 0)
        {
            TensorPrimitives.Divide(destination, kept, destination);
        }

        var norm = TensorPrimitives.Norm(destination);

        // sentence-transformers clamps the norm at 1e-12 rather than dividing by zero.
        TensorPrimitives.Divide(destination, MathF.Max(norm, 1e-12f), destination);
    }
}
