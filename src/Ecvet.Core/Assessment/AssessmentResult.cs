using System.Collections.Immutable;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Assessment;

/// <summary>
/// The result of assessing one learning outcome or one unit: status, grade in a grading scheme, who assessed it, when,
/// how, and links to the evidence.
/// </summary>
/// <remarks>
/// <para>
/// Exactly one of <see cref="Outcome"/> and <see cref="Unit"/> is the target, and <see cref="Catalogue"/> says whether it
/// is a home target (named in the learning agreement) or one of the host's own. The grade belongs to the
/// <see cref="Scheme"/>. <see cref="AssessmentStatus.Passed"/> needs a passing grade, <see cref="AssessmentStatus.Failed"/>
/// a failing one, and <see cref="AssessmentStatus.InProgress"/> no grade. Evidence links are absolute URIs, each once.
/// </para>
/// <para>
/// Equality compares every property, evidence in order and as written (<see cref="Uri.Equals(object)"/> would ignore
/// the fragment, which the document and its hash keep). This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record AssessmentResult
{
    private AssessmentResult(LearningOutcomeId? outcome, UnitId? unit, TargetCatalogue catalogue, AssessmentStatus status, InstitutionId assessingInstitution,
        PersonName assessor, LocalDate assessedOn, AssessmentMethod method, GradingScheme scheme, string? grade, ImmutableArray<Uri> evidence)
    {
        if ((outcome is null) == (unit is null))
        {
            throw new ArgumentException("An assessment result targets exactly one learning outcome or one unit.", outcome is null ? nameof(unit) : nameof(outcome));
        }

        if (!Enum.IsDefined(catalogue))
        {
            throw new ArgumentOutOfRangeException(nameof(catalogue), catalogue, "Unknown target catalogue; a result assesses a home or a host target.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown assessment status.");
        }

        ArgumentNullException.ThrowIfNull(assessingInstitution);
        ArgumentNullException.ThrowIfNull(assessor);
        if (!Enum.IsDefined(method))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown assessment method.");
        }

        ArgumentNullException.ThrowIfNull(scheme);
        if (status == AssessmentStatus.InProgress)
        {
            if (grade is not null)
            {
                throw new ArgumentException("An assessment in progress has no grade yet.", nameof(grade));
            }
        }
        else
        {
            if (grade is null)
            {
                throw new ArgumentNullException(nameof(grade), $"A result with status {status} needs a grade.");
            }

            scheme.CheckGrade(grade, nameof(grade));
            var passing = scheme.IsPassing(grade);
            if (passing != (status == AssessmentStatus.Passed))
            {
                throw new ArgumentException(
                    $"The grade '{grade}' {(passing ? "passes" : "fails")} in scheme '{scheme.Id}', but the status is {status}.", nameof(grade));
            }
        }

        evidence = Preconditions.ToArrayWithoutNulls(evidence, nameof(evidence));
        foreach (var link in evidence)
        {
            Links.Check(link, nameof(evidence), "An evidence link");
        }

        Preconditions.CheckDistinct(evidence, e => e.AbsoluteUri, nameof(evidence), "evidence link");
        Outcome = outcome;
        Unit = unit;
        Catalogue = catalogue;
        Status = status;
        AssessingInstitution = assessingInstitution;
        Assessor = assessor;
        AssessedOn = Dates.Check(assessedOn, nameof(assessedOn));
        Method = method;
        Scheme = scheme;
        Grade = grade;
        Evidence = evidence;
    }

    /// <summary>The assessed learning outcome, when the result is for one outcome.</summary>
    public LearningOutcomeId? Outcome { get; }

    /// <summary>The assessed unit, when the result is for a whole unit.</summary>
    public UnitId? Unit { get; }

    /// <summary>Whether the target is a home outcome or unit (named in the learning agreement) or one of the host's own.</summary>
    public TargetCatalogue Catalogue { get; }

    /// <summary>Whether the target is one of the host's own outcomes or units.</summary>
    public bool IsHostTarget => Catalogue == TargetCatalogue.Host;

    /// <summary>Passed, failed or in progress.</summary>
    public AssessmentStatus Status { get; }

    /// <summary>The target with its catalogue, such as <c>outcome fi-cook-u3-lo1</c> or <c>host unit es-cocina</c>: one key per target.</summary>
    internal string TargetKey => $"{(IsHostTarget ? "host " : string.Empty)}{(Outcome is not null ? $"outcome {Outcome}" : $"unit {Unit}")}";

    /// <summary>The institution that assessed.</summary>
    public InstitutionId AssessingInstitution { get; }

    /// <summary>The person who assessed.</summary>
    public PersonName Assessor { get; }

    /// <summary>The day of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>How the learner was assessed.</summary>
    public AssessmentMethod Method { get; }

    /// <summary>The grading scheme of <see cref="Grade"/>.</summary>
    public GradingScheme Scheme { get; }

    /// <summary>The grade, a grade of <see cref="Scheme"/>; <see langword="null"/> while in progress.</summary>
    public string? Grade { get; }

    /// <summary>Links to the evidence (portfolio items, recordings, reports).</summary>
    public ImmutableArray<Uri> Evidence { get; }

    /// <summary>Whether the result is passed.</summary>
    public bool IsPassed => Status == AssessmentStatus.Passed;

    /// <summary>Creates the result of assessing one learning outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <param name="status">Passed, failed or in progress.</param>
    /// <param name="assessingInstitution">The institution that assessed.</param>
    /// <param name="assessor">The person who assessed.</param>
    /// <param name="assessedOn">The day.</param>
    /// <param name="method">How.</param>
    /// <param name="scheme">The grading scheme.</param>
    /// <param name="grade">The grade; null while in progress.</param>
    /// <param name="evidence">Links to the evidence, if any.</param>
    /// <param name="catalogue">Whose target it is: a home target named in the agreement (the default) or one of the host's own.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or the grade is missing for a finished assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/>, <paramref name="method"/> or <paramref name="catalogue"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The grade is not of the scheme or contradicts the status, or an evidence link is not absolute or repeated.</exception>
    public static AssessmentResult ForOutcome(LearningOutcomeId outcome, AssessmentStatus status, InstitutionId assessingInstitution,
        PersonName assessor, LocalDate assessedOn, AssessmentMethod method, GradingScheme scheme, string? grade,
        IEnumerable<Uri>? evidence = null, TargetCatalogue catalogue = TargetCatalogue.Home)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return new(outcome, null, catalogue, status, assessingInstitution, assessor, assessedOn, method, scheme, grade, evidence is null ? [] : [.. evidence]);
    }

    /// <summary>Creates the result of assessing a whole unit.</summary>
    /// <param name="unit">The unit.</param>
    /// <param name="status">Passed, failed or in progress.</param>
    /// <param name="assessingInstitution">The institution that assessed.</param>
    /// <param name="assessor">The person who assessed.</param>
    /// <param name="assessedOn">The day.</param>
    /// <param name="method">How.</param>
    /// <param name="scheme">The grading scheme.</param>
    /// <param name="grade">The grade; null while in progress.</param>
    /// <param name="evidence">Links to the evidence, if any.</param>
    /// <param name="catalogue">Whose target it is: a home target named in the agreement (the default) or one of the host's own.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or the grade is missing for a finished assessment.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/>, <paramref name="method"/> or <paramref name="catalogue"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The grade is not of the scheme or contradicts the status, or an evidence link is not absolute or repeated.</exception>
    public static AssessmentResult ForUnit(UnitId unit, AssessmentStatus status, InstitutionId assessingInstitution,
        PersonName assessor, LocalDate assessedOn, AssessmentMethod method, GradingScheme scheme, string? grade,
        IEnumerable<Uri>? evidence = null, TargetCatalogue catalogue = TargetCatalogue.Home)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return new(null, unit, catalogue, status, assessingInstitution, assessor, assessedOn, method, scheme, grade, evidence is null ? [] : [.. evidence]);
    }

    /// <summary>Creates a result from its parts, as read from JSON.</summary>
    internal static AssessmentResult FromParts(LearningOutcomeId? outcome, UnitId? unit, TargetCatalogue catalogue, AssessmentStatus status,
        InstitutionId assessingInstitution, PersonName assessor, LocalDate assessedOn, AssessmentMethod method,
        GradingScheme scheme, string? grade, ImmutableArray<Uri> evidence) =>
        new(outcome, unit, catalogue, status, assessingInstitution, assessor, assessedOn, method, scheme, grade, evidence);

    /// <inheritdoc />
    public bool Equals(AssessmentResult? other) => other is not null && Outcome == other.Outcome && Unit == other.Unit
        && Catalogue == other.Catalogue && Status == other.Status && AssessingInstitution == other.AssessingInstitution && Assessor == other.Assessor
        && AssessedOn == other.AssessedOn && Method == other.Method && Scheme.Equals(other.Scheme) && Grade == other.Grade
        && Equality.SequenceEqual(Evidence, other.Evidence, Equality.ExactUri);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Outcome, Unit, Catalogue, Status, AssessedOn, Grade, Equality.SequenceHash(Evidence, Equality.ExactUri));

    /// <summary>The target, status and grade.</summary>
    /// <returns>Text such as <c>unit cook-u3: Passed (8 in es-vet-0-10)</c>, or <c>host unit es-cocina: …</c> for a host target.</returns>
    public override string ToString() =>
        $"{TargetKey}: {Status}{(Grade is null ? string.Empty : $" ({Grade} in {Scheme.Id})")}";
}
