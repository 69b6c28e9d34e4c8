using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>The end of a learning agreement: closed or cancelled, when, and why.</summary>
/// <remarks>A cancellation needs a reason; a closure may have one. Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record AgreementEnd
{
    private AgreementEnd(AgreementEndKind kind, Instant at, string? reason)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown end kind.");
        }

        if (kind == AgreementEndKind.Cancelled)
        {
            ArgumentNullException.ThrowIfNull(reason);
        }

        Kind = kind;
        At = Dates.Check(at, nameof(at));
        Reason = reason is null ? null : Preconditions.CheckText(reason, nameof(reason));
    }

    /// <summary>Whether the agreement was closed or cancelled.</summary>
    public AgreementEndKind Kind { get; }

    /// <summary>When it ended.</summary>
    public Instant At { get; }

    /// <summary>Why it ended; always present for a cancellation.</summary>
    public string? Reason { get; }

    /// <summary>
    /// Restores a stored end, for readers of stored documents (see <see cref="LearningAgreement.Restore"/>). An agreement
    /// ends with <see cref="LearningAgreement.Close"/> or <see cref="LearningAgreement.Cancel"/>.
    /// </summary>
    /// <param name="kind">Closed or cancelled.</param>
    /// <param name="at">When it ended.</param>
    /// <param name="reason">Why; required when cancelled.</param>
    /// <returns>The end.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null for a cancellation.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty, untrimmed or has control characters.</exception>
    public static AgreementEnd Restore(AgreementEndKind kind, Instant at, string? reason = null) => new(kind, at, reason);

    /// <summary>The kind, time and reason.</summary>
    /// <returns>Text such as <c>Closed at 2026-06-01T10:00:00Z</c>.</returns>
    public override string ToString() => Reason is null ? $"{Kind} at {At}" : $"{Kind} at {At}: {Reason}";
}
