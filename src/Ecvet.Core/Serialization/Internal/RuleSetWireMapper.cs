using System.Collections.Immutable;
using Ecvet.Recognition;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Wire ↔ domain for rule sets, reporting every problem at its JSON path. The limits and rules of validity are those of
/// <see cref="RuleSet"/>, <see cref="RecognitionRule"/>, <see cref="Condition"/> and <see cref="RecognitionPolicy"/>;
/// this mapper reports what they refuse.
/// </summary>
internal static class RuleSetWireMapper
{
    public static readonly Dictionary<Type, Action<object, ProblemSink>> Parts = new()
    {
        [typeof(RecognitionPolicyWire)] = (wire, sink) => _ = Policy(sink, (RecognitionPolicyWire)wire),
        [typeof(RecognitionRuleWire)] = (wire, sink) => _ = Rule(sink, (RecognitionRuleWire)wire),
        [typeof(ConditionWire)] = (wire, sink) => _ = Condition(sink, (ConditionWire)wire),
    };

    // The factories' parameters have the wire's names: a refusal is reported at the member it names.
    private static readonly WireParameter[] PolicyMembers =
    [
        "equivalenceThreshold", "reviewThreshold", "fullCoverage", "partialCoverage", "partialPoints", "pointsStep", "maxEqfLevelGap",
        "assessmentGraceDays", "guardianAge", "allowNoMouPath", "signatureGraceDays", "allowTypeMismatch",
    ];

    private static readonly WireParameter[] RuleMembers = ["id", "scope", "severity", "condition", "message"];

    public static RuleSet? Map(RuleSetDocumentWire wire, ProblemSink sink)
    {
        var before = sink.Count;
        WireCommon.SchemaVersion(sink, wire.SchemaVersion);

        RecognitionPolicy? policy = null;
        if (wire.Policy is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The policy must not be null.", "policy");
        }
        else
        {
            sink.Path.Push("policy");
            policy = Policy(sink, wire.Policy);
            sink.Path.Pop();
        }

        var rules = new List<RecognitionRule>();
        if (WireReader.Items(sink, wire.Rules, "rules", required: true))
        {
            sink.Path.Push("rules");
            for (var i = 0; i < wire.Rules.Count; i++)
            {
                sink.Path.Push(i);
                if (wire.Rules[i] is null)
                {
                    sink.Add(JsonProblemCode.NullNotAllowed, "A rule must not be null.");
                }
                else if (Rule(sink, wire.Rules[i]) is { } rule)
                {
                    rules.Add(rule);
                }

                sink.Path.Pop();
            }

            sink.Path.Pop();
        }

        return sink.Count == before
            ? WireReader.Domain(sink, "rules", () => RuleSet.Create(wire.Id, wire.Version, policy!, rules), ["id", "version"])
            : null;
    }

