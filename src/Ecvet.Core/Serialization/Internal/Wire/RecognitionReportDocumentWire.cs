using System.Text.Json.Serialization;
using Ecvet.Recognition;
using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records of the recognition report. Property order here is the order written.

/// <summary>
/// <c>{ "schemaVersion": "1.0", "ruleSet": { "id", "version" }, "evaluatedOn", "agreement": { "id", "version" }, "learner",
/// "homeQualification", "host", "decisions": [ … ], "trace": [ … ] }</c>.
/// </summary>
internal sealed record RecognitionReportDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required RuleSetReferenceWire RuleSet { get; init; }

    public required LocalDate EvaluatedOn { get; init; }

    public required AgreementReferenceWire Agreement { get; init; }

    public required LearnerWire Learner { get; init; }

    public required string HomeQualification { get; init; }

    public required string Host { get; init; }

    public required List<UnitDecisionWire> Decisions { get; init; }

    public required List<RuleResultWire> Trace { get; init; }
}

/// <summary><c>{ "id": "ecvet-default", "version": "1.0.0" }</c>.</summary>
internal sealed record RuleSetReferenceWire
{
    public required string Id { get; init; }

    public required string Version { get; init; }
}

/// <summary><c>{ "id": "la-2026-0042", "version": 2 }</c>: the agreement and the number of the version read.</summary>
internal sealed record AgreementReferenceWire
{
    public required string Id { get; init; }

    public required int Version { get; init; }
}

/// <summary>The decision for one home unit; points are plain ECVET numbers.</summary>
internal sealed record UnitDecisionWire
{
    public required string Unit { get; init; }

    public required RecognitionOutcome Outcome { get; init; }

    public required decimal Points { get; init; }

    public required decimal Allocation { get; init; }

    public required decimal Coverage { get; init; }

    public required bool WholeUnitTargeted { get; init; }

    public required List<string> TargetedOutcomes { get; init; }

    public required List<CoveredOutcomeWire> CoveredOutcomes { get; init; }

    public required List<PendingMatchWire> AwaitingConfirmation { get; init; }

    public required List<string> Reasons { get; init; }
}

/// <summary><c>{ "outcome": "fi-cook-u3-lo1", "evidence": { … } }</c>.</summary>
internal sealed record CoveredOutcomeWire
{
    public required string Outcome { get; init; }

    public required OutcomeEvidenceWire Evidence { get; init; }
}

/// <summary>How an outcome is evidenced; <c>similarity</c> and <c>confirmation</c> only for a matched host outcome.</summary>
internal sealed record OutcomeEvidenceWire
{
    public required EvidenceKind Kind { get; init; }

    public required string Source { get; init; }

    public required LocalDate AssessedOn { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? Similarity { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MatchConfirmationWire? Confirmation { get; init; } // the record of the match confirmation set document

    public required List<string> Paths { get; init; }
}

/// <summary><c>{ "homeOutcome", "hostOutcome", "similarity" }</c>.</summary>
internal sealed record PendingMatchWire
{
    public required string HomeOutcome { get; init; }

    public required string HostOutcome { get; init; }

    public required double Similarity { get; init; }
}

/// <summary>One trace line; <c>subject</c> is null for a rule about the mobility as a whole.</summary>
internal sealed record RuleResultWire
{
    public required string RuleId { get; init; }

    public required RuleScope Scope { get; init; }

    public required RuleSeverity Severity { get; init; }

    public required string? Subject { get; init; }

    public required Truth Truth { get; init; }

    public required string Code { get; init; }

    public required string Message { get; init; }

    public required List<string> Evidence { get; init; }
}
