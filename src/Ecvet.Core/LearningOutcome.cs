using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A learning outcome: a statement of what a learner knows, understands and is able to do, typed as knowledge, skill
/// or competence.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Weight"/> is the outcome's relative weight inside its unit (greater than zero, 1 by default);
/// <see cref="IsCritical"/> marks an outcome that must be covered for full recognition of the unit. ESCO skills and
/// related skill URIs are evidence for matching; each appears at most once, in the order given.
/// </para>
/// <para>
/// Equality compares every property; <see cref="Statement"/> and <see cref="AssessmentCriteria"/> compare as
/// <see cref="LocalizedText"/> does, and the skill lists compare element by element in order. This type is immutable and
/// thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LearningOutcome
{
    internal LearningOutcome(
        LearningOutcomeId id,
        LocalizedText statement,
        LearningOutcomeType type,
        EqfLevel? level,
        ImmutableArray<EscoSkillRef> escoSkills,
        ImmutableArray<Uri> relatedSkills,
        decimal weight,
        bool isCritical,
        LocalizedText? assessmentCriteria,
        string? groupKey)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(statement);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "Not a learning outcome type: expected knowledge, skill or competence.");
        }

        escoSkills = escoSkills.OrEmpty();
        Preconditions.CheckNoNulls(escoSkills, nameof(escoSkills));
        Preconditions.CheckDistinct(escoSkills, s => s, nameof(escoSkills), "ESCO skill"); // EscoSkillRef equality is by URI
        relatedSkills = relatedSkills.OrEmpty();
        Preconditions.CheckNoNulls(relatedSkills, nameof(relatedSkills));
        foreach (var uri in relatedSkills)
        {
            Links.Check(uri, nameof(relatedSkills), "A related skill");
        }

        Preconditions.CheckDistinct(relatedSkills, u => u.OriginalString, nameof(relatedSkills), "related skill");
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(weight);
        if (groupKey is not null && !IdentifierSyntax.IsToken(groupKey))
        {
            throw new ArgumentException($"A group key must be {Preconditions.TokenRule}.", nameof(groupKey));
        }

        Id = id;
        Statement = statement;
        Type = type;
        Level = level;
        EscoSkills = escoSkills;
        RelatedSkills = relatedSkills;
        Weight = weight;
        IsCritical = isCritical;
        AssessmentCriteria = assessmentCriteria;
        GroupKey = groupKey;
    }

    /// <summary>The outcome's identifier, unique within its unit.</summary>
    public LearningOutcomeId Id { get; }

    /// <summary>What the learner knows or can do, such as "Prepares hot dishes using boiling, braising, …".</summary>
    public LocalizedText Statement { get; }

    /// <summary>Knowledge, skill or competence.</summary>
    public LearningOutcomeType Type { get; }

    /// <summary>The EQF level the outcome is pitched at, when stated.</summary>
    public EqfLevel? Level { get; }

    /// <summary>The ESCO skills this outcome corresponds to; each at most once.</summary>
    public ImmutableArray<EscoSkillRef> EscoSkills { get; }

    /// <summary>Skills of other frameworks this outcome corresponds to, as absolute URIs; each at most once.</summary>
    public ImmutableArray<Uri> RelatedSkills { get; }

    /// <summary>The relative weight of the outcome inside its unit; greater than zero, 1 by default.</summary>
    public decimal Weight { get; }

    /// <summary>Whether the outcome must be covered for the unit to be fully recognised.</summary>
    public bool IsCritical { get; }

    /// <summary>The criteria an assessor applies to this outcome, when stated.</summary>
    public LocalizedText? AssessmentCriteria { get; }

    /// <summary>
    /// A key that groups outcomes of a unit (for example under a sub-heading of the unit description), when stated.
    /// </summary>
    public string? GroupKey { get; }

    /// <summary>Creates a learning outcome.</summary>
    /// <param name="id">The outcome's identifier, unique within its unit.</param>
    /// <param name="statement">What the learner knows or can do.</param>
    /// <param name="type">Knowledge, skill or competence.</param>
    /// <param name="level">The EQF level the outcome is pitched at, if stated.</param>
    /// <param name="escoSkills">The ESCO skills the outcome corresponds to, each at most once.</param>
    /// <param name="relatedSkills">Skills of other frameworks, as distinct absolute URIs.</param>
    /// <param name="weight">The relative weight inside the unit; greater than zero.</param>
    /// <param name="isCritical">Whether the outcome must be covered for full recognition.</param>
    /// <param name="assessmentCriteria">The assessment criteria, if stated.</param>
    /// <param name="groupKey">A grouping key inside the unit, if any; a valid identifier (non-empty, trimmed, no control characters).</param>
    /// <returns>The learning outcome.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="statement"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="type"/> is not defined, or <paramref name="weight"/> is zero or negative.
    /// </exception>
    /// <exception cref="ArgumentException">
    /// A skill list holds null or a duplicate, a related skill is not absolute, or <paramref name="groupKey"/> is invalid.
    /// </exception>
    public static LearningOutcome Create(
        LearningOutcomeId id,
        LocalizedText statement,
        LearningOutcomeType type,
        EqfLevel? level = null,
        IEnumerable<EscoSkillRef>? escoSkills = null,
        IEnumerable<Uri>? relatedSkills = null,
        decimal weight = 1m,
        bool isCritical = false,
        LocalizedText? assessmentCriteria = null,
        string? groupKey = null) =>
        new(id, statement, type, level, Preconditions.ToImmutable(escoSkills), Preconditions.ToImmutable(relatedSkills), weight, isCritical, assessmentCriteria, groupKey);

    /// <summary>Returns a copy with another weight.</summary>
    /// <param name="weight">The relative weight inside the unit; greater than zero.</param>
    /// <returns>The changed outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="weight"/> is zero or negative.</exception>
    public LearningOutcome WithWeight(decimal weight) =>
        new(Id, Statement, Type, Level, EscoSkills, RelatedSkills, weight, IsCritical, AssessmentCriteria, GroupKey);

    /// <summary>Returns a copy marked critical or not.</summary>
    /// <param name="isCritical">Whether the outcome must be covered for full recognition.</param>
    /// <returns>The changed outcome.</returns>
    public LearningOutcome WithCritical(bool isCritical) =>
        new(Id, Statement, Type, Level, EscoSkills, RelatedSkills, Weight, isCritical, AssessmentCriteria, GroupKey);

    /// <summary>Whether both outcomes have equal properties. See the type documentation.</summary>
    /// <param name="other">The outcome to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(LearningOutcome? other) =>
        other is not null
        && Id == other.Id
        && Statement == other.Statement
        && Type == other.Type
        && Level == other.Level
        && Equality.SequenceEqual(EscoSkills, other.EscoSkills)
        && Equality.SequenceEqual(RelatedSkills, other.RelatedSkills, Equality.ExactUri)
        && Weight == other.Weight
        && IsCritical == other.IsCritical
        && AssessmentCriteria == other.AssessmentCriteria
        && string.Equals(GroupKey, other.GroupKey, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.Add(Id);
        hash.Add(Statement);
        hash.Add(Type);
        hash.Add(Level);
        hash.Add(Equality.SequenceHash(EscoSkills));
        hash.Add(Equality.SequenceHash(RelatedSkills, Equality.ExactUri));
        hash.Add(Weight);
        hash.Add(IsCritical);
        hash.Add(AssessmentCriteria);
        hash.Add(GroupKey, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    /// <summary>The identifier, type and statement in English or the first language, such as <c>cook-u3-lo1 (skill): Prepares…</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() =>
        $"{Id} ({Type}): {Statement.GetBestMatch(LanguageTag.English)}";
}
