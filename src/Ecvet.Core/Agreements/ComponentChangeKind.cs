using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>Whether a change proposal inserts or deletes a component of a learning agreement.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum ComponentChangeKind
{
    /// <summary>The component is added (EWP <c>inserted</c>).</summary>
    Inserted = 1,

    /// <summary>The component is removed (EWP <c>deleted</c>).</summary>
    Deleted = 2,
}
