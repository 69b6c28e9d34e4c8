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
            ? Domain(sink, () => RuleSet.Create(wire.Id, wire.Version, policy!, rules), static p => p == "rules" ? "rules" : p)
            : null;
    }

    public static RuleSetDocumentWire ToWire(RuleSet set) => new()
    {
        SchemaVersion = EcvetJson.SchemaVersion,
        Id = set.Id,
        Version = set.Version,
        Policy = new RecognitionPolicyWire
        {
            EquivalenceThreshold = set.Policy.EquivalenceThreshold,
            ReviewThreshold = set.Policy.ReviewThreshold,
            FullCoverage = set.Policy.FullCoverage,
            PartialCoverage = set.Policy.PartialCoverage,
            PartialPoints = set.Policy.PartialPoints,
            PointsStep = set.Policy.PointsStep,
            MaxEqfLevelGap = set.Policy.MaxEqfLevelGap,
            AssessmentGraceDays = set.Policy.AssessmentGraceDays,
            GuardianAge = set.Policy.GuardianAge,
            AllowNoMouPath = set.Policy.AllowNoMouPath,
            SignatureGraceDays = set.Policy.SignatureGraceDays,
            AllowTypeMismatch = set.Policy.AllowTypeMismatch,
        },
        Rules = [.. set.Rules.Select(r => new RecognitionRuleWire
        {
            Id = r.Id,
            Scope = r.Scope,
            Severity = r.Severity,
            Condition = ToWire(r.Condition),
            Message = r.Message,
        })],
    };

    private static ConditionWire ToWire(Condition condition) => condition switch
    {
        AllOfCondition all => new() { Kind = "allOf", Parts = [.. all.Parts.Select(ToWire)] },
        AnyOfCondition any => new() { Kind = "anyOf", Parts = [.. any.Parts.Select(ToWire)] },
        NotCondition not => new() { Kind = "not", Part = ToWire(not.Part) },
        PredicateCondition predicate => new() { Kind = "predicate", Name = predicate.Name },
        CheckCondition check => new() { Kind = CheckNames.Of(check.Kind) },
        _ => throw new InvalidOperationException("Unknown condition node."),
    };

    private static RecognitionPolicy? Policy(ProblemSink sink, RecognitionPolicyWire wire)
    {
        var before = sink.Count;
        _ = WireReader.Enum(sink, wire.PartialPoints, "partialPoints");
        return sink.Count == before
            ? Domain(sink, () => RecognitionPolicy.Create(wire.EquivalenceThreshold, wire.ReviewThreshold, wire.FullCoverage, wire.PartialCoverage,
                wire.PartialPoints, wire.PointsStep, wire.MaxEqfLevelGap, wire.AssessmentGraceDays, wire.GuardianAge, wire.AllowNoMouPath,
                wire.SignatureGraceDays, wire.AllowTypeMismatch), static p => p)
            : null;
    }

    private static RecognitionRule? Rule(ProblemSink sink, RecognitionRuleWire wire)
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
            ? Domain(sink, () => RecognitionRule.Create(wire.Id, wire.Scope, wire.Severity, condition!, wire.Message), static p => p)
            : null;
    }

    private static Condition? Condition(ProblemSink sink, ConditionWire wire)
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
                    ? Domain<Condition>(sink, () => kind == "allOf" ? Recognition.Condition.AllOf(parts) : Recognition.Condition.AnyOf(parts), static _ => "parts")
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
                return sink.Count == before ? Domain<Condition>(sink, () => Recognition.Condition.Not(part!), static _ => "part") : null;
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

                return Domain<Condition>(sink, () => Recognition.Condition.Predicate(wire.Name), static _ => "name");
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

    /// <summary>Runs a domain factory; an argument exception becomes a problem at the parameter it names (mapped to a wire property).</summary>
    private static T? Domain<T>(ProblemSink sink, Func<T> create, Func<string?, string?> property)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message;
            var suffix = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            message = suffix > 0 ? message[..suffix] : message;
            var actual = message.IndexOf("\nActual value was", StringComparison.Ordinal);
            message = actual > 0 ? message[..actual].TrimEnd() : message;
            sink.Add(JsonProblemCode.InvalidValue, message, property(ex.ParamName));
            return null;
        }
    }
}
