using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Agreements;

/// <summary>The rejection of a change proposal: who rejected it, when, and the comment explaining why.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ProposalRejection
{
    private ProposalRejection(SignatoryRole rejectedBy, string comment, Instant rejectedAt)
    {
        if (!Enum.IsDefined(rejectedBy))
        {
            throw new ArgumentOutOfRangeException(nameof(rejectedBy), rejectedBy, "Unknown signatory role.");
        }

        RejectedBy = rejectedBy;
        Comment = Preconditions.CheckText(comment, nameof(comment));
        RejectedAt = Dates.Check(rejectedAt, nameof(rejectedAt));
    }

    /// <summary>The role of the party that rejected the proposal.</summary>
    public SignatoryRole RejectedBy { get; }

    /// <summary>Why the proposal was rejected.</summary>
    public string Comment { get; }

    /// <summary>When it was rejected.</summary>
    public Instant RejectedAt { get; }

    /// <summary>
    /// Restores a stored rejection, for readers of stored documents (see <see cref="ChangeProposal.Restore"/>). A proposal is
    /// rejected with <see cref="LearningAgreement.RejectChange"/>.
    /// </summary>
    /// <param name="rejectedBy">The role of the party rejecting.</param>
    /// <param name="comment">Why.</param>
    /// <param name="rejectedAt">When.</param>
    /// <returns>The rejection.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rejectedBy"/> is not defined.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="comment"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="comment"/> is empty, untrimmed or has control characters.</exception>
    public static ProposalRejection Restore(SignatoryRole rejectedBy, string comment, Instant rejectedAt) =>
        new(rejectedBy, comment, rejectedAt);

    /// <summary>Who rejected, when and why.</summary>
    /// <returns>Text such as <c>Host at 2026-04-01T08:00:00Z: no such course</c>.</returns>
    public override string ToString() => $"{RejectedBy} at {RejectedAt}: {Comment}";
}
