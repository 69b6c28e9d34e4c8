using System.Text.Json.Serialization;

namespace Ecvet.Serialization;

/// <summary>
/// What is wrong with a JSON document, as a stable code.
/// </summary>
/// <remarks>
/// The numeric values are part of the contract and never change meaning; a code is shown as <c>EcvetJson</c> followed
/// by its four-digit value, such as <c>EcvetJson0012</c> (see <see cref="JsonProblem.CodeText"/>). New codes may be added
/// in later versions. 0 is not a code.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public enum JsonProblemCode
{
    /// <summary>The input is larger than <see cref="EcvetJsonReaderOptions.MaxInputBytes"/>; it was not parsed.</summary>
    InputTooLarge = 1,

    /// <summary>The input is empty or only white space.</summary>
    EmptyInput = 2,

    /// <summary>The input is not well-formed JSON (RFC 8259): a syntax error, truncated input, trailing data, a comment.</summary>
    InvalidJson = 3,

    /// <summary>The input starts with a byte order mark; JSON documents are exchanged as UTF-8 without one.</summary>
    ByteOrderMark = 4,

    /// <summary>The input or a string in it is not valid Unicode (invalid UTF-8, or a lone surrogate such as <c>"\uD800"</c>).</summary>
    InvalidText = 5,

    /// <summary>Objects and arrays are nested deeper than <see cref="EcvetJson.MaxDepth"/>.</summary>
    DepthExceeded = 6,

    /// <summary>The document is the literal <c>null</c>.</summary>
    NullDocument = 10,

    /// <summary>A value has the wrong JSON type, such as a string where a number is expected.</summary>
    WrongType = 11,

    /// <summary>An object has a property that the format does not define.</summary>
    UnknownProperty = 12,

    /// <summary>A property differs only by letter case from a defined one; property names are case-sensitive.</summary>
    PropertyNameCase = 13,

    /// <summary>An object has the same property (or a language map the same language) twice.</summary>
    DuplicateProperty = 14,

    /// <summary>A required property is missing.</summary>
    MissingProperty = 15,

    /// <summary>A value is <c>null</c> where the format does not allow it (including inside arrays and maps).</summary>
    NullNotAllowed = 16,

    /// <summary>An enumeration value is not one of the defined names (integers are never accepted).</summary>
    InvalidEnumValue = 17,

    /// <summary>
    /// A number is not a plain decimal number in range: an exponent, beyond the type's range, or more digits than a
    /// <see cref="decimal"/> holds exactly (such as <c>180.000000000000000000000000001</c>, which would be read as 180).
    /// </summary>
    InvalidNumber = 18,

    /// <summary>
    /// A date, month or instant is not in the form the schema states: not an existing ISO-8601 calendar date
    /// (<c>uuuu-MM-dd</c>, such as <c>2026-02-30</c>), month (<c>uuuu-MM</c>) or RFC 3339 instant in UTC
    /// (<c>2026-03-01T24:00:00Z</c> is not one), or outside the years 1 to 9999.
    /// </summary>
    InvalidDate = 19,

    /// <summary>The document's <c>schemaVersion</c> is not one this library reads.</summary>
    UnsupportedSchemaVersion = 20,

    /// <summary>A string is empty, has white space at an end, or contains control characters where that is not allowed.</summary>
    InvalidString = 21,

    /// <summary>A string is longer than the format allows.</summary>
    StringTooLong = 22,

    /// <summary>
    /// An array or map has more entries than the format allows. Not reported since the count limits moved to the domain
    /// (which has none): the input limit bounds every array. Kept so that the numbering stays stable.
    /// </summary>
    TooManyItems = 23,

    /// <summary>An array that must have entries is empty.</summary>
    EmptyCollection = 24,

    /// <summary>Credit points are negative.</summary>
    NegativePoints = 30,

    /// <summary>Credit points have more than two decimals.</summary>
    PointsTooPrecise = 31,

    /// <summary>Credit points are beyond the largest allowed value.</summary>
    PointsTooLarge = 32,

    /// <summary>An EQF level is not a whole number from 1 to 8.</summary>
    InvalidEqfLevel = 33,

    /// <summary>A language tag is not a valid BCP 47 tag.</summary>
    InvalidLanguageTag = 34,

    /// <summary>An identifier (of a qualification, unit, outcome or institution) is not valid.</summary>
    InvalidIdentifier = 35,

    /// <summary>The same identifier is used twice where identifiers must be unique.</summary>
    DuplicateId = 36,

    /// <summary>An identifier refers to something the document does not contain, such as an allocation to an unknown unit.</summary>
    UnknownReference = 37,

    /// <summary>A credit scheme code is not valid, or is not the one the document requires.</summary>
    InvalidCreditScheme = 38,

    /// <summary>A value breaks a rule of the domain that no more specific code describes; the message says which.</summary>
    InvalidValue = 39,

    /// <summary>
    /// A document holds a state its lifecycle cannot reach: a learning agreement history the transitions would refuse
    /// (a signature on a hash the version or proposal does not have, or a role signing twice; a version after one in
    /// force that no approved proposal made; a proposal on a version not in force when it was made, or dated before that
    /// version was signed; an approved proposal that was rejected or lacks signatures; an end where none is allowed or
    /// dated before the last event), or a memorandum or transcript signature that does not bind to the document (another
    /// hash, a role twice, dated before the transcript was issued). The message names the step; the path points at it.
    /// </summary>
    InvalidLifecycle = 40,
}
