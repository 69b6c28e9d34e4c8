using NodaTime;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// One piece of host evidence, the same whichever report uses it: the host, the evidence path, the assessed unit or
/// outcome and the day of the assessment.
/// </summary>
internal readonly record struct EvidenceKey(InstitutionId Host, EvidenceKind Kind, string Source, LocalDate AssessedOn)
{
    public static EvidenceKey Of(InstitutionId host, OutcomeEvidence evidence) => new(host, evidence.Kind, evidence.Source, evidence.AssessedOn);

    /// <summary>
    /// What the evidence may count for. An assessment of a home unit or outcome and a MoU equivalence evidence the
    /// outcomes of one home unit; a host outcome, matched one to one, evidences one home outcome.
    /// </summary>
    public static string Target(UnitId unit, LearningOutcomeId outcome, OutcomeEvidence evidence) =>
        evidence.Kind == EvidenceKind.MatchedHostOutcome ? "outcome " + outcome.Value : "unit " + unit.Value;
}
