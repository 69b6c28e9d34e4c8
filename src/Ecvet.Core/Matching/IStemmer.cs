namespace Ecvet.Matching;

/// <summary>Reduces a word to its stem, so that inflected forms of one word index as one term.</summary>
/// <remarks>
/// Implementations must be thread-safe and must not allocate: the outcome index calls them once per token on the query
/// path. A stem is never longer than its word.
/// </remarks>
public interface IStemmer
{
    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="destination"/>.</summary>
    /// <param name="word">The word, already case-folded (lower-case invariant, diacritics folded).</param>
    /// <param name="destination">Where to write the stem; callers guarantee it is at least as long as
    /// <paramref name="word"/>.</param>
    /// <returns>The length of the stem written to <paramref name="destination"/>.</returns>
    int Stem(ReadOnlySpan<char> word, Span<char> destination);
}
