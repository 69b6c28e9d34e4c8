using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>How widely an ESCO skill can be reused across occupations and sectors (<c>esco:skillReuseLevel</c>).</summary>
/// <remarks>
/// The concepts are <c>http://data.europa.eu/esco/skill-reuse-level/{transversal, cross-sector, sector-specific,
/// occupation-specific}</c>. The values are explicit and stable, from the widest to the narrowest; 0 is not a level, so
/// validate untrusted values with <see cref="Enum.IsDefined{TEnum}(TEnum)"/>.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum EscoReuseLevel
{
    /// <summary>Transversal: relevant to a broad range of occupations and sectors.</summary>
    Transversal = 1,

    /// <summary>Cross-sector: relevant to occupations in several economic sectors.</summary>
    CrossSector = 2,

    /// <summary>Sector-specific: relevant to several occupations within one sector.</summary>
    SectorSpecific = 3,

    /// <summary>Occupation-specific: relevant to one occupation or specialism.</summary>
    OccupationSpecific = 4,
}
