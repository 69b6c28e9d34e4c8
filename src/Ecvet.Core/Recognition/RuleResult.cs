using System.Collections.Immutable;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>One line of the trace: a rule evaluated for a subject, its value, a stable code, a message and evidence paths.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
public sealed record RuleResult
{
    internal RuleResult(string ruleId, RuleScope scope, RuleSeverity severity, string? subject, Truth truth, string code,
        string message, ImmutableArray<string> evidence)
    {
        if (!RecognitionRule.IsValidId(ruleId))
        {
            throw new ArgumentException($"'{ruleId}' is not a rule identifier.", nameof(ruleId));
        }

        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Not a defined rule scope.");
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Not a defined rule severity.");
        }

        if (!Enum.IsDefined(truth))
        {
            throw new ArgumentOutOfRangeException(nameof(truth), truth, "Not a defined truth value.");
        }

        evidence = evidence.OrEmpty();
        foreach (var path in evidence)
        {
            _ = Preconditions.CheckText(path, nameof(evidence));
        }

        RuleId = ruleId;
        Scope = scope;
        Severity = severity;
        Subject = subject is null ? null : Preconditions.CheckText(subject, nameof(subject));
        Truth = truth;
        Code = Preconditions.CheckText(code, nameof(code));
        Message = Preconditions.CheckText(message, nameof(message));
        Evidence = evidence;
    }

    /// <summary>The rule's identifier.</summary>
    public string RuleId { get; }

    /// <summary>The rule's scope.</summary>
    public RuleScope Scope { get; }

    /// <summary>The rule's severity.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The home unit or outcome the rule was evaluated for; <see langword="null"/> for the mobility as a whole.</summary>
    public string? Subject { get; }

    /// <summary>Whether the rule held.</summary>
    public Truth Truth { get; }

    /// <summary>
    /// A stable code of the check that decided the value, such as <c>mouValidForPeriod.false</c> or
    /// <c>predicate:nationalCap.notEvaluable</c>.
    /// </summary>
    public string Code { get; }

    /// <summary>What the rule requires and what was found.</summary>
    public string Message { get; }

    /// <summary>JSON paths into the inputs, each prefixed with its document (<c>agreement:</c>, <c>mou:</c>, <c>transcript:</c>, <c>qualification:</c>).</summary>
    public ImmutableArray<string> Evidence { get; }

    /// <summary>Whether the rule is blocking and did not hold.</summary>
    public bool IsBlockingFailure => Severity == RuleSeverity.Blocking && Truth == Truth.False;

    /// <inheritdoc />
    public bool Equals(RuleResult? other) => other is not null && RuleId == other.RuleId && Scope == other.Scope
        && Severity == other.Severity && Subject == other.Subject && Truth == other.Truth && Code == other.Code
        && Message == other.Message && Equality.SequenceEqual(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Subject, Truth, Code);

    /// <summary>The rule, subject, value and code.</summary>
    /// <returns>Text such as <c>MOU-002 [fi-u3] False (mouValidForPeriod.false)</c>.</returns>
    public override string ToString() => $"{RuleId}{(Subject is null ? string.Empty : $" [{Subject}]")} {Truth} ({Code})";
}
