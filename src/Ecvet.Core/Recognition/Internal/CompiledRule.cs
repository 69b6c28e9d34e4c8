namespace Ecvet.Recognition.Internal;

/// <summary>A rule as an engine runs it: what it needs to know about the rule once, not on every evaluation.</summary>
internal sealed class CompiledRule(RecognitionRule rule)
{
    public RecognitionRule Rule { get; } = rule;

    /// <summary>
    /// Whether the condition calls a named predicate. Such a rule's trace line is described at once: a predicate is the
    /// embedding program's code and is called once per subject, never again when a reader asks for the message.
    /// </summary>
    public bool CallsPredicate { get; } = ConditionEvaluator.CallsPredicate(rule.Condition);
}
