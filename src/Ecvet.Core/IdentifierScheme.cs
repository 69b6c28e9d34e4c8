using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>The identifier scheme of an <see cref="InstitutionId"/>.</summary>
/// <remarks>
/// The values are explicit and stable; 0 is not a scheme, so validate untrusted values with
/// <see cref="Enum.IsDefined{TEnum}(TEnum)"/>. The text token of each scheme, used by <see cref="InstitutionId.ToString"/>
/// and <see cref="InstitutionId.Parse"/>, is given with each value; <c>erasmus</c> and <c>pic</c> are the
/// <c>other-id</c> types of Erasmus Without Paper.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum IdentifierScheme
{
    /// <summary>
    /// <c>schac</c>: the SCHAC home organisation, a lower-case DNS domain such as <c>uio.no</c>; the HEI id of
    /// Erasmus Without Paper.
    /// </summary>
    Schac = 1,

    /// <summary><c>erasmus</c>: the Erasmus institutional code, such as <c>PL WARSZAW01</c> or <c>D  BERLIN01</c>.</summary>
    ErasmusCode = 2,

    /// <summary><c>pic</c>: the nine-digit Participant Identification Code of the EU Funding and Tenders portal.</summary>
    Pic = 3,

    /// <summary><c>oid</c>: an ISO/ITU object identifier in dotted-decimal form, such as <c>1.2.246.10.1234567.10</c>.</summary>
    Oid = 4,

    /// <summary><c>national</c>: a national register identifier (for example a business or school register number).</summary>
    National = 5,

    /// <summary><c>url</c>: an absolute <c>http</c> or <c>https</c> URL that identifies the institution.</summary>
    Url = 6,

    /// <summary><c>other</c>: any other identifier.</summary>
    Other = 7,
}
