using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet;

/// <summary>
/// A unit of learning outcomes: a coherent set of knowledge, skills and competence that can be assessed and validated on
/// its own, as described in Annex II of the ECVET Recommendation.
/// </summary>
/// <remarks>
/// <para>
/// A unit has at least one learning outcome, each with a distinct <see cref="LearningOutcome.Id"/>. ECVET points are not
/// a property of the unit: the same unit may weigh differently in two qualifications, so points live in each
/// <see cref="Qualification"/>'s <see cref="UnitAllocation"/>. Assessment methods appear at most once each, in the order
/// given (most important first). <see cref="ValidityPeriod"/> is how long an achievement of the unit stays valid, for
/// example <c>P5Y</c>; it has only date units (years, months, weeks, days), none negative, and is not zero.
/// </para>
/// <para>
/// Equality compares every property; lists compare element by element in order. This type is immutable and
/// thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record UnitOfLearningOutcomes
{
    internal UnitOfLearningOutcomes(
        UnitId id,
        LocalizedText title,
        ImmutableArray<LearningOutcome> learningOutcomes,
        ImmutableArray<AssessmentMethod> assessmentMethods,
        LocalizedText? assessmentProcedure,
        EqfLevel? level,
        Period? validityPeriod,
        ImmutableArray<EscoOccupationRef> occupations)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(title);
        learningOutcomes = learningOutcomes.OrEmpty();
        Preconditions.CheckNotEmpty(learningOutcomes, nameof(learningOutcomes), "learning outcome");
        Preconditions.CheckNoNulls(learningOutcomes, nameof(learningOutcomes));
        Preconditions.CheckDistinct(learningOutcomes, o => o.Id, nameof(learningOutcomes), "learning outcome id");
        assessmentMethods = assessmentMethods.OrEmpty();
        foreach (var method in assessmentMethods)
        {
            if (!Enum.IsDefined(method))
            {
                throw new ArgumentOutOfRangeException(nameof(assessmentMethods), method, "Not an assessment method.");
            }
        }

        Preconditions.CheckDistinct(assessmentMethods, m => m, nameof(assessmentMethods), "assessment method");
        if (validityPeriod is { } period && !IsPositiveDatePeriod(period))
        {
            throw new ArgumentOutOfRangeException(
                nameof(validityPeriod), period, "The validity period must be positive and made of years, months, weeks and days only, such as P5Y.");
        }

        occupations = occupations.OrEmpty();
        Preconditions.CheckNoNulls(occupations, nameof(occupations));
        Preconditions.CheckDistinct(occupations, o => o, nameof(occupations), "occupation");

        Id = id;
        Title = title;
        LearningOutcomes = learningOutcomes;
        AssessmentMethods = assessmentMethods;
        AssessmentProcedure = assessmentProcedure;
        Level = level;
        ValidityPeriod = validityPeriod;
        Occupations = occupations;
    }

    /// <summary>The unit's identifier.</summary>
    public UnitId Id { get; }

    /// <summary>The unit's title, such as "Hot and cold dishes".</summary>
    public LocalizedText Title { get; }

    /// <summary>The unit's learning outcomes, at least one, with distinct identifiers.</summary>
    public ImmutableArray<LearningOutcome> LearningOutcomes { get; }

    /// <summary>How the outcomes are assessed; each method at most once, most important first.</summary>
    public ImmutableArray<AssessmentMethod> AssessmentMethods { get; }

    /// <summary>The procedure and criteria for assessing the unit, when described.</summary>
    public LocalizedText? AssessmentProcedure { get; }

    /// <summary>The EQF level of the unit, when stated.</summary>
    public EqfLevel? Level { get; }

    /// <summary>How long an achievement of the unit stays valid, such as <c>P5Y</c>; <see langword="null"/> when unlimited.</summary>
    public Period? ValidityPeriod { get; }

    /// <summary>The ESCO occupations the unit prepares for; each at most once.</summary>
    public ImmutableArray<EscoOccupationRef> Occupations { get; }

    /// <summary>The outcomes marked critical, in unit order.</summary>
    public ImmutableArray<LearningOutcome> CriticalOutcomes => [.. LearningOutcomes.Where(o => o.IsCritical)];

    /// <summary>The sum of the outcomes' weights.</summary>
    public decimal TotalOutcomeWeight => LearningOutcomes.Sum(o => o.Weight);

    /// <summary>Creates a unit of learning outcomes.</summary>
    /// <param name="id">The unit's identifier.</param>
    /// <param name="title">The unit's title.</param>
    /// <param name="learningOutcomes">The learning outcomes: at least one, with distinct identifiers.</param>
    /// <param name="assessmentMethods">How the outcomes are assessed; each method at most once.</param>
    /// <param name="assessmentProcedure">The procedure and criteria for assessing the unit, if described.</param>
    /// <param name="level">The EQF level of the unit, if stated.</param>
    /// <param name="validityPeriod">How long an achievement stays valid, such as <c>Period.FromYears(5)</c>, if limited.</param>
    /// <param name="occupations">The ESCO occupations the unit prepares for, each at most once.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="title"/> or <paramref name="learningOutcomes"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An assessment method is not defined, or <paramref name="validityPeriod"/> is zero, negative or has time units.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="learningOutcomes"/> is empty or repeats an identifier, or a list holds null or a duplicate.
    /// </exception>
    public static UnitOfLearningOutcomes Create(
        UnitId id,
        LocalizedText title,
        IEnumerable<LearningOutcome> learningOutcomes,
        IEnumerable<AssessmentMethod>? assessmentMethods = null,
        LocalizedText? assessmentProcedure = null,
        EqfLevel? level = null,
        Period? validityPeriod = null,
        IEnumerable<EscoOccupationRef>? occupations = null)
    {
        ArgumentNullException.ThrowIfNull(learningOutcomes);
        return new(
            id,
            title,
            Preconditions.ToImmutable(learningOutcomes),
            Preconditions.ToImmutable(assessmentMethods),
            assessmentProcedure,
            level,
            validityPeriod,
            Preconditions.ToImmutable(occupations));
    }

    /// <summary>Returns the outcome with the given identifier.</summary>
    /// <param name="id">The outcome's identifier.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The unit has no such outcome.</exception>
    public LearningOutcome GetOutcome(LearningOutcomeId id) =>
        TryGetOutcome(id, out var outcome) ? outcome : throw new KeyNotFoundException($"Unit '{Id}' has no learning outcome '{id}'.");

    /// <summary>Tries to find the outcome with the given identifier.</summary>
    /// <param name="id">The outcome's identifier.</param>
    /// <param name="outcome">The outcome, when found.</param>
    /// <returns><see langword="true"/> when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGetOutcome(LearningOutcomeId id, [NotNullWhen(true)] out LearningOutcome? outcome)
    {
        ArgumentNullException.ThrowIfNull(id);
        foreach (var candidate in LearningOutcomes)
        {
            if (candidate.Id == id)
            {
                outcome = candidate;
                return true;
            }
        }

        outcome = null;
        return false;
    }

    /// <summary>Returns a copy with the outcome added, or replacing the outcome with the same identifier in place.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The changed unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outcome"/> is null.</exception>
    public UnitOfLearningOutcomes WithOutcome(LearningOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var outcomes = LearningOutcomes.Add(outcome);
        for (var i = 0; i < LearningOutcomes.Length; i++)
        {
            if (LearningOutcomes[i].Id == outcome.Id)
            {
                outcomes = LearningOutcomes.SetItem(i, outcome);
                break;
            }
        }

        return new(Id, Title, outcomes, AssessmentMethods, AssessmentProcedure, Level, ValidityPeriod, Occupations);
    }

    /// <summary>Returns a copy with another validity period.</summary>
    /// <param name="validityPeriod">The validity period, or <see langword="null"/> for unlimited.</param>
    /// <returns>The changed unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="validityPeriod"/> is zero, negative or has time units.</exception>
    public UnitOfLearningOutcomes WithValidityPeriod(Period? validityPeriod) =>
        new(Id, Title, LearningOutcomes, AssessmentMethods, AssessmentProcedure, Level, validityPeriod, Occupations);

    /// <summary>Whether both units have equal properties. See the type documentation.</summary>
    /// <param name="other">The unit to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(UnitOfLearningOutcomes? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && Equality.SequenceEqual(LearningOutcomes, other.LearningOutcomes)
        && Equality.SequenceEqual(AssessmentMethods, other.AssessmentMethods)
        && AssessmentProcedure == other.AssessmentProcedure
        && Level == other.Level
        && ValidityPeriod == other.ValidityPeriod
        && Equality.SequenceEqual(Occupations, other.Occupations);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            Id,
            Title,
            Equality.SequenceHash(LearningOutcomes),
            Equality.SequenceHash(AssessmentMethods),
            AssessmentProcedure,
            Level,
            ValidityPeriod,
            Equality.SequenceHash(Occupations));

    /// <summary>The identifier and title in English or the first language, such as <c>cook-u3: Hot and cold dishes</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => $"{Id}: {Title.GetBestMatch(LanguageTag.English)}";

    private static bool IsPositiveDatePeriod(Period period) =>
        !period.HasTimeComponent
        && period.Years >= 0 && period.Months >= 0 && period.Weeks >= 0 && period.Days >= 0
        && !period.Equals(Period.Zero);
}
