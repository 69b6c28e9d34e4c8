using System.Collections.Immutable;

namespace Ecvet.Recognition.Internal;

/// <summary>Merges the evidence paths of the parts of a condition: distinct, in the order first met.</summary>
internal static class EvidencePaths
{
    /// <summary>
    /// The paths of <paramref name="known"/> followed by those of <paramref name="more"/> not among them. Returns one of
    /// the two arrays unchanged when the other adds nothing, so that parts repeating the same evidence allocate nothing.
    /// </summary>
    public static ImmutableArray<string> Union(ImmutableArray<string> known, ImmutableArray<string> more)
    {
        var added = 0;
        for (var i = 0; i < more.Length; i++)
        {
            if (IsNew(known, more, i))
            {
                added++;
            }
        }

        if (added == 0)
        {
            return known;
        }

        if (known.IsEmpty && added == more.Length)
        {
            return more;
        }

        var merged = ImmutableArray.CreateBuilder<string>(known.Length + added);
        merged.AddRange(known);
        for (var i = 0; i < more.Length; i++)
        {
            if (IsNew(known, more, i))
            {
                merged.Add(more[i]);
            }
        }

        return merged.MoveToImmutable();
    }

    // New: not in known and not earlier in more. Evidence lists are a handful of paths, so a scan beats a set.
    private static bool IsNew(ImmutableArray<string> known, ImmutableArray<string> more, int index)
    {
        var path = more[index];
        for (var i = 0; i < known.Length; i++)
        {
            if (string.Equals(known[i], path, StringComparison.Ordinal))
            {
                return false;
            }
        }

        for (var i = 0; i < index; i++)
        {
            if (string.Equals(more[i], path, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
