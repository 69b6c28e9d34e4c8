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

    /// <summary>
    /// Embeds the home texts and the host texts in one batch each, the set-up every labelled-pair run shares, and
    /// returns an embedder that remembers both.
    /// </summary>
    public static RememberingEmbedder Embed(ITextEmbedder inner, IReadOnlyList<string> homes, IReadOnlyList<string> hosts,
        out float[] homeVectors, out float[] hostVectors)
    {
        homeVectors = new float[homes.Count * inner.Dimension];
        inner.EmbedBatch(homes, homeVectors);
        hostVectors = new float[hosts.Count * inner.Dimension];
        inner.EmbedBatch(hosts, hostVectors);
        return new RememberingEmbedder(inner, [.. homes, .. hosts], [.. homeVectors, .. hostVectors]);
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
