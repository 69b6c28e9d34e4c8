using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Agreements;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// The verdicts people gave on the review-band matches of one mobility, as a document: the learning agreement they
/// belong to and the <see cref="MatchConfirmation"/>s, each (host outcome, home outcome) pair at most once.
/// </summary>
/// <remarks>
/// This is what a mobility coordinator keeps between two evaluations: the engine reports a match in the review band, a
/// teacher decides it, and the next evaluation passes the decisions in with the mobility
/// (<see cref="MobilityRecord.Confirmations"/>). Reading and writing: <c>EcvetJson.ParseMatchConfirmationSet</c>.
/// Equality compares every property. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed class MatchConfirmationSet : IEquatable<MatchConfirmationSet>
{
    private MatchConfirmationSet(LearningAgreementId agreement, ImmutableArray<MatchConfirmation> confirmations)
    {
        Agreement = agreement;
        Confirmations = confirmations;
    }

    /// <summary>The learning agreement whose matches were decided.</summary>
    public LearningAgreementId Agreement { get; }

    /// <summary>The verdicts, in the order given.</summary>
    public ImmutableArray<MatchConfirmation> Confirmations { get; }

    /// <summary>Creates a set of confirmations for one agreement.</summary>
    /// <param name="agreement">The learning agreement whose matches were decided.</param>
    /// <param name="confirmations">The verdicts; may be empty.</param>
    /// <returns>The set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> or <paramref name="confirmations"/> is null.</exception>
    /// <exception cref="ArgumentException">A confirmation is null.</exception>
    /// <exception cref="DuplicateValueException">Two confirmations decide the same pair.</exception>
    public static MatchConfirmationSet Create(LearningAgreementId agreement, IEnumerable<MatchConfirmation> confirmations)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(confirmations);
        return new(agreement, Check(confirmations, nameof(confirmations)));
    }

    /// <summary>
    /// The one rule of a list of confirmations, shared with <see cref="MobilityRecord"/>: no null, each pair decided at
    /// most once (two verdicts on one pair would leave the engine to pick one).
    /// </summary>
    internal static ImmutableArray<MatchConfirmation> Check(IEnumerable<MatchConfirmation>? confirmations, string paramName)
    {
        var list = Preconditions.ToImmutable(confirmations);
        Preconditions.CheckNoNulls(list, paramName);
        Preconditions.CheckDistinct(list, c => (c.HostOutcome, c.HomeOutcome), paramName, "confirmation of the pair");
        return list;
    }

    /// <inheritdoc />
    public bool Equals(MatchConfirmationSet? other) => other is not null && Agreement == other.Agreement
        && Equality.SequenceEqual(Confirmations, other.Confirmations);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MatchConfirmationSet other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Agreement, Confirmations.Length);

    /// <summary>The agreement and the number of verdicts.</summary>
    /// <returns>Text such as <c>la-2026-0042: 1 confirmation(s)</c>.</returns>
    public override string ToString() => $"{Agreement}: {Confirmations.Length} confirmation(s)";
}
