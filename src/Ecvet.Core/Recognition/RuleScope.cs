using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet.Recognition;

/// <summary>What a rule is evaluated for, and so what its failure affects.</summary>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum RuleScope
{
    /// <summary>Once per mobility: the transcript and the documents as a whole. A blocking failure stops every unit.</summary>
    Mobility = 0,

    /// <summary>Once per mobility, about the MoU and the learning agreement. A blocking failure stops every unit.</summary>
    Agreement = 1,

    /// <summary>Once per mobility, about the home qualification. A blocking failure stops every unit.</summary>
    Qualification = 2,

    /// <summary>Once per home unit targeted by the agreement. A blocking failure stops that unit.</summary>
    Unit = 3,

    /// <summary>Once per targeted home learning outcome. A blocking failure keeps that outcome out of the unit's coverage.</summary>
    Outcome = 4,
}
