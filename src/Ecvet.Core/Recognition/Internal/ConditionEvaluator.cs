using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// Evaluates a condition tree for a subject (the mobility, a unit or an outcome). Deciding (<c>describe: false</c>) gives
/// the value and the code only and formats nothing; describing gives the same value and code with the finding in words and
/// the evidence paths, for the trace line a reader asks for.
/// </summary>
internal static class ConditionEvaluator
{
    public static Verdict Evaluate(Condition condition, MobilityAnalysis analysis, UnitAnalysis? unit, OutcomeAnalysis? outcome,
        bool describe, FrozenDictionary<string, RegisteredPredicate>? predicates)
    {
        switch (condition)
        {
            case CheckCondition check:
                return Checks.Evaluate(check.Kind, analysis, unit, outcome, describe);
            case PredicateCondition predicate:
                return EvaluatePredicate(predicate, analysis, unit, outcome, predicates);
            case NotCondition not:
                var inner = Evaluate(not.Part, analysis, unit, outcome, describe, predicates);
                var flipped = inner.Truth switch
                {
                    Truth.True => Truth.False,
                    Truth.False => Truth.True,
                    _ => Truth.NotEvaluable,
                };
                return inner with { Truth = flipped, Code = VerdictCodes.Not(inner.Code) };
            case AllOfCondition all:
                return Combine(all.Parts, Truth.False, analysis, unit, outcome, describe, predicates);
            case AnyOfCondition any:
                return Combine(any.Parts, Truth.True, analysis, unit, outcome, describe, predicates);
            default:
                return UnknownCondition();
        }
    }

    // Its own method, so that its interpolated text does not sit in the frame of every evaluation (see Checks.Evaluate).
    private static Verdict UnknownCondition() => Verdict.Of(VerdictCodes.Unknown, Truth.NotEvaluable, "Unknown condition.");

    /// <summary>Whether a condition calls a named predicate (code of the embedding program, called once per subject).</summary>
    public static bool CallsPredicate(Condition condition) => condition switch
    {
        PredicateCondition => true,
        NotCondition n => CallsPredicate(n.Part),
        CompositeCondition c => c.Parts.Any(CallsPredicate),
        _ => false,
    };

    // Kleene: the dominant value (false for allOf, true for anyOf) decides; else not evaluable; else the other value,
    // with the evidence of every part. The evidence is merged as it comes, allocating only when a part adds a new path.
    private static Verdict Combine(ImmutableArray<Condition> parts, Truth dominant, MobilityAnalysis analysis, UnitAnalysis? unit,
        OutcomeAnalysis? outcome, bool describe, FrozenDictionary<string, RegisteredPredicate>? predicates)
    {
        Verdict? firstOpen = null;
        Verdict last = default;
        var paths = ImmutableArray<string>.Empty;
        foreach (var part in parts)
        {
            var verdict = Evaluate(part, analysis, unit, outcome, describe, predicates);
            if (verdict.Truth == dominant)
            {
                return verdict;
            }

            if (verdict.Truth == Truth.NotEvaluable)
            {
                firstOpen ??= verdict;
            }
            else
            {
                paths = describe ? EvidencePaths.Union(paths, verdict.Paths) : paths;
                last = verdict;
            }
        }

        return firstOpen ?? last with { Paths = paths };
    }

    private static Verdict EvaluatePredicate(PredicateCondition predicate, MobilityAnalysis analysis, UnitAnalysis? unit, OutcomeAnalysis? outcome,
        FrozenDictionary<string, RegisteredPredicate>? predicates)
    {
        // The engine refuses a rule set whose predicates are not registered, so this answers only a caller that bypassed it.
        if (predicates is null || !predicates.TryGetValue(predicate.Name, out var registered))
        {
            return Verdict.Of(new VerdictCodes("predicate:" + predicate.Name), Truth.NotEvaluable, $"The predicate '{predicate.Name}' is not registered.");
        }

        var truth = registered.Function(analysis.ContextFor(unit, outcome));
        var path = outcome?.PathEvidence ?? unit?.PathEvidence ?? analysis.ContentPathEvidence;
        return Enum.IsDefined(truth)
            ? Verdict.Of(registered.Codes, truth, registered.Detail(truth), path)
            : Verdict.Of(registered.Codes, Truth.NotEvaluable, registered.WhenUndefined, path);
    }
}