    public static RuleSetDocumentWire ToWire(RuleSet set) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Id = set.Id,
        Version = set.Version,
        Policy = ToWire(set.Policy),
        Rules = [.. set.Rules.Select(ToWire)],
    };

    internal static RecognitionPolicyWire ToWire(RecognitionPolicy policy) => new()
    {
        EquivalenceThreshold = policy.EquivalenceThreshold,
        ReviewThreshold = policy.ReviewThreshold,
        FullCoverage = policy.FullCoverage,
        PartialCoverage = policy.PartialCoverage,
        PartialPoints = policy.PartialPoints,
        PointsStep = policy.PointsStep,
        MaxEqfLevelGap = policy.MaxEqfLevelGap,
        AssessmentGraceDays = policy.AssessmentGraceDays,
        GuardianAge = policy.GuardianAge,
        AllowNoMouPath = policy.AllowNoMouPath,
        SignatureGraceDays = policy.SignatureGraceDays,
        AllowTypeMismatch = policy.AllowTypeMismatch,
    };

    internal static RecognitionRuleWire ToWire(RecognitionRule r) => new()
    {
        Id = r.Id,
        Scope = r.Scope,
        Severity = r.Severity,
        Condition = ToWire(r.Condition),
        Message = r.Message,
    };

    /// <summary>A condition of one kind only (a user's DTO typed with a subclass of <see cref="Recognition.Condition"/>).</summary>
    internal static T? Condition<T>(ProblemSink sink, ConditionWire wire)
        where T : Condition
    {
        var condition = Condition(sink, wire);
        if (condition is null or T)
        {
            return condition as T;
        }

        sink.Add(JsonProblemCode.InvalidValue, $"A {typeof(T).Name} is expected here, not a condition of kind '{WireReader.Short(wire.Kind ?? "null")}'.", "kind");
        return null;
    }

    internal static ConditionWire ToWire(Condition condition) => condition switch
    {
        AllOfCondition all => new() { Kind = "allOf", Parts = [.. all.Parts.Select(ToWire)] },
        AnyOfCondition any => new() { Kind = "anyOf", Parts = [.. any.Parts.Select(ToWire)] },
        NotCondition not => new() { Kind = "not", Part = ToWire(not.Part) },
        PredicateCondition predicate => new() { Kind = "predicate", Name = predicate.Name },
        CheckCondition check => new() { Kind = CheckNames.Of(check.Kind) },
        _ => throw new InvalidOperationException("Unknown condition node."),
    };

    internal static RecognitionPolicy? Policy(ProblemSink sink, RecognitionPolicyWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.PartialPoints, "partialPoints");
        return sink.Count == before
            ? WireReader.Domain(sink, null, () => RecognitionPolicy.Create(wire.EquivalenceThreshold, wire.ReviewThreshold, wire.FullCoverage, wire.PartialCoverage,
                wire.PartialPoints, wire.PointsStep, wire.MaxEqfLevelGap, wire.AssessmentGraceDays, wire.GuardianAge, wire.AllowNoMouPath,
                wire.SignatureGraceDays, wire.AllowTypeMismatch), PolicyMembers)
            : null;
    }

    internal static RecognitionRule? Rule(ProblemSink sink, RecognitionRuleWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.Scope, "scope");
        _ = WireReader.Enum(sink, wire.Severity, "severity");
        Condition? condition = null;
        if (wire.Condition is null)
        {
            sink.Add(JsonProblemCode.NullNotAllowed, "The condition must not be null.", "condition");
        }
        else
        {
            sink.Path.Push("condition");
            condition = Condition(sink, wire.Condition);
            sink.Path.Pop();
        }

        return sink.Count == before
            ? WireReader.Domain(sink, null, () => RecognitionRule.Create(wire.Id, wire.Scope, wire.Severity, condition!, wire.Message), RuleMembers)
            : null;
    }

    internal static Condition? Condition(ProblemSink sink, ConditionWire wire)
    {
        var kind = wire.Kind ?? string.Empty;
        switch (kind)
        {
            case "allOf" or "anyOf":
            {
                Unused(sink, wire.Part is not null, "part", kind);
                Unused(sink, wire.Name is not null, "name", kind);
                if (!WireReader.Items(sink, wire.Parts, "parts", required: true))
                {
                    return null;
                }

                var before = sink.Count;
                var parts = ImmutableArray.CreateBuilder<Condition>(wire.Parts!.Count);
                sink.Path.Push("parts");
                for (var i = 0; i < wire.Parts!.Count; i++)
                {
                    sink.Path.Push(i);
                    if (wire.Parts[i] is null)
                    {
                        sink.Add(JsonProblemCode.NullNotAllowed, "A part must not be null.");
                    }
                    else if (Condition(sink, wire.Parts[i]) is { } part)
                    {
                        parts.Add(part);
                    }

                    sink.Path.Pop();
                }

                sink.Path.Pop();
                return sink.Count == before
                    ? WireReader.Domain<Condition>(sink, "parts", () => kind == "allOf" ? Recognition.Condition.AllOf(parts) : Recognition.Condition.AnyOf(parts))
                    : null;
            }

            case "not":
            {
                Unused(sink, wire.Parts is not null, "parts", kind);
                Unused(sink, wire.Name is not null, "name", kind);
                if (wire.Part is null)
                {
                    sink.Add(JsonProblemCode.MissingProperty, "A 'not' condition needs its 'part'.", "part");
                    return null;
                }

                var before = sink.Count;
                sink.Path.Push("part");
                var part = Condition(sink, wire.Part);
                sink.Path.Pop();
                return sink.Count == before ? WireReader.Domain<Condition>(sink, "part", () => Recognition.Condition.Not(part!)) : null;
            }

            case "predicate":
            {
                Unused(sink, wire.Parts is not null, "parts", kind);
                Unused(sink, wire.Part is not null, "part", kind);
                if (wire.Name is null)
                {
                    sink.Add(JsonProblemCode.MissingProperty, "A 'predicate' condition needs the 'name' the engine registers it under.", "name");
                    return null;
                }

                return WireReader.Domain<Condition>(sink, "name", () => Recognition.Condition.Predicate(wire.Name));
            }

            default:
            {
                if (!CheckNames.ByName.TryGetValue(kind, out var check))
                {
                    sink.Add(JsonProblemCode.InvalidEnumValue,
                        $"'{WireReader.Short(kind)}' is not a condition kind: use allOf, anyOf, not, predicate or a check ({string.Join(", ", CheckNames.ByName.Keys.Order(StringComparer.Ordinal))}).", "kind");
                    return null;
                }

                var before = sink.Count;
                Unused(sink, wire.Parts is not null, "parts", kind);
                Unused(sink, wire.Part is not null, "part", kind);
                Unused(sink, wire.Name is not null, "name", kind);
                return sink.Count == before ? Recognition.Condition.Check(check) : null;
            }
        }
    }

    private static void Unused(ProblemSink sink, bool present, string property, string kind)
    {
        if (present)
        {
            sink.Add(JsonProblemCode.UnknownProperty, $"A '{WireReader.Short(kind)}' condition has no '{property}'.", property);
        }
    }
}
