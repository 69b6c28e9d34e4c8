using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet.Recognition;

/// <summary>
/// One rule of a rule set: a stable identifier, the scope it is evaluated for, its severity, its condition and the
/// message shown when it does not hold.
/// </summary>
/// <remarks>
/// The identifier is 1–32 ASCII letters, digits or '-', starting with a letter (such as <c>MOU-002</c>); it is stable across
/// versions of a rule set so that traces can be compared. Equality compares every property. This type is immutable and
/// thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record RecognitionRule
{
    /// <summary>The longest rule identifier.</summary>
    public const int MaxIdLength = 32;

    /// <summary>The longest message.</summary>
    public const int MaxMessageLength = 1_000;

    private RecognitionRule(string id, RuleScope scope, RuleSeverity severity, Condition condition, string message)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!IsValidId(id))
        {
            throw new ArgumentException(
                $"'{id}' is not a rule identifier: 1–{MaxIdLength} ASCII letters, digits or '-', starting with a letter.", nameof(id));
        }

        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentOutOfRangeException(nameof(scope), scope, "Unknown rule scope.");
        }

        if (!Enum.IsDefined(severity))
        {
            throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown rule severity.");
        }

        Condition = condition ?? throw new ArgumentNullException(nameof(condition));
        message = Preconditions.CheckText(message, nameof(message));
        if (message.Length > MaxMessageLength)
        {
            throw new ArgumentException($"The message is longer than {MaxMessageLength} characters.", nameof(message));
        }

        Id = id;
        Scope = scope;
        Severity = severity;
        Message = message;
    }

    /// <summary>The stable identifier, such as <c>LA-002</c>.</summary>
    public string Id { get; }

    /// <summary>What the rule is evaluated for.</summary>
    public RuleScope Scope { get; }

    /// <summary>Whether failing stops recognition or is only reported.</summary>
    public RuleSeverity Severity { get; }

    /// <summary>The condition that must hold.</summary>
    public Condition Condition { get; }

    /// <summary>What the rule requires, in words for a mobility coordinator.</summary>
    public string Message { get; }

    /// <summary>Creates a rule.</summary>
    /// <param name="id">The stable identifier.</param>
    /// <param name="scope">What the rule is evaluated for.</param>
    /// <param name="severity">Blocking or advisory.</param>
    /// <param name="condition">The condition.</param>
    /// <param name="message">What the rule requires, 1–1,000 characters.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scope"/> or <paramref name="severity"/> is not defined.</exception>
    /// <exception cref="ArgumentException">The identifier or the message is not valid.</exception>
    public static RecognitionRule Create(string id, RuleScope scope, RuleSeverity severity, Condition condition, string message) =>
        new(id, scope, severity, condition, message);

    /// <summary>Whether a text is a valid rule identifier.</summary>
    /// <param name="id">The text.</param>
    /// <returns><see langword="true"/> for 1–32 ASCII letters, digits or '-', starting with a letter.</returns>
    public static bool IsValidId(string? id) =>
        id is { Length: > 0 and <= MaxIdLength } && char.IsAsciiLetter(id[0]) && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    /// <summary>Returns the rule with another severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The rule.</returns>
    public RecognitionRule WithSeverity(RuleSeverity severity) => new(Id, Scope, severity, Condition, Message);

    /// <summary>Returns the rule with another condition.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>The rule.</returns>
    public RecognitionRule WithCondition(Condition condition) => new(Id, Scope, Severity, condition, Message);

    /// <summary>The identifier, scope, severity and condition.</summary>
    /// <returns>Text such as <c>MOU-002 (Agreement, Blocking): mouValidForPeriod</c>.</returns>
    public override string ToString() => $"{Id} ({Scope}, {Severity}): {Condition}";
}
