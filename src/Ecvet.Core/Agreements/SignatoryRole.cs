using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Agreements;

/// <summary>The capacity in which someone signs an agreement or a transcript.</summary>
/// <remarks>The values are explicit and never reused; <c>0</c> is not a role. In JSON a role is written by name in camelCase.</remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum SignatoryRole
{
    /// <summary>The learner.</summary>
    Learner = 1,

    /// <summary>A parent or legal guardian, required when the learner is a minor on the first day of the mobility.</summary>
    Guardian = 2,

    /// <summary>The home (sending) competent institution.</summary>
    Home = 3,

    /// <summary>The host (receiving) competent institution.</summary>
    Host = 4,

    /// <summary>An intermediary organisation, required when the agreement names one.</summary>
    Intermediary = 5,

    /// <summary>A partner organisation signing a memorandum of understanding.</summary>
    Partner = 6,
}
