using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;

namespace Ecvet.Utility;

/// <summary>Shared argument checks, so that every type validates the same thing the same way.</summary>
internal static class Preconditions
{
    /// <summary>What <see cref="IdentifierSyntax.IsToken"/> requires, for messages.</summary>
    internal const string TokenRule =
        "1 to 256 characters, with no white space at either end, no control characters and no lone surrogate";

    /// <summary>
    /// Checks human-readable text: non-empty, no white space at either end, no control characters other than line feed
    /// and tab, no lone surrogate, no bidirectional embedding, override or isolate character, and at least one visible
    /// character (not only zero-width and other invisible format characters).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid text.</exception>
    internal static string CheckText(string? value, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (IsText(value))
        {
            return value;
        }

        // Not text: say why.
        if (value.Length == 0)
        {
            throw new ArgumentException("Text must not be empty.", paramName);
        }

        if (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            throw new ArgumentException("Text must not start or end with white space; trim it first.", paramName);
        }

        var control = value.AsSpan().IndexOfAny(TextControls);
        if (control >= 0)
        {
            throw new ArgumentException(
                $"Text must not contain control characters other than line feed and tab (found U+{(int)value[control]:X4}).", paramName);
        }

        var bidi = value.AsSpan().IndexOfAny(BidiControls);
        if (bidi >= 0)
        {
            // The "Trojan Source" characters: they make a viewer show text in another order than it is stored and signed.
            throw new ArgumentException(
                $"Text must not contain bidirectional embedding, override or isolate characters (found U+{(int)value[bidi]:X4} at index {bidi}).", paramName);
        }

        if (IsInvisible(value))
        {
            throw new ArgumentException("Text must have a visible character; it holds only zero-width or other invisible format characters.", paramName);
        }

        var at = IdentifierSyntax.LoneSurrogateAt(value);
        throw new ArgumentException(
            $"Text must be well-formed Unicode; it has a lone surrogate U+{(int)value[at]:X4} at index {at}, which no JSON document can carry.", paramName);
    }

    /// <summary>The control characters (<see cref="char.IsControl(char)"/>) that text must not hold: all but line feed and tab.</summary>
    internal static SearchValues<char> TextControls { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not '\n' and not '\t')]);

    /// <summary>
    /// The explicit bidirectional formatting characters of Unicode (UAX #9): embeddings and overrides U+202A–U+202E and
    /// isolates U+2066–U+2069. Marks (U+200E, U+200F, U+061C), which real right-to-left text needs, are allowed.
    /// </summary>
    internal static SearchValues<char> BidiControls { get; } = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    /// <summary>All control characters (<see cref="char.IsControl(char)"/>).</summary>
    internal static SearchValues<char> Controls { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl)]);

    /// <summary>Whether <paramref name="value"/> is text (the rule <see cref="CheckText"/> enforces), without building a message.</summary>
    internal static bool IsText(string value) =>
        value.Length > 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) && !value.AsSpan().ContainsAny(TextControls)
        && !value.AsSpan().ContainsAny(BidiControls) && !IsInvisible(value) && IdentifierSyntax.LoneSurrogateAt(value) < 0;

    /// <summary>
    /// Whether every character is white space or an invisible format character (Unicode category Cf: zero-width space,
    /// joiners, word joiner, byte order mark, soft hyphen…), so the text shows nothing. Usually decided by the first character.
    /// </summary>
    private static bool IsInvisible(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if (!char.IsWhiteSpace(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns <paramref name="values"/> as an immutable array; null and the default array become empty.</summary>
    internal static ImmutableArray<T> ToImmutable<T>(IEnumerable<T>? values) =>
        values switch
        {
            null => [],
            ImmutableArray<T> array => array.OrEmpty(),
            _ => [.. values],
        };

    /// <summary>Returns <paramref name="values"/> as an array (null and the default array become empty); null elements are rejected.</summary>
    /// <exception cref="ArgumentException">An element is null.</exception>
    internal static ImmutableArray<T> ToArrayWithoutNulls<T>(IEnumerable<T>? values, string paramName)
        where T : class
    {
        var array = ToImmutable(values);
        CheckNoNulls(array, paramName);
        return array;
    }

    /// <summary>Throws when <paramref name="values"/> holds null (from index <paramref name="from"/> on: the elements before it are known).</summary>
    /// <exception cref="ArgumentException">An element is null.</exception>
    internal static void CheckNoNulls<T>(ImmutableArray<T> values, string paramName, int from = 0)
        where T : class
    {
        var span = values.OrEmpty().AsSpan();
        foreach (var value in span[Math.Min(from, span.Length)..])
        {
            if (value is null)
            {
                throw new ArgumentException("The collection must not contain null.", paramName);
            }
        }
    }

    /// <summary>Returns <paramref name="values"/> normalised: the default array becomes empty.</summary>
    internal static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> values) => values.IsDefault ? [] : values;

    /// <summary>Throws when <paramref name="values"/> is empty.</summary>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    internal static void CheckNotEmpty<T>(ImmutableArray<T> values, string paramName, string what)
    {
        if (values.IsDefaultOrEmpty)
        {
            throw new ArgumentException($"At least one {what} is required.", paramName);
        }
    }

    /// <summary>Throws when two elements of <paramref name="values"/> have the same key.</summary>
    /// <exception cref="DuplicateValueException">A key appears twice; its <see cref="DuplicateValueException.Index"/> is the later entry.</exception>
    internal static void CheckDistinct<T, TKey>(ImmutableArray<T> values, Func<T, TKey> key, string paramName, string what)
        where TKey : notnull
    {
        // A handful of values (the usual case) is cheaper to compare pairwise than to hash.
        if (values.Length <= 8)
        {
            var comparer = EqualityComparer<TKey>.Default;
            for (var i = 1; i < values.Length; i++)
            {
                var k = key(values[i]);
                for (var j = 0; j < i; j++)
                {
                    if (comparer.Equals(key(values[j]), k))
                    {
                        throw new DuplicateValueException($"Duplicate {what} '{k}'.", paramName, i);
                    }
                }
            }

            return;
        }

        var seen = new HashSet<TKey>();
        for (var i = 0; i < values.Length; i++)
        {
            var k = key(values[i]);
            if (!seen.Add(k))
            {
                throw new DuplicateValueException($"Duplicate {what} '{k}'.", paramName, i);
            }
        }
    }
}
