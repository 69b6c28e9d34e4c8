using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>The way a home learning outcome is evidenced by learning abroad.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum EvidenceKind
{
    /// <summary>The host assessed the home outcome, or its whole home unit, itself (the agreement named it).</summary>
    HomeAssessment = 0,

    /// <summary>The host units of a pre-agreed equivalence of the MoU were achieved, with at least its minimum grade.</summary>
    MouEquivalence = 1,

    /// <summary>One of the host's own outcomes, assessed and described in text, matched to the home outcome.</summary>
    MatchedHostOutcome = 2,
}
