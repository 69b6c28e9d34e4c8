using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>The decision for one home unit.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum RecognitionOutcome
{
    /// <summary>Not recognised: a blocking rule failed or too little of the unit is covered. No points.</summary>
    NotRecognised = 0,

    /// <summary>Deferred: an assessment is in progress, a match awaits confirmation, or data is missing. No points yet.</summary>
    Deferred = 1,

    /// <summary>Part of the unit is recognised; points per <see cref="PartialPointsPolicy"/>.</summary>
    Partial = 2,

    /// <summary>The whole unit is recognised with the home allocation of points.</summary>
    Full = 3,
}
