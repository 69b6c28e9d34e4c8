using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>How much a <see cref="ConsistencyFinding"/> matters.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum ConsistencySeverity
{
    /// <summary>The documents contradict each other: what depends on them cannot be decided as they stand.</summary>
    Error = 1,

    /// <summary>Something a person should look at; the documents can still be used (the part concerned is left out).</summary>
    Warning = 2,
}
