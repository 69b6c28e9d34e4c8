using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>Where a learning agreement is in its life; always derived from its versions, proposals and end, never stored.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum LearningAgreementStatus
{
    /// <summary>Nothing is signed yet.</summary>
    Draft = 1,

    /// <summary>Some, not all, of the required signatures are on the latest content.</summary>
    AwaitingSignatures = 2,

    /// <summary>A version is in force: every required signatory signed its content hash, and no change is open.</summary>
    Agreed = 3,

    /// <summary>A version is in force and a change proposal awaits a decision; the version in force still applies.</summary>
    ChangeProposed = 4,

    /// <summary>The latest change proposal on the version in force was rejected; that version still applies.</summary>
    ChangeRejected = 5,

    /// <summary>The mobility ended (or the transcript was issued) and the agreement was closed; it stays on record.</summary>
    Closed = 6,

    /// <summary>The agreement was abandoned before any version was in force.</summary>
    Cancelled = 7,
}
