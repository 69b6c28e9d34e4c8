using System.Collections.Immutable;

namespace Ecvet.Utility;

/// <summary>Value equality helpers for the collections that composites hold.</summary>
internal static class Equality
{
    /// <summary>Whether two arrays hold equal elements in the same order (default arrays count as empty).</summary>
    internal static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.OrEmpty().AsSpan().SequenceEqual(right.OrEmpty().AsSpan(), EqualityComparer<T>.Default);

    /// <summary>Whether two arrays hold equal elements in the same order, by the given comparer.</summary>
    internal static bool SequenceEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right, IEqualityComparer<T> comparer) =>
        left.OrEmpty().AsSpan().SequenceEqual(right.OrEmpty().AsSpan(), comparer);

    /// <summary>A hash of the elements in order, by the given comparer.</summary>
    internal static int SequenceHash<T>(ImmutableArray<T> values, IEqualityComparer<T> comparer)
    {
        var hash = default(HashCode);
        foreach (var value in values.OrEmpty())
        {
            hash.Add(value, comparer);
        }

        return hash.ToHashCode();
    }

    /// <summary>
    /// Compares URIs by their exact <see cref="Uri.OriginalString"/>, ordinally: <see cref="Uri.Equals(object)"/> ignores
    /// fragments and case in the host, which is too loose for identifiers.
    /// </summary>
    internal static IEqualityComparer<Uri> ExactUri { get; } = EqualityComparer<Uri>.Create(
        static (a, b) => ReferenceEquals(a, b) || (a is not null && b is not null && string.Equals(a.OriginalString, b.OriginalString, StringComparison.Ordinal)),
        static u => StringComparer.Ordinal.GetHashCode(u.OriginalString));

    /// <summary>Whether two arrays hold the same elements, ignoring order and repetition.</summary>
    internal static bool SetEqual<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.OrEmpty().ToHashSet().SetEquals(right.OrEmpty());

    /// <summary>A hash of the elements in order.</summary>
    internal static int SequenceHash<T>(ImmutableArray<T> values)
    {
        var hash = default(HashCode);
        foreach (var value in values.OrEmpty())
        {
            hash.Add(value);
        }

        return hash.ToHashCode();
    }

    /// <summary>A hash of the elements that does not depend on their order (consistent with <see cref="SetEqual{T}"/>).</summary>
    internal static int SetHash<T>(ImmutableArray<T> values)
    {
        var hash = 0;
        foreach (var value in values.OrEmpty().Distinct())
        {
            hash ^= value is null ? 0 : EqualityComparer<T>.Default.GetHashCode(value);
        }

        return hash;
    }
}
