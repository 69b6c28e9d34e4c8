namespace Ecvet.Cli;

/// <summary>Finds the name a user probably meant when they typed one that does not exist.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate closest to <paramref name="typed"/>: the only one it is the start or a whole hyphenated part of
    /// (<c>transcript</c> for <c>personal-transcript</c>), or else the one fewest edits away (ignoring case), when that
    /// is close enough to be a typo (at most a third of the longer name, and at most 3); <see langword="null"/> when none is.
    /// </summary>
    public static string? Closest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var names = candidates.Distinct(StringComparer.Ordinal).ToList();
        var bare = typed.TrimStart('-');
        if (bare.Length >= 2)
        {
            var extended = names.Where(n => n.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase)
                || n.Split('-').Contains(bare, StringComparer.OrdinalIgnoreCase)).ToList();
            if (extended.Count == 1)
            {
                return extended[0];
            }
        }

        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var name in names)
        {
            var distance = Distance(typed.ToUpperInvariant(), name.ToUpperInvariant());
            var allowed = Math.Min(3, Math.Max(1, Math.Max(typed.Length, name.Length) / 3));
            if (distance <= allowed && distance < bestDistance)
            {
                (best, bestDistance) = (name, distance);
            }
        }

        return best;
    }

    /// <summary>"; did you mean 'x'?" for the closest candidate, or nothing.</summary>
    public static string DidYouMean(string typed, IEnumerable<string> candidates) =>
        Closest(typed, candidates) is { } closest ? $"; did you mean '{closest}'?" : string.Empty;

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
