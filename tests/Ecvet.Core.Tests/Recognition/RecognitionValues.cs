using System.Collections.Immutable;
using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>Small, hand-made recognition values (evidence, trace lines, decisions, reports) for the rule-by-rule tests.</summary>
internal static class RecognitionValues
{
    public static LocalDate AssessedOn { get; } = new(2026, 5, 20);

    public static Instant DecidedAt { get; } = Instant.FromUtc(2026, 6, 1, 9, 0);

    public static OutcomeEvidence Assessed(string source = "fi-cook-u3-lo1", LocalDate? on = null, params string[] paths) =>
        new(EvidenceKind.HomeAssessment, source, on ?? AssessedOn, null, null, [.. paths]);

    public static OutcomeEvidence Matched(double similarity, MatchConfirmation? confirmation = null, string source = "es-cocina-lo1") =>
        new(EvidenceKind.MatchedHostOutcome, source, AssessedOn, similarity, confirmation, []);

    public static MatchConfirmation Confirmed(string by = "Pekka Mäkinen") => MatchConfirmation.Confirm(HostLo(1), Lo(3, 1), by, DecidedAt);

    public static RuleResult Result(string ruleId = "LA-002", Truth truth = Truth.False, string? subject = null,
        RuleSeverity severity = RuleSeverity.Blocking, string message = "The agreement is signed.", string code = "agreementSigned.false",
        RuleScope scope = RuleScope.Agreement, params string[] evidence) =>
        new(ruleId, scope, severity, subject, truth, code, message, [.. evidence]);

    public static UnitDecision Decision(UnitId unit, RecognitionOutcome outcome = RecognitionOutcome.Full, decimal points = 50,
        decimal allocation = 50, decimal coverage = 1m, ImmutableArray<LearningOutcomeId> targeted = default,
        ImmutableArray<CoveredOutcome> covered = default, ImmutableArray<PendingMatch> pending = default, params string[] reasons) =>
        new(unit, outcome, CreditPoints.From(points), CreditPoints.From(allocation), coverage, false, targeted, covered, pending, [.. reasons]);

    public static RecognitionReport Report(ImmutableArray<UnitDecision> decisions = default, ImmutableArray<RuleResult> trace = default,
        string ruleSetId = "ecvet-default", string ruleSetVersion = "1.0.0", LocalDate? evaluatedOn = null, string agreement = "la-2026-0042",
        int agreementVersion = 1, InstitutionId? host = null) =>
        new(ruleSetId, ruleSetVersion, evaluatedOn ?? Today, agreement, agreementVersion, Learner(), QualificationRef.Id, host ?? Host, decisions, trace);
}
