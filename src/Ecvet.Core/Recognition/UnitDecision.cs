using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// The decision for one home unit targeted by the agreement: the outcome, the points awarded, the coverage, the covered
/// outcomes with their evidence, the matches awaiting confirmation and the reasons.
/// </summary>
/// <remarks>
/// Points never exceed <see cref="Allocation"/> and are zero unless the unit is recognised in full or in part.
/// Equality compares every property. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record UnitDecision
{
    internal UnitDecision(UnitId unit, RecognitionOutcome outcome, CreditPoints points, CreditPoints allocation, decimal coverage,
        bool wholeUnitTargeted, ImmutableArray<LearningOutcomeId> targeted, ImmutableArray<CoveredOutcome> covered,
        ImmutableArray<PendingMatch> awaitingConfirmation, ImmutableArray<string> reasons)
    {
        Unit = unit ?? throw new ArgumentNullException(nameof(unit));
        if (!Enum.IsDefined(outcome))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a defined recognition outcome.");
        }

        if (points > allocation)
        {
            throw new ArgumentException($"The points awarded, {points}, are more than the unit's allocation, {allocation}.", nameof(points));
        }

        if (points != CreditPoints.Zero && outcome is not (RecognitionOutcome.Full or RecognitionOutcome.Partial))
        {
            throw new ArgumentException($"A unit that is {outcome} is awarded no points.", nameof(points));
        }

        if (coverage is < 0m or > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(coverage), coverage, "The coverage lies between 0 and 1.");
        }

        targeted = targeted.OrEmpty();
        Preconditions.CheckNoNulls(targeted, nameof(targeted));
        Preconditions.CheckDistinct(targeted, o => o, nameof(targeted), "targeted outcome");
        covered = covered.OrEmpty();
        Preconditions.CheckNoNulls(covered, nameof(covered));
        Preconditions.CheckDistinct(covered, c => c.Outcome, nameof(covered), "covered outcome");
        foreach (var c in covered)
        {
            if (!targeted.Contains(c.Outcome))
            {
                throw new ArgumentException($"The covered outcome {c.Outcome} is not one of the targeted outcomes.", nameof(covered));
            }
        }

        awaitingConfirmation = awaitingConfirmation.OrEmpty();
        Preconditions.CheckNoNulls(awaitingConfirmation, nameof(awaitingConfirmation));
        foreach (var pending in awaitingConfirmation)
        {
            if (!targeted.Contains(pending.HomeOutcome))
            {
                throw new ArgumentException($"The outcome {pending.HomeOutcome} awaiting confirmation is not one of the targeted outcomes.", nameof(awaitingConfirmation));
            }
        }

        reasons = reasons.OrEmpty();
        foreach (var reason in reasons)
        {
            _ = Preconditions.CheckText(reason, nameof(reasons));
        }

        Outcome = outcome;
        Points = points;
        Allocation = allocation;
        Coverage = coverage;
        WholeUnitTargeted = wholeUnitTargeted;
        TargetedOutcomes = targeted;
        CoveredOutcomes = covered;
        AwaitingConfirmation = awaitingConfirmation;
        Reasons = reasons;
    }

    /// <summary>The home unit.</summary>
    public UnitId Unit { get; }

    /// <summary>Full, partial, deferred or not recognised.</summary>
    public RecognitionOutcome Outcome { get; }

    /// <summary>The points awarded now: the allocation when full, per the policy when partial, else zero.</summary>
    public CreditPoints Points { get; }

    /// <summary>The home qualification's allocation for the unit; zero when it allocates none.</summary>
    public CreditPoints Allocation { get; }

    /// <summary>The weight of the covered targeted outcomes over the weight of all targeted outcomes, rounded to 4 decimals.</summary>
    public decimal Coverage { get; }

    /// <summary>Whether the agreement targeted the whole unit.</summary>
    public bool WholeUnitTargeted { get; }

    /// <summary>The home outcomes the agreement targeted (every outcome of the unit when it targeted the whole unit).</summary>
    public ImmutableArray<LearningOutcomeId> TargetedOutcomes { get; }

    /// <summary>The outcomes that count, with the evidence used; banked as credit toward the unit when it is partial.</summary>
    public ImmutableArray<CoveredOutcome> CoveredOutcomes { get; }

    /// <summary>Matches in the review band that await a person's confirmation.</summary>
    public ImmutableArray<PendingMatch> AwaitingConfirmation { get; }

    /// <summary>
    /// Why the decision is what it is: the identifiers of the blocking rules that failed or could not be evaluated, and
    /// <c>coverage</c> when too little of the unit is covered.
    /// </summary>
    public ImmutableArray<string> Reasons { get; }

    /// <inheritdoc />
    public bool Equals(UnitDecision? other) => other is not null && Unit == other.Unit && Outcome == other.Outcome
        && Points == other.Points && Allocation == other.Allocation && Coverage == other.Coverage
        && WholeUnitTargeted == other.WholeUnitTargeted && Equality.SequenceEqual(TargetedOutcomes, other.TargetedOutcomes)
        && Equality.SequenceEqual(CoveredOutcomes, other.CoveredOutcomes)
        && Equality.SequenceEqual(AwaitingConfirmation, other.AwaitingConfirmation) && Equality.SequenceEqual(Reasons, other.Reasons);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Outcome, Points, Coverage, Equality.SequenceHash(Reasons));

    /// <summary>The unit, outcome, points and coverage.</summary>
    /// <returns>Text such as <c>fi-u3: Partial, 37.5 of 50 points, coverage 0.75</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Unit}: {Outcome}, {Points} of {Allocation} points, coverage {Coverage:0.####}");
}
