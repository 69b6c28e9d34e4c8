using System.Buffers;
using System.Collections.Immutable;

namespace Ecvet.Utility;

/// <summary>Shared argument checks, so that every type validates the same thing the same way.</summary>
internal static class Preconditions
{
    /// <summary>What <see cref="IdentifierSyntax.IsToken"/> requires, for messages.</summary>
    internal const string TokenRule =
        "1 to 256 characters, with no white space at either end, no control characters and no lone surrogate";

    /// <summary>
    /// Checks human-readable text: non-empty, no white space at either end, no control characters other than line feed
    /// and tab, and no lone surrogate.
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

        var at = IdentifierSyntax.LoneSurrogateAt(value);
        throw new ArgumentException(
            $"Text must be well-formed Unicode; it has a lone surrogate U+{(int)value[at]:X4} at index {at}, which no JSON document can carry.", paramName);
    }

    /// <summary>The control characters (<see cref="char.IsControl(char)"/>) that text must not hold: all but line feed and tab.</summary>
    internal static SearchValues<char> TextControls { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(c => char.IsControl(c) && c is not '\n' and not '\t')]);

    /// <summary>All control characters (<see cref="char.IsControl(char)"/>).</summary>
    internal static SearchValues<char> Controls { get; } = SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(char.IsControl)]);

    /// <summary>Whether <paramref name="value"/> is text (the rule <see cref="CheckText"/> enforces), without building a message.</summary>
    internal static bool IsText(string value) =>
        value.Length > 0 && !char.IsWhiteSpace(value[0]) && !char.IsWhiteSpace(value[^1]) && !value.AsSpan().ContainsAny(TextControls)
        && IdentifierSyntax.LoneSurrogateAt(value) < 0;

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

    /// <summary>Throws when <paramref name="values"/> holds null.</summary>
    /// <exception cref="ArgumentException">An element is null.</exception>
    internal static void CheckNoNulls<T>(ImmutableArray<T> values, string paramName)
        where T : class
    {
        foreach (var value in values.OrEmpty())
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
