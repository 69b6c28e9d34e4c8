using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Agreements;

/// <summary>
/// What a learner is expected to learn abroad for one home unit: the whole unit or listed outcomes, the ECVET points
/// expected, the learning activities, how the host assesses it, and whether the home recognises it automatically.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Outcomes"/> empty means the whole unit; otherwise the listed outcomes, each once.
/// <see cref="ExpectedPoints"/> never exceeds <see cref="HomeAllocation"/>, the points the home qualification allocates
/// to the unit. Recognition is automatic when there are no <see cref="RecognitionConditions"/> (as in EWP, stating
/// conditions means "not automatically").
/// </para>
/// <para>Equality compares every property, outcomes in order. This type is immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ExpectedLearning
{
    private ExpectedLearning(UnitId unit, ImmutableArray<LearningOutcomeId> outcomes, CreditPoints expectedPoints,
        CreditPoints homeAllocation, LocalizedText? activities, AssessmentArrangement assessment, LocalizedText? recognitionConditions)
    {
        ArgumentNullException.ThrowIfNull(unit);
        outcomes = outcomes.OrEmpty();
        foreach (var outcome in outcomes)
        {
            if (outcome is null)
            {
                throw new ArgumentException("The collection must not contain null.", nameof(outcomes));
            }
        }

        Preconditions.CheckDistinct(outcomes, o => o, nameof(outcomes), "learning outcome");
        if (expectedPoints > homeAllocation)
        {
            throw new ArgumentOutOfRangeException(nameof(expectedPoints), expectedPoints,
                $"The expected points ({expectedPoints}) exceed the home allocation of unit {unit} ({homeAllocation}).");
        }

        Unit = unit;
        Outcomes = outcomes;
        ExpectedPoints = expectedPoints;
        HomeAllocation = homeAllocation;
        Activities = activities;
        Assessment = assessment ?? throw new ArgumentNullException(nameof(assessment));
        RecognitionConditions = recognitionConditions;
    }

    /// <summary>The home unit.</summary>
    public UnitId Unit { get; }

    /// <summary>The outcomes of the unit to be learned abroad; empty for the whole unit.</summary>
    public ImmutableArray<LearningOutcomeId> Outcomes { get; }

    /// <summary>Whether the whole unit is expected (no outcomes listed).</summary>
    public bool IsWholeUnit => Outcomes.IsEmpty;

    /// <summary>The ECVET points expected for this learning; at most <see cref="HomeAllocation"/>.</summary>
    public CreditPoints ExpectedPoints { get; }

    /// <summary>The points the home qualification allocates to the unit.</summary>
    public CreditPoints HomeAllocation { get; }

    /// <summary>The learning activities abroad (place, tasks, courses), if described.</summary>
    public LocalizedText? Activities { get; }

    /// <summary>How the host assesses this learning.</summary>
    public AssessmentArrangement Assessment { get; }

    /// <summary>The conditions the home sets for recognition; <see langword="null"/> when recognition is automatic.</summary>
    public LocalizedText? RecognitionConditions { get; }

    /// <summary>Whether the home recognises this learning automatically once the host assessed it positively.</summary>
    public bool IsRecognisedAutomatically => RecognitionConditions is null;

    /// <summary>Creates expected learning.</summary>
    /// <param name="unit">The home unit.</param>
    /// <param name="outcomes">The outcomes to be learned abroad; empty (or null) for the whole unit.</param>
    /// <param name="expectedPoints">The points expected; at most <paramref name="homeAllocation"/>.</param>
    /// <param name="homeAllocation">The points the home qualification allocates to the unit.</param>
    /// <param name="assessment">How the host assesses this learning.</param>
    /// <param name="activities">The learning activities abroad, if described.</param>
    /// <param name="recognitionConditions">Conditions for recognition; null for automatic recognition.</param>
    /// <returns>The expected learning.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> or <paramref name="assessment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outcomes"/> contains null or repeats an outcome.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedPoints"/> exceeds <paramref name="homeAllocation"/>.</exception>
    public static ExpectedLearning Create(UnitId unit, IEnumerable<LearningOutcomeId>? outcomes, CreditPoints expectedPoints,
        CreditPoints homeAllocation, AssessmentArrangement assessment, LocalizedText? activities = null,
        LocalizedText? recognitionConditions = null) =>
        new(unit, outcomes is null ? [] : [.. outcomes], expectedPoints, homeAllocation, activities, assessment, recognitionConditions);

    /// <inheritdoc />
    public bool Equals(ExpectedLearning? other) => other is not null && Unit == other.Unit
        && Equality.SequenceEqual(Outcomes, other.Outcomes) && ExpectedPoints == other.ExpectedPoints
        && HomeAllocation == other.HomeAllocation && Equals(Activities, other.Activities)
        && Assessment.Equals(other.Assessment) && Equals(RecognitionConditions, other.RecognitionConditions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Unit, Equality.SequenceHash(Outcomes), ExpectedPoints, HomeAllocation);

    /// <summary>The unit, its scope and the points.</summary>
    /// <returns>Text such as <c>cook-u3 (whole unit, 10 of 10 points)</c>.</returns>
    public override string ToString() =>
        $"{Unit} ({(IsWholeUnit ? "whole unit" : $"{Outcomes.Length} outcomes")}, {ExpectedPoints} of {HomeAllocation} points)";
}
