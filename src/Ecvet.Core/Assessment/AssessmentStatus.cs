using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Assessment;

/// <summary>The state of an assessment result.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum AssessmentStatus
{
    /// <summary>Assessed, with a passing grade.</summary>
    Passed = 1,

    /// <summary>Assessed, with a failing grade.</summary>
    Failed = 2,

    /// <summary>Not finished yet; there is no grade.</summary>
    InProgress = 3,
}
