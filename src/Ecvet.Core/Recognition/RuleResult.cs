using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Ecvet.Recognition.Internal;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>One line of the trace: a rule evaluated for a subject, its value, a stable code, a message and evidence paths.</summary>
/// <remarks>
/// Equality compares every property. This type is immutable and thread-safe. A line the engine made writes its message
/// and evidence paths when they are first read (a report has hundreds of lines and most are never read one by one); the
/// text is the same whenever and on whichever thread it is read.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record RuleResult
{
    private readonly RecognitionRule? rule;
    private readonly TraceSubject source;
    private Description? description;

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
        description = new(Preconditions.CheckText(message, nameof(message)), evidence);
    }

    /// <summary>
    /// A line the engine made for a rule of a validated rule set, the message and evidence written on first read. Trusted:
    /// the rule gives a valid identifier, scope and severity, and the engine's codes and texts are never empty.
    /// </summary>
    internal RuleResult(RecognitionRule rule, string? subject, Truth truth, string code, TraceSubject source)
    {
        this.rule = rule;
        this.source = source;
        RuleId = rule.Id;
        Scope = rule.Scope;
        Severity = rule.Severity;
        Subject = subject;
        Truth = truth;
        Code = code;
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
    public string Message => Described.Message;

    /// <summary>JSON paths into the inputs, each prefixed with its document (<c>agreement:</c>, <c>mou:</c>, <c>transcript:</c>, <c>qualification:</c>).</summary>
    public ImmutableArray<string> Evidence => Described.Evidence;

    /// <summary>Whether the rule is blocking and did not hold.</summary>
    public bool IsBlockingFailure => Severity == RuleSeverity.Blocking && Truth == Truth.False;

    /// <inheritdoc />
    public bool Equals(RuleResult? other) => other is not null && RuleId == other.RuleId && Scope == other.Scope
        && Severity == other.Severity && Subject == other.Subject && Truth == other.Truth && Code == other.Code
        && Message == other.Message && Equality.SequenceEqual(Evidence, other.Evidence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RuleId, Subject, Truth, Code);

    // Written once: threads that race here each describe the same text and all keep the first published.
    private Description Described => Volatile.Read(ref description) ?? Describe();

    /// <summary>The rule, subject, value and code.</summary>
    /// <returns>Text such as <c>MOU-002 [fi-u3] False (mouValidForPeriod.false)</c>.</returns>
    public override string ToString() => $"{RuleId}{(Subject is null ? string.Empty : $" [{Subject}]")} {Truth} ({Code})";

    private Description Describe()
    {
        var (message, evidence) = source.Describe(rule!, Truth);
        var made = new Description(message, evidence);
        return Interlocked.CompareExchange(ref description, made, null) ?? made;
    }

    private sealed class Description(string message, ImmutableArray<string> evidence)
    {
        public string Message { get; } = message;

        public ImmutableArray<string> Evidence { get; } = evidence;
    }
}
