using System.Diagnostics;

namespace Ecvet.Recognition.Internal;

/// <summary>
/// What a trace line was evaluated on (the mobility's analysis, and the unit and outcome when the rule has that scope),
/// kept by a <see cref="RuleResult"/> so that its message and evidence paths are written when first read rather than for
/// every line of every evaluation. The analysis is complete and no longer changes once the engine returns its report.
/// </summary>
internal readonly record struct TraceSubject(MobilityAnalysis Analysis, UnitAnalysis? Unit, OutcomeAnalysis? Outcome)
{
    /// <summary>Evaluates the rule again, describing: the same checks on the same analysis give the same value and code.</summary>
    public (string Message, System.Collections.Immutable.ImmutableArray<string> Evidence) Describe(RecognitionRule rule, Truth truth)
    {
        var verdict = ConditionEvaluator.Evaluate(rule.Condition, Analysis, Unit, Outcome, describe: true, predicates: null);
        Debug.Assert(verdict.Truth == truth, "Describing a rule gives the value deciding it gave.");
        return (MessageOf(rule, verdict), verdict.Paths);
    }

    /// <summary>The message of a trace line: the finding when the rule holds, else the rule's message and the finding.</summary>
    public static string MessageOf(RecognitionRule rule, Verdict verdict) =>
        verdict.Truth == Truth.True ? verdict.Detail : $"{rule.Message} {verdict.Detail}";
}
