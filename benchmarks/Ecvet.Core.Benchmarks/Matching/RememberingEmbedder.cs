using System.Collections.Concurrent;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>An <see cref="ITextEmbedder"/> that answers from vectors already computed by another (same model id), and
/// asks it for any other text: the quality runner compares every host text with every home text through the index's
/// cold path, which embeds the query at each call. Texts it had to ask for are remembered too (the differences of the
/// pairs a query scores).</summary>
public sealed class RememberingEmbedder : ITextEmbedder
{
    private readonly ITextEmbedder _inner;
    private readonly ConcurrentDictionary<string, float[]> _known = new(StringComparer.Ordinal);

    /// <summary>Remembers <paramref name="vectors"/> (one after another) as the vectors of <paramref name="texts"/>.</summary>
    public RememberingEmbedder(ITextEmbedder inner, IReadOnlyList<string> texts, float[] vectors)
    {
        _inner = inner;
        for (var i = 0; i < texts.Count; i++)
        {
            _known.TryAdd(texts[i], vectors.AsSpan(i * inner.Dimension, inner.Dimension).ToArray());
        }
    }

    public string ModelId => _inner.ModelId;

    public int Dimension => _inner.Dimension;

    public void Embed(string text, Span<float> destination)
    {
        if (_known.TryGetValue(text, out var vector))
        {
            vector.CopyTo(destination);
        }
        else
        {
            _inner.Embed(text, destination);
            _known.TryAdd(text, destination.ToArray());
        }
    }

    public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
    {
        // The texts not known yet go to the model in one batch, as the index's batches of differences would.
        var unknown = texts.Where(t => !_known.ContainsKey(t)).Distinct(StringComparer.Ordinal).ToArray();
        if (unknown.Length > 0)
        {
            var vectors = new float[unknown.Length * Dimension];
            _inner.EmbedBatch(unknown, vectors);
            for (var i = 0; i < unknown.Length; i++)
            {
                _known.TryAdd(unknown[i], vectors.AsSpan(i * Dimension, Dimension).ToArray());
            }
        }

        for (var i = 0; i < texts.Count; i++)
        {
            Embed(texts[i], destination.Slice(i * Dimension, Dimension));
        }
    }
}
