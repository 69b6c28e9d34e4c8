using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>
/// A person's decision on a match in the review band: whether one of the host's outcomes evidences a home outcome, who
/// decided, when, and why.
/// </summary>
/// <remarks>
/// The caller passes confirmations to the engine with the mobility; each appears in the trace of the unit it decides.
/// Equality compares every property. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record MatchConfirmation
{
    /// <summary>The longest comment.</summary>
    public const int MaxCommentLength = 2_000;

    private MatchConfirmation(LearningOutcomeId hostOutcome, LearningOutcomeId homeOutcome, ConfirmationVerdict verdict,
        string decidedBy, Instant decidedAt, string? comment)
    {
        HostOutcome = hostOutcome ?? throw new ArgumentNullException(nameof(hostOutcome));
        HomeOutcome = homeOutcome ?? throw new ArgumentNullException(nameof(homeOutcome));
        if (!Enum.IsDefined(verdict))
        {
            throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict.");
        }

        Verdict = verdict;
        DecidedBy = Preconditions.CheckText(decidedBy, nameof(decidedBy));
        DecidedAt = decidedAt;
        if (comment is not null)
        {
            comment = Preconditions.CheckText(comment, nameof(comment));
            if (comment.Length > MaxCommentLength)
            {
                throw new ArgumentException($"The comment is longer than {MaxCommentLength} characters.", nameof(comment));
            }
        }

        Comment = comment;
    }

    /// <summary>The host's outcome.</summary>
    public LearningOutcomeId HostOutcome { get; }

    /// <summary>The home outcome.</summary>
    public LearningOutcomeId HomeOutcome { get; }

    /// <summary>Confirmed or refused.</summary>
    public ConfirmationVerdict Verdict { get; }

    /// <summary>Whether the match counts.</summary>
    public bool IsConfirmed => Verdict == ConfirmationVerdict.Confirmed;

    /// <summary>Who decided (a name, an e-mail address or a staff identifier).</summary>
    public string DecidedBy { get; }

    /// <summary>When.</summary>
    public Instant DecidedAt { get; }

    /// <summary>Why, if given.</summary>
    public string? Comment { get; }

    /// <summary>Records that the host outcome does evidence the home outcome.</summary>
    /// <param name="hostOutcome">The host's outcome.</param>
    /// <param name="homeOutcome">The home outcome.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="decidedAt">When.</param>
    /// <param name="comment">Why, if given.</param>
    /// <returns>The confirmation.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decidedBy"/> or <paramref name="comment"/> is not valid text.</exception>
    public static MatchConfirmation Confirm(LearningOutcomeId hostOutcome, LearningOutcomeId homeOutcome, string decidedBy,
        Instant decidedAt, string? comment = null) =>
        new(hostOutcome, homeOutcome, ConfirmationVerdict.Confirmed, decidedBy, decidedAt, comment);

    /// <summary>Records that the host outcome does not evidence the home outcome.</summary>
    /// <param name="hostOutcome">The host's outcome.</param>
    /// <param name="homeOutcome">The home outcome.</param>
    /// <param name="decidedBy">Who decided.</param>
    /// <param name="decidedAt">When.</param>
    /// <param name="comment">Why, if given.</param>
    /// <returns>The refusal.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="decidedBy"/> or <paramref name="comment"/> is not valid text.</exception>
    public static MatchConfirmation Refuse(LearningOutcomeId hostOutcome, LearningOutcomeId homeOutcome, string decidedBy,
        Instant decidedAt, string? comment = null) =>
        new(hostOutcome, homeOutcome, ConfirmationVerdict.Refused, decidedBy, decidedAt, comment);

    /// <summary>The pair and the verdict.</summary>
    /// <returns>Text such as <c>es-lo-3 → fi-u3-lo2 Confirmed by M. Virtanen</c>.</returns>
    public override string ToString() => $"{HostOutcome} → {HomeOutcome} {Verdict} by {DecidedBy}";
}
