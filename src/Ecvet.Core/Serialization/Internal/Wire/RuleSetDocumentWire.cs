using System.Text.Json.Serialization;
using Ecvet.Recognition;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records of the recognition rule set. Property order here is the order written.

/// <summary><c>{ "schemaVersion": "1.0", "id": …, "version": …, "policy": { … }, "rules": [ … ] }</c>.</summary>
internal sealed record RuleSetDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Id { get; init; }

    public required string Version { get; init; }

    public required RecognitionPolicyWire Policy { get; init; }

    public required List<RecognitionRuleWire> Rules { get; init; }
}

/// <summary>Every threshold of the policy; all required, so a rule set says what it decides with.</summary>
internal sealed record RecognitionPolicyWire
{
    public required double EquivalenceThreshold { get; init; }

    public required double ReviewThreshold { get; init; }

    public required decimal FullCoverage { get; init; }

    public required decimal PartialCoverage { get; init; }

    public required PartialPointsPolicy PartialPoints { get; init; }

    public required decimal PointsStep { get; init; }

    public required int MaxEqfLevelGap { get; init; }

    public required int AssessmentGraceDays { get; init; }

    public required int GuardianAge { get; init; }

    public required bool AllowNoMouPath { get; init; }

    public required int SignatureGraceDays { get; init; }

    public required bool AllowTypeMismatch { get; init; }
}

/// <summary><c>{ "id": "MOU-002", "scope": "agreement", "severity": "blocking", "condition": { … }, "message": … }</c>.</summary>
internal sealed record RecognitionRuleWire
{
    public required string Id { get; init; }

    public required RuleScope Scope { get; init; }

    public required RuleSeverity Severity { get; init; }

    public required ConditionWire Condition { get; init; }

    public required string Message { get; init; }
}

/// <summary>
/// A condition node: <c>{"kind": "allOf" | "anyOf", "parts": [ … ]}</c>, <c>{"kind": "not", "part": { … }}</c>,
/// <c>{"kind": "predicate", "name": …}</c>, or a check by name, <c>{"kind": "mouValidForPeriod"}</c>. Members a kind does
/// not use are left out.
/// </summary>
internal sealed record ConditionWire
{
    public required string Kind { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<ConditionWire>? Parts { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ConditionWire? Part { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; init; }
}
