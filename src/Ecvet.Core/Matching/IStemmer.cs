namespace Ecvet.Matching;

/// <summary>
/// Reduces a word to its stem, so that inflected forms of one word (<c>prepares</c>, <c>prepared</c>,
/// <c>preparing</c>) meet on one index term.
/// </summary>
/// <remarks>
/// Implementations are called on the matcher's hot path, once per token of every catalogue entry and every query:
/// they must not allocate and must be safe to call from several threads at once.
/// </remarks>
public interface IStemmer
{
    /// <summary>Writes the stem of <paramref name="word"/> to <paramref name="destination"/>.</summary>
    /// <param name="word">
    /// One word, already case-folded (lower-case invariant, diacritics folded) by the caller.
    /// </param>
    /// <param name="destination">
    /// Where the stem is written; at least as long as <paramref name="word"/> (a stem is never longer than its word).
    /// It may be the very memory that holds <paramref name="word"/>, so a word can be stemmed in place.
    /// </param>
    /// <returns>The length of the stem, at most <c>word.Length</c>.</returns>
    int Stem(ReadOnlySpan<char> word, Span<char> destination);
}
