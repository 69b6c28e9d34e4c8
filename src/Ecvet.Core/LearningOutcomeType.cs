using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// The kind of a learning outcome in the EQF/ECVET sense: what a learner knows, can do, or can take responsibility for.
/// </summary>
/// <remarks>
/// The values are explicit and stable: they appear in the wire format by name (<c>knowledge</c>, <c>skill</c>,
/// <c>competence</c>). 0 is not a kind; validate untrusted values with <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
/// EQF 2017 calls competence "responsibility and autonomy"; ESCO's <c>skill/competence</c> maps to
/// <see cref="Skill"/> or <see cref="Competence"/>, and its <c>knowledge</c> to <see cref="Knowledge"/>.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum LearningOutcomeType
{
    /// <summary>Knowledge: facts, principles, theories and practices (theoretical or factual).</summary>
    Knowledge = 1,

    /// <summary>Skill: the ability to apply knowledge and use know-how to complete tasks (cognitive or practical).</summary>
    Skill = 2,

    /// <summary>Competence: applying knowledge and skills with responsibility and autonomy.</summary>
    Competence = 3,
}
