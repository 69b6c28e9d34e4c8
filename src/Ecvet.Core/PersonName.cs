namespace Ecvet;

/// <summary>The name of a person: given names and family name, such as <c>Aino Maria</c> <c>Virtanen</c>.</summary>
/// <remarks>
/// <para>
/// Both parts are required, trimmed and normalised to Unicode NFC on creation (so a precomposed and a decomposed
/// <c>ü</c> give the same name), non-empty, at most 256 characters and free of control characters. Inner spacing and
/// letter case are kept as given.
/// </para>
/// <para>
/// Equality compares both parts (ordinal: <c>Müller</c> and <c>MÜLLER</c> differ). <see cref="ToString()"/> gives
/// <c>given family</c>; names are personal data, so log them with care. This type is immutable and thread-safe.
/// </para>
/// </remarks>
public sealed record PersonName
{
    /// <summary>The longest part of a name, 256 characters.</summary>
    public const int MaxLength = 256;

    private PersonName(string givenNames, string familyName)
    {
        GivenNames = givenNames;
        FamilyName = familyName;
    }

    /// <summary>The given names, such as <c>Aino Maria</c>.</summary>
    public string GivenNames { get; }

    /// <summary>The family name, such as <c>Virtanen</c>.</summary>
    public string FamilyName { get; }

    /// <summary>Returns a name, trimming both parts and normalising them to Unicode NFC.</summary>
    /// <param name="givenNames">The given names.</param>
    /// <param name="familyName">The family name.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="givenNames"/> or <paramref name="familyName"/> is null.</exception>
    /// <exception cref="ArgumentException">A part is empty or white space, longer than 256 characters, or holds a control character.</exception>
    public static PersonName Create(string givenNames, string familyName) =>
        new(Check(givenNames, nameof(givenNames)), Check(familyName, nameof(familyName)));

    /// <summary>The given names and the family name, separated by a space.</summary>
    /// <returns>The full name.</returns>
    public override string ToString() => GivenNames + " " + FamilyName;

    private static string Check(string part, string paramName)
    {
        ArgumentNullException.ThrowIfNull(part, paramName);
        var trimmed = part.Trim().Normalize(System.Text.NormalizationForm.FormC);
        if (!IdentifierSyntax.IsToken(trimmed, MaxLength))
        {
            throw new ArgumentException(
                $"A name part must be non-empty, at most {MaxLength} characters and free of control characters.", paramName);
        }

        return trimmed;
    }
}
