using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Ecvet.Matching.Internal;

namespace Ecvet.Matching;

/// <summary>
/// Compares the outcomes of a host unit with those of a home unit: every host × home pair is scored, then host and home
/// outcomes are assigned one to one so that the total similarity is highest (a maximum-weight assignment, by the
/// Hungarian method). The result gives, per home outcome, the host outcome that evidences it and how much of it
/// (<see cref="GetCoverage(int)"/>): the input the recognition engine consumes.
/// </summary>
/// <remarks>
/// One host outcome evidences at most one home outcome, and the other way round; pairs of similarity 0 are never
/// assigned. Greedy assignment (best pair first) can be wrong when one host outcome is the best match for two home
/// outcomes; the maximum-weight assignment is not. This type is immutable and thread-safe.
/// </remarks>
public sealed class UnitComparison
{
    private readonly OutcomeMatch[,] _scores;
    private readonly OutcomeAssignment?[] _byHome;

    private UnitComparison(ImmutableArray<CatalogueEntry> host, ImmutableArray<CatalogueEntry> home, OutcomeMatch[,] scores)
    {
        HostOutcomes = host;
        HomeOutcomes = home;
        _scores = scores;
        var weights = new double[host.Length, home.Length];
        for (var i = 0; i < host.Length; i++)
        {
            for (var j = 0; j < home.Length; j++)
            {
                weights[i, j] = scores[i, j].Similarity;
            }
        }

        var assigned = MaximumWeightAssignment.Solve(weights);
        _byHome = new OutcomeAssignment?[home.Length];
        for (var i = 0; i < host.Length; i++)
        {
            var j = assigned[i];
            if (j >= 0 && scores[i, j].Similarity > 0)
            {
                _byHome[j] = new OutcomeAssignment(i, j, host[i], home[j], scores[i, j]);
            }
        }

        Assignments = [.. _byHome.OfType<OutcomeAssignment>()];
    }

    /// <summary>The host unit's outcomes, in the order given.</summary>
    public ImmutableArray<CatalogueEntry> HostOutcomes { get; }

    /// <summary>The home unit's outcomes, in the order given.</summary>
    public ImmutableArray<CatalogueEntry> HomeOutcomes { get; }

    /// <summary>The assigned pairs, in home outcome order; home outcomes without evidence have none.</summary>
    public ImmutableArray<OutcomeAssignment> Assignments { get; }

    /// <summary>The total similarity of the assignment.</summary>
    public double TotalSimilarity => Assignments.Sum(a => a.Similarity);

    /// <summary>Compares two units, building an index over the home outcomes (whose statistics then weight the terms).</summary>
    /// <param name="hostOutcomes">The host unit's outcomes; at least one.</param>
    /// <param name="homeOutcomes">The home unit's outcomes; at least one, distinct ids.</param>
    /// <param name="options">The index options; <see langword="null"/> for the defaults.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A list is empty or holds null; the exception names it.</exception>
    public static UnitComparison Compare(IEnumerable<CatalogueEntry> hostOutcomes, IEnumerable<CatalogueEntry> homeOutcomes,
        OutcomeIndexOptions? options = null)
    {
        var host = CheckHost(hostOutcomes);
        ArgumentNullException.ThrowIfNull(homeOutcomes);
        var index = OutcomeIndex.Build(homeOutcomes.ToArray() is { Length: > 0 } home ? home : throw new ArgumentException("No home outcomes.", nameof(homeOutcomes)), options);
        return Compare(host, index, Enumerable.Range(0, index.Count).ToArray());
    }

    /// <summary>Compares a host unit with entries of an existing index (for instance the home qualification's whole
    /// outcome catalogue, whose statistics are then used).</summary>
    /// <param name="hostOutcomes">The host unit's outcomes; at least one.</param>
    /// <param name="homeIndex">The index holding the home outcomes.</param>
    /// <param name="homeOrdinals">The ordinals of the home unit's outcomes in <paramref name="homeIndex"/>, distinct;
    /// <see langword="null"/> for all entries.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="hostOutcomes"/> or <paramref name="homeIndex"/> is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, holds null, an ordinal out of range or a duplicate; the
    /// exception names it.</exception>
    public static UnitComparison Compare(IEnumerable<CatalogueEntry> hostOutcomes, OutcomeIndex homeIndex,
        IEnumerable<int>? homeOrdinals = null)
    {
        var host = CheckHost(hostOutcomes);
        ArgumentNullException.ThrowIfNull(homeIndex);
        var ordinals = homeOrdinals?.ToArray() ?? Enumerable.Range(0, homeIndex.Count).ToArray();
        if (ordinals.Length == 0)
        {
            throw new ArgumentException("No home outcomes.", nameof(homeOrdinals));
        }

        if (ordinals.Any(o => o < 0 || o >= homeIndex.Count) || ordinals.Distinct().Count() != ordinals.Length)
        {
            throw new ArgumentException("Home ordinals must be distinct ordinals of the index.", nameof(homeOrdinals));
        }

        return Compare(host, homeIndex, ordinals);
    }

