using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// How a unit's learning outcomes are assessed, as named in the ECVET Memorandum of Understanding and Learning Agreement
/// templates (for example skills demonstration, observation, portfolio).
/// </summary>
/// <remarks>
/// The values are explicit and stable: they appear in the wire format by name (<c>observation</c>,
/// <c>practicalDemonstration</c>, …). 0 is not a method; validate untrusted values with
/// <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum AssessmentMethod
{
    /// <summary>The assessor observes the learner at work or in training.</summary>
    Observation = 1,

    /// <summary>The learner demonstrates the skills in a practical task (a skills demonstration).</summary>
    PracticalDemonstration = 2,

    /// <summary>An oral examination or structured conversation.</summary>
    Oral = 3,

    /// <summary>A written test or assignment.</summary>
    Written = 4,

    /// <summary>A portfolio of evidence collected by the learner.</summary>
    Portfolio = 5,

    /// <summary>A task in a simulated work environment.</summary>
    Simulation = 6,

    /// <summary>A project carried out by the learner, judged by its result and process.</summary>
    Project = 7,

    /// <summary>An interview, for example with a workplace supervisor.</summary>
    Interview = 8,

    /// <summary>Any other method, described in the unit's assessment procedure.</summary>
    Other = 9,
}
