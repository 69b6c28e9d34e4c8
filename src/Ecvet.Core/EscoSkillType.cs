using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>The type of an ESCO skill concept (<c>esco:skillType</c>).</summary>
/// <remarks>
/// ESCO merges skills and competences into one type. The values are explicit and stable; 0 is not a type, so validate
/// untrusted values with <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum EscoSkillType
{
    /// <summary>Knowledge: <c>http://data.europa.eu/esco/skill-type/knowledge</c>, CSV value <c>knowledge</c>.</summary>
    Knowledge = 1,

    /// <summary>Skill or competence: <c>http://data.europa.eu/esco/skill-type/skill</c>, CSV value <c>skill/competence</c>.</summary>
    SkillCompetence = 2,
}
