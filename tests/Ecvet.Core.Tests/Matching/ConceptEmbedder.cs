using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

/// <summary>
/// A deterministic stand-in for a sentence model: each word listed in <c>concepts</c> points along the axis of its
/// concept (synonyms share one), and a text's vector is the normalised sum of its words' axes; a text with no listed
/// word gets the last axis. So "stores stock" and "keeps goods" are the same meaning with no word in common, and the
/// cosine of two texts is the share of concepts they have in common.
/// </summary>
internal sealed class ConceptEmbedder : ITextEmbedder
{
    private readonly Dictionary<string, int> _axis = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="concepts">Groups of words meaning the same; one axis per group.</param>
    public ConceptEmbedder(params string[][] concepts)
    {
        for (var c = 0; c < concepts.Length; c++)
        {
            foreach (var word in concepts[c])
            {
                _axis[word] = c;
            }
        }

        Dimension = concepts.Length + 1;
    }

    /// <summary>How many texts were embedded, one by one or in batches.</summary>
    public int Embedded { get; private set; }

    /// <summary>How many batches were embedded (<see cref="EmbedBatch"/> calls).</summary>
    public int Batches { get; private set; }

    public string ModelId => "test/concepts;dim=" + Dimension;

    public int Dimension { get; }

    public void Embed(string text, Span<float> destination)
    {
        if (destination.Length != Dimension)
        {
            throw new ArgumentException("Wrong length.", nameof(destination));
        }

        Embedded++;
        destination.Clear();
        foreach (var word in text.Split([' ', ',', '.', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (_axis.TryGetValue(word, out var axis))
            {
                destination[axis] = 1;
            }
        }

        var norm = 0f;
        foreach (var x in destination)
        {
            norm += x * x;
        }

        if (norm == 0)
        {
            destination[Dimension - 1] = 1;
            return;
        }

        var scale = 1 / MathF.Sqrt(norm);
        for (var i = 0; i < destination.Length; i++)
        {
            destination[i] *= scale;
        }
    }

    public void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (destination.Length != texts.Count * Dimension)
        {
            throw new ArgumentException("Wrong length.", nameof(destination));
        }

        Batches++;

        for (var i = 0; i < texts.Count; i++)
        {
            Embed(texts[i], destination.Slice(i * Dimension, Dimension));
        }
    }
}
