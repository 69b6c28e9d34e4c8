using Ecvet.Matching.Internal;

namespace Ecvet.Matching;

/// <summary>
/// The English stemmer of the Snowball project, known as Porter2: <c>prepares</c>, <c>prepared</c> and
/// <c>preparing</c> all stem to <c>prepar</c>; <c>generously</c> to <c>generous</c>; <c>skies</c> to <c>sky</c>.
/// </summary>
/// <remarks>
/// <para>
/// Written for this library from the published description of the algorithm
/// (<see href="https://snowballstem.org/algorithms/english/stemmer.html"/>), in its revision of October 2023, which the
/// Snowball project's sample vocabulary of that revision (42,603 words) confirms word for word. It includes the
/// exceptional forms (<c>skis</c>, <c>dying</c>, <c>news</c>, <c>atlas</c>…), the invariant words after step 1a
/// (<c>inning</c>, <c>herring</c>, <c>succeed</c>…), the special R1 of words beginning <c>gener</c>, <c>commun</c> or
/// <c>arsen</c>, and the treatment of apostrophes (<c>'s</c>, <c>'s'</c>, a leading <c>'</c>).
/// </para>
/// <para>
/// Input is one lower-case word. Words of one or two characters are returned unchanged, as the algorithm says. A word
/// holding any character other than the ASCII letters <c>a</c>–<c>z</c> and the apostrophe (a digit, a hyphen, an
/// upper-case letter, a letter outside ASCII such as <c>é</c> or <c>ß</c>) is returned unchanged too: the algorithm is
/// defined on English letters only, and the matcher folds case and diacritics before it stems.
/// </para>
/// <para>
/// The span method allocates nothing and the single <see cref="Instance"/> holds no state, so it is thread-safe.
/// </para>
/// </remarks>
public sealed class EnglishStemmer : IStemmer
{
    // Words up to this length are stemmed in a stack buffer by the string convenience method.
    private const int StackLimit = 256;

    private EnglishStemmer()
    {
    }

    /// <summary>The stemmer. It holds no state, so one instance serves every caller and thread.</summary>
    public static EnglishStemmer Instance { get; } = new();

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <paramref name="word"/>.</exception>
    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException("The destination must be at least as long as the word.", nameof(destination));
        }

        // CopyTo handles overlap, so destination may be the word's own memory.
        word.CopyTo(destination);
        return Porter2.Stem(destination[..word.Length]);
    }

    /// <summary>Returns the stem of <paramref name="word"/> (the same instance when the stem is the word itself).</summary>
    /// <param name="word">One lower-case word.</param>
    /// <returns>The stem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is <see langword="null"/>.</exception>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length <= 2)
        {
            return word;
        }

        var buffer = word.Length <= StackLimit ? stackalloc char[StackLimit] : new char[word.Length];
        var length = Stem(word.AsSpan(), buffer);
        var stem = buffer[..length];
        return stem.SequenceEqual(word) ? word : new string(stem);
    }
}
