using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>The name of a person: given names and family name, such as <c>Aino Maria</c> <c>Virtanen</c>.</summary>
/// <remarks>
/// <para>
/// The family name is required; the given names are optional, for people with a single name (mononyms), whose one
/// name is recorded as the family name, as travel documents do (ICAO Doc 9303: the primary identifier). Each part
/// present is normalised to Unicode NFC on creation (so a precomposed and a decomposed <c>ü</c> give the same name)
/// and must be non-empty, at most 256 characters, free of control characters and without white space at either end
/// (refused, never trimmed, as every value's text is). Inner spacing and letter case are kept as given.
/// </para>
/// <para>
/// Equality compares both parts (ordinal: <c>Müller</c> and <c>MÜLLER</c> differ). <see cref="ToString()"/> gives
/// <c>given family</c>, or the family name alone; names are personal data, so log them with care. This type is
/// immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record PersonName
{
    /// <summary>The longest part of a name, 256 characters.</summary>
    public const int MaxLength = 256;

    private PersonName(string? givenNames, string familyName)
    {
        GivenNames = givenNames;
        FamilyName = familyName;
    }

    /// <summary>The given names, such as <c>Aino Maria</c>; null for a person with a single name.</summary>
    public string? GivenNames { get; }

    /// <summary>The family name, such as <c>Virtanen</c>.</summary>
    public string FamilyName { get; }

    /// <summary>Returns a name, normalising both parts to Unicode NFC.</summary>
    /// <param name="givenNames">The given names, or null for a person with a single name.</param>
    /// <param name="familyName">The family name (a single name goes here).</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="familyName"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A part is empty (use null for no given names), begins or ends with white space, is longer than 256 characters, or
    /// holds a control character.
    /// </exception>
    public static PersonName Create(string? givenNames, string familyName) =>
        new(givenNames is null ? null : Check(givenNames, nameof(givenNames)), Check(familyName, nameof(familyName)));

    /// <summary>Returns the name of a person with a single name (a mononym), recorded as the family name.</summary>
    /// <param name="name">The name, such as <c>Suharto</c>.</param>
    /// <returns>The name, with no given names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, begins or ends with white space, is longer than 256 characters, or holds a control character.</exception>
    public static PersonName Mononym(string name) => new(null, Check(name, nameof(name)));

    /// <summary>The given names and the family name, separated by a space; the family name alone when there are no given names.</summary>
    /// <returns>The full name.</returns>
    public override string ToString() => GivenNames is null ? FamilyName : GivenNames + " " + FamilyName;

    private static string Check(string part, string paramName)
    {
        ArgumentNullException.ThrowIfNull(part, paramName);
        var normalized = part.Normalize(System.Text.NormalizationForm.FormC);
        if (!IdentifierSyntax.IsToken(normalized, MaxLength))
        {
            throw new ArgumentException(
                $"A name part must be non-empty, at most {MaxLength} characters, free of control characters and without white space at either end (trim it first).", paramName);
        }

        return normalized;
    }
}
