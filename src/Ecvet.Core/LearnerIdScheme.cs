using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>The identifier scheme of a <see cref="LearnerId"/>.</summary>
/// <remarks>
/// The values are explicit and stable; 0 is not a scheme, so validate untrusted values with
/// <see cref="Enum.IsDefined{TEnum}(TEnum)"/>. The text token of each scheme (used by <see cref="LearnerId.ToString"/>
/// and <see cref="LearnerId.Parse"/>) is given with each value.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum LearnerIdScheme
{
    /// <summary>
    /// <c>esi</c>: the European Student Identifier, <c>urn:schac:personalUniqueCode:int:esi:&lt;sho&gt;:&lt;code&gt;</c>.
    /// </summary>
    Esi = 1,

    /// <summary><c>national</c>: a national learner or person identifier.</summary>
    National = 2,

    /// <summary><c>local</c>: an identifier assigned by one institution.</summary>
    Local = 3,

    /// <summary><c>other</c>: any other identifier.</summary>
    Other = 4,
}
