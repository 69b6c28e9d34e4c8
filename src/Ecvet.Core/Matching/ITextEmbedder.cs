namespace Ecvet.Matching;

/// <summary>
/// Turns a short text (a learning outcome, a skill label) into a fixed-length vector of unit length, such that texts
/// that mean the same thing get vectors pointing the same way whatever words they use. The dot product of two vectors
/// from the same model is their cosine similarity.
/// </summary>
/// <remarks>
/// <para>
/// The core only defines this seam and takes no model dependency; the companion package
/// <c>Ecvet.Matching.Semantic</c> implements it with a sentence-transformer model run on the CPU. Vectors of different
/// models are not comparable: anything that stores or compares vectors records <see cref="ModelId"/> and refuses a
/// mismatch.
/// </para>
/// <para>
/// Implementations are deterministic (the same text gives the same vector; embedded in a batch, the same to within float
/// rounding) and safe to call from several threads at once.
/// </para>
/// </remarks>
public interface ITextEmbedder
{
    /// <summary>
    /// Identifies the model and everything else that shapes its vectors (for example the ONNX file's SHA-256 and the
    /// token limit), so that stored vectors can be checked against the embedder that is to be compared with them.
    /// </summary>
    string ModelId { get; }

    /// <summary>The length of every vector this embedder writes (for example 384); positive.</summary>
    int Dimension { get; }

    /// <summary>Writes the unit-length vector of <paramref name="text"/> to <paramref name="destination"/>.</summary>
    /// <param name="text">Any text; an empty or blank text gets the vector of the model's empty input.</param>
    /// <param name="destination">Exactly <see cref="Dimension"/> floats.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> does not have <see cref="Dimension"/> elements.</exception>
    void Embed(string text, Span<float> destination);

    /// <summary>
    /// Writes the vectors of <paramref name="texts"/> one after another to <paramref name="destination"/>: the vector of
    /// <c>texts[i]</c> is <c>destination.Slice(i * Dimension, Dimension)</c>. Faster than one call per text.
    /// </summary>
    /// <param name="texts">The texts; none may be null.</param>
    /// <param name="destination">Exactly <c>texts.Count * Dimension</c> floats.</param>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> or one of its elements is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> has the wrong length.</exception>
    void EmbedBatch(IReadOnlyList<string> texts, Span<float> destination);
}
