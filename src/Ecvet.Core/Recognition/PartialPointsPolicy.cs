using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>How many points a partially recognised unit earns now.</summary>
/// <remarks>Points always follow the home allocation of the unit, never the time spent abroad.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum PartialPointsPolicy
{
    /// <summary>No points until the unit is complete; the covered outcomes are banked as credit toward it.</summary>
    None = 0,

    /// <summary>The unit's allocation times the share of its outcome weight covered, rounded down to the points step.</summary>
    ProRata = 1,

    /// <summary>The points the learning agreement states for that part of the unit, capped by the pro-rata points.</summary>
    AsAgreed = 2,
}
