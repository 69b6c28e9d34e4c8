using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Assessment;

/// <summary>The kind of a <see cref="GradingScheme"/>.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum GradingKind
{
    /// <summary>Two grades, <c>pass</c> and <c>fail</c>.</summary>
    PassFail = 1,

    /// <summary>A number between a minimum and a maximum, with a pass mark and a direction.</summary>
    Numeric = 2,

    /// <summary>An ordered list of labels (letters such as A–F, or words), with the lowest passing label.</summary>
    Ordinal = 3,
}
