using System.Globalization;

namespace Ecvet.Matching;

/// <summary>One pair of a <see cref="UnitComparison"/>'s one-to-one assignment: a host outcome evidencing a home outcome.</summary>
/// <remarks>This type is immutable.</remarks>
public sealed record OutcomeAssignment
{
    internal OutcomeAssignment(int hostIndex, int homeIndex, CatalogueEntry host, CatalogueEntry home, OutcomeMatch match)
    {
        HostIndex = hostIndex;
        HomeIndex = homeIndex;
        Host = host;
        Home = home;
        Match = match;
    }

    /// <summary>The position of the host outcome in <see cref="UnitComparison.HostOutcomes"/>.</summary>
    public int HostIndex { get; }

    /// <summary>The position of the home outcome in <see cref="UnitComparison.HomeOutcomes"/>.</summary>
    public int HomeIndex { get; }

    /// <summary>The host outcome (<see cref="UnitComparison.HostOutcomes"/> at <see cref="HostIndex"/>).</summary>
    public CatalogueEntry Host { get; }

    /// <summary>The home outcome it evidences (<see cref="UnitComparison.HomeOutcomes"/> at <see cref="HomeIndex"/>).</summary>
    public CatalogueEntry Home { get; }

    /// <summary>The score of the pair (its <see cref="OutcomeMatch.Ordinal"/> is the home outcome's ordinal in the index
    /// used).</summary>
    public OutcomeMatch Match { get; }

    /// <summary>The calibrated similarity of the pair.</summary>
    public double Similarity => Match.Similarity;

    /// <summary>The coverage of the home outcome by the host outcome.</summary>
    public double Coverage => Match.Coverage;

    /// <summary>The host and home outcomes by id, and the scores rounded to two decimals, in invariant culture: such as
    /// <c>es-cg-0048-ra1 → fi-hrc-u3-lo2: similarity 0.83, coverage 0.71</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Host.Id} → {Home.Id}: similarity {Similarity:0.00}, coverage {Coverage:0.00}");
}
