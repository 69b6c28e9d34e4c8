using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>How a learning agreement ended.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum AgreementEndKind
{
    /// <summary>Closed after a version was in force: the mobility ended or the transcript was issued.</summary>
    Closed = 1,

    /// <summary>Cancelled before any version was in force.</summary>
    Cancelled = 2,
}
