using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>The value of a condition: true, false, or not evaluable because data it needs is missing.</summary>
/// <remarks>
/// Combinations follow Kleene's three-valued logic: <c>allOf</c> is false when any part is false, else not evaluable when
/// any part is, else true; <c>anyOf</c> is true when any part is true, else not evaluable when any part is, else false;
/// <c>not</c> swaps true and false and keeps not evaluable. Missing data is never reported as a failure.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum Truth
{
    /// <summary>The condition could not be decided: data it needs is missing or not yet final.</summary>
    NotEvaluable = 0,

    /// <summary>The condition does not hold.</summary>
    False = 1,

    /// <summary>The condition holds.</summary>
    True = 2,
}
