using Ecvet.Recognition;
using NodaTime;

namespace Ecvet.Serialization.Internal.Wire;

// Wire records of the match confirmation set. Property order here is the order written.

/// <summary><c>{ "schemaVersion": "1.0", "agreement": …, "confirmations": [ … ] }</c>.</summary>
internal sealed record MatchConfirmationSetDocumentWire
{
    public required string SchemaVersion { get; init; }

    public required string Agreement { get; init; }

    public required List<MatchConfirmationWire> Confirmations { get; init; }
}

/// <summary><c>{ "hostOutcome": …, "homeOutcome": …, "verdict": "confirmed", "decidedBy": …, "decidedAt": …, "comment": … }</c>.</summary>
internal sealed record MatchConfirmationWire
{
    public required string HostOutcome { get; init; }

    public required string HomeOutcome { get; init; }

    public required ConfirmationVerdict Verdict { get; init; }

    public required string DecidedBy { get; init; }

    public required Instant DecidedAt { get; init; }

    public required string? Comment { get; init; }
}
