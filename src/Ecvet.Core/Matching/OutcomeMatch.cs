using System.Globalization;

namespace Ecvet.Matching;

/// <summary>One match of a query against a catalogue entry: which entry, how similar, and how much of it is evidenced.</summary>
/// <remarks>
/// <para><see cref="Similarity"/> is calibrated (see <see cref="ScoreCalibration"/>): at or above 0.80 the two outcomes are
/// taken as equivalent, from 0.55 they deserve human review, below 0.55 they are not equivalent. It is symmetric: swapping
/// the two texts gives the same value over the same catalogue statistics.</para>
/// <para><see cref="Coverage"/> is one-way: the share of the catalogue entry's (the home outcome's) term weight that the
/// query evidences. 1 means every term of the home outcome occurs in the query.</para>
/// <para>The default value is a zero match of ordinal 0. This type is immutable.</para>
/// </remarks>
public readonly record struct OutcomeMatch
{
    /// <summary>Creates a match.</summary>
    /// <param name="ordinal">The catalogue ordinal of the entry; not negative.</param>
    /// <param name="similarity">The calibrated similarity, from 0 to 1.</param>
    /// <param name="coverage">The coverage of the entry by the query, from 0 to 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public OutcomeMatch(int ordinal, double similarity, double coverage)
        : this(ordinal, similarity, coverage, MatchEvidence.None)
    {
    }

    /// <summary>Creates a match with its evidence.</summary>
    /// <param name="ordinal">The catalogue ordinal of the entry; not negative.</param>
    /// <param name="similarity">The calibrated similarity, from 0 to 1.</param>
    /// <param name="coverage">The coverage of the entry by the query, from 0 to 1.</param>
    /// <param name="evidence">What the match rests on.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public OutcomeMatch(int ordinal, double similarity, double coverage, MatchEvidence evidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        if (!(similarity is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), similarity, "Similarity must be between 0 and 1.");
        }

        if (!(coverage is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "Coverage must be between 0 and 1.");
        }

        Ordinal = ordinal;
        Similarity = similarity;
        Coverage = coverage;
        Evidence = evidence;
    }

    /// <summary>The ordinal of the entry in the catalogue the index was built from (see
    /// <see cref="OutcomeIndex.GetEntry(int)"/>).</summary>
    public int Ordinal { get; }

    /// <summary>The calibrated, symmetric similarity from 0 to 1: ≥ 0.80 equivalent, ≥ 0.55 review, otherwise not
    /// equivalent.</summary>
    public double Similarity { get; }

    /// <summary>The share, from 0 to 1, of the entry's (home outcome's) term weight that the query evidences.</summary>
    public double Coverage { get; }

    /// <summary>What the match rests on.</summary>
    public MatchEvidence Evidence { get; }

    /// <summary>The entry's ordinal and the scores rounded to two decimals, in invariant culture: such as
    /// <c>#12: similarity 0.83, coverage 0.75 (SharedTerms)</c>.</summary>
    /// <remarks>A match holds the entry's ordinal only (it is the allocation-free result of
    /// <see cref="OutcomeIndex.Match(ReadOnlySpan{char}, Span{OutcomeMatch}, double)"/>); the entry, and so its id, is
    /// <see cref="OutcomeIndex.GetEntry(int)"/>. <see cref="OutcomeAssignment"/>, <see cref="UnitComparison"/> and
    /// <see cref="MatchExplanation"/> print ids.</remarks>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"#{Ordinal}: similarity {Similarity:0.00}, coverage {Coverage:0.00} ({Evidence})");
}
