using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;
using NodaTime;

namespace Ecvet.Recognition;

/// <summary>The evidence that covers a home learning outcome: how, from which host result, and where in the inputs.</summary>
/// <remarks>Equality compares every property. This type is immutable and thread-safe.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record OutcomeEvidence
{
    internal OutcomeEvidence(EvidenceKind kind, string source, LocalDate assessedOn, double? similarity,
        MatchConfirmation? confirmation, ImmutableArray<string> paths)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined evidence kind.");
        }

        var matched = kind == EvidenceKind.MatchedHostOutcome;
        if (matched != similarity.HasValue)
        {
            throw new ArgumentException(matched ? "A matched host outcome states its similarity." : "Only a matched host outcome has a similarity.", nameof(similarity));
        }

        if (similarity is { } s && !(s >= 0 && s <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(similarity), s, "A similarity lies between 0 and 1.");
        }

        if (confirmation is not null && (!matched || !confirmation.IsConfirmed))
        {
            throw new ArgumentException("Only a matched host outcome carries a confirmation, and only a confirmed one.", nameof(confirmation));
        }

        paths = paths.OrEmpty();
        foreach (var path in paths)
        {
            _ = Preconditions.CheckText(path, nameof(paths));
        }

        Kind = kind;
        Source = Preconditions.CheckText(source, nameof(source));
        AssessedOn = Dates.Check(assessedOn, nameof(assessedOn));
        Similarity = similarity;
        Confirmation = confirmation;
        Paths = paths;
    }

    /// <summary>The evidence path.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>
    /// The assessed unit or outcome the evidence comes from: the home outcome or unit itself, the host units of the
    /// equivalence (joined by '+'), or the matched host outcome.
    /// </summary>
    public string Source { get; }

    /// <summary>The day of the (latest) assessment the evidence rests on.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>The similarity of a matched host outcome; <see langword="null"/> for the other paths.</summary>
    public double? Similarity { get; }

    /// <summary>The person's confirmation of a review-band match, if it needed one.</summary>
    public MatchConfirmation? Confirmation { get; }

    /// <summary>JSON paths into the inputs, such as <c>transcript:$.entries[0]</c>.</summary>
    public ImmutableArray<string> Paths { get; }

    /// <inheritdoc />
    public bool Equals(OutcomeEvidence? other) => other is not null && Kind == other.Kind && Source == other.Source
        && AssessedOn == other.AssessedOn && Similarity == other.Similarity && Equals(Confirmation, other.Confirmation)
        && Equality.SequenceEqual(Paths, other.Paths);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, Source, AssessedOn, Similarity);

    /// <summary>The path and the source.</summary>
    /// <returns>Text such as <c>matched host outcome es-lo-2 (similarity 0.91)</c>.</returns>
    public override string ToString() => Kind switch
    {
        EvidenceKind.HomeAssessment => $"assessed by the host as {Source}",
        EvidenceKind.MouEquivalence => $"MoU equivalence from {Source}",
        _ => string.Create(CultureInfo.InvariantCulture, $"matched host outcome {Source} (similarity {Similarity:0.00}{(Confirmation is null ? string.Empty : $", confirmed by {Confirmation.DecidedBy}")})"),
    };
}