    /// <summary>The score of one host × home pair, assigned or not.</summary>
    /// <param name="hostIndex">The position in <see cref="HostOutcomes"/>.</param>
    /// <param name="homeIndex">The position in <see cref="HomeOutcomes"/>.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A position is out of range.</exception>
    public OutcomeMatch GetScore(int hostIndex, int homeIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(hostIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(hostIndex, HostOutcomes.Length);
        CheckHome(homeIndex);
        return _scores[hostIndex, homeIndex];
    }

    /// <summary>The assignment of a home outcome, or <see langword="null"/> when no host outcome evidences it.</summary>
    /// <param name="homeIndex">The position in <see cref="HomeOutcomes"/>.</param>
    /// <returns>The assignment, or <see langword="null"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="homeIndex"/> is out of range.</exception>
    public OutcomeAssignment? GetAssignment(int homeIndex)
    {
        CheckHome(homeIndex);
        return _byHome[homeIndex];
    }

    /// <summary>How much of a home outcome its assigned host outcome evidences, from 0 to 1 (0 when unassigned).</summary>
    /// <param name="homeIndex">The position in <see cref="HomeOutcomes"/>.</param>
    /// <returns>The coverage.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="homeIndex"/> is out of range.</exception>
    public double GetCoverage(int homeIndex) => GetAssignment(homeIndex)?.Coverage ?? 0;

    /// <summary>The calibrated similarity of a home outcome with its assigned host outcome (0 when unassigned).</summary>
    /// <param name="homeIndex">The position in <see cref="HomeOutcomes"/>.</param>
    /// <returns>The similarity.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="homeIndex"/> is out of range.</exception>
    public double GetSimilarity(int homeIndex) => GetAssignment(homeIndex)?.Similarity ?? 0;

    /// <summary>The comparison for a human reader: a summary line, then one line per home outcome, in order, with the host
    /// outcome evidencing it, by id, and the scores rounded to two decimals, in invariant culture. Lines end with
    /// <c>\n</c>.</summary>
    /// <returns>Text such as
    /// <code>
    /// 2 host outcomes, 3 home outcomes: 2 assigned, total similarity 1.43
    ///   h1 → home-1: similarity 0.83, coverage 0.71
    ///   h2 → home-2: similarity 0.60, coverage 0.50
    ///   home-3: no host outcome evidences it
    /// </code></returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(c, $"{HostOutcomes.Length} host outcome{(HostOutcomes.Length == 1 ? "" : "s")}, ")
            .Append(c, $"{HomeOutcomes.Length} home outcome{(HomeOutcomes.Length == 1 ? "" : "s")}: ")
            .Append(c, $"{Assignments.Length} assigned, total similarity {TotalSimilarity:0.00}");
        for (var j = 0; j < HomeOutcomes.Length; j++)
        {
            text.Append("\n  ");
            if (_byHome[j] is { } assignment)
            {
                text.Append(assignment);
            }
            else
            {
                text.Append(HomeOutcomes[j].Id).Append(": no host outcome evidences it");
            }
        }

        return text.ToString();
    }

    private static UnitComparison Compare(ImmutableArray<CatalogueEntry> host, OutcomeIndex index, int[] ordinals)
    {
        var scores = new OutcomeMatch[host.Length, ordinals.Length];
        var row = new OutcomeMatch[ordinals.Length];
        for (var i = 0; i < host.Length; i++)
        {
            // One host outcome against every home outcome at once, so that what meaning embeds per pair is one batch.
            index.Compare(index.PrepareQuery(host[i]), ordinals, row);
            for (var j = 0; j < ordinals.Length; j++)
            {
                scores[i, j] = row[j];
            }
        }

        return new UnitComparison(host, [.. ordinals.Select(index.GetEntry)], scores);
    }

    private static ImmutableArray<CatalogueEntry> CheckHost(IEnumerable<CatalogueEntry> hostOutcomes)
    {
        ArgumentNullException.ThrowIfNull(hostOutcomes);
        var host = hostOutcomes.ToImmutableArray();
        if (host.IsEmpty || host.Any(h => h is null))
        {
            throw new ArgumentException("Host outcomes must be at least one and not null.", nameof(hostOutcomes));
        }

        return host;
    }

    private void CheckHome(int homeIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(homeIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(homeIndex, HomeOutcomes.Length);
    }
}
