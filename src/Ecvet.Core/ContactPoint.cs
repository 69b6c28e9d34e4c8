using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// How to reach an organisation or its contact person: an e-mail address, a telephone number and/or a web page.
/// </summary>
/// <remarks>
/// <para>
/// At least one of <see cref="Email"/>, <see cref="Phone"/> and <see cref="Website"/> is present. The checks are
/// syntactic only and the values are kept as given: an e-mail address is ASCII <c>local@domain</c> with a domain of at
/// least two labels (internationalised domains in their <c>xn--</c> form), as for <see cref="Learner.Email"/>; a telephone number has digits (at least three), spaces and
/// <c>+ - ( ) . /</c> only, at most 32 characters, such as <c>+358 9 123 4567</c>; a web page is an absolute
/// <c>http</c> or <c>https</c> URI. <see cref="Name"/> (a person or an office, such as "International office") is a
/// single line of text.
/// </para>
/// <para>
/// Equality compares every property ordinally (the web page by its exact text). This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ContactPoint
{
    /// <summary>The longest telephone number accepted, in characters.</summary>
    public const int MaxPhoneLength = 32;

    internal ContactPoint(string? name, string? email, string? phone, Uri? website)
    {
        if (name is not null && !IdentifierSyntax.IsToken(name))
        {
            throw new ArgumentException($"A contact name must be {Preconditions.TokenRule}.", nameof(name));
        }

        if (email is not null && !EmailSyntax.IsValid(email))
        {
            throw new ArgumentException($"'{email}' is not an e-mail address; expected {EmailSyntax.Rule}, such as 'mobility@example.fi'.", nameof(email));
        }

        if (phone is not null && !IsPhone(phone))
        {
            throw new ArgumentException(
                $"'{phone}' is not a telephone number: use digits, spaces and + - ( ) . / only, such as '+358 9 123 4567'.", nameof(phone));
        }

        if (website is not null && !(website.IsAbsoluteUri && (website.Scheme == Uri.UriSchemeHttp || website.Scheme == Uri.UriSchemeHttps)))
        {
            throw new ArgumentException($"The web page must be an absolute http or https URI; '{website}' is not.", nameof(website));
        }

        if (email is null && phone is null && website is null)
        {
            throw new ArgumentException("A contact point needs an e-mail address, a telephone number or a web page.", nameof(email));
        }

        Name = name;
        Email = email;
        Phone = phone;
        Website = website;
    }

    /// <summary>The contact person or office, when named.</summary>
    public string? Name { get; }

    /// <summary>The e-mail address, when given.</summary>
    public string? Email { get; }

    /// <summary>The telephone number, when given.</summary>
    public string? Phone { get; }

    /// <summary>The web page, when given.</summary>
    public Uri? Website { get; }

    /// <summary>Creates a contact point; at least one of <paramref name="email"/>, <paramref name="phone"/> and <paramref name="website"/> is required.</summary>
    /// <param name="name">The contact person or office, if named; one line of text.</param>
    /// <param name="email">The e-mail address, if any.</param>
    /// <param name="phone">The telephone number, if any.</param>
    /// <param name="website">The web page, if any; an absolute http or https URI.</param>
    /// <returns>The contact point.</returns>
    /// <exception cref="ArgumentException">
    /// A value is malformed (the parameter named), or none of <paramref name="email"/>, <paramref name="phone"/> and
    /// <paramref name="website"/> is given (<c>email</c> named).
    /// </exception>
    public static ContactPoint Create(string? name = null, string? email = null, string? phone = null, Uri? website = null) =>
        new(name, email, phone, website);

    /// <summary>Whether both have ordinally equal properties. See the type documentation.</summary>
    /// <param name="other">The contact point to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ContactPoint? other) =>
        other is not null
        && string.Equals(Name, other.Name, StringComparison.Ordinal)
        && string.Equals(Email, other.Email, StringComparison.Ordinal)
        && string.Equals(Phone, other.Phone, StringComparison.Ordinal)
        && string.Equals(Website?.OriginalString, other.Website?.OriginalString, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() =>
        HashCode.Combine(
            Name is null ? 0 : StringComparer.Ordinal.GetHashCode(Name),
            Email is null ? 0 : StringComparer.Ordinal.GetHashCode(Email),
            Phone is null ? 0 : StringComparer.Ordinal.GetHashCode(Phone),
            Website is null ? 0 : StringComparer.Ordinal.GetHashCode(Website.OriginalString));

    /// <summary>The present values separated by commas, such as <c>International office, mobility@example.fi</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() =>
        string.Join(", ", new[] { Name, Email, Phone, Website?.OriginalString }.Where(v => v is not null));

    private static bool IsPhone(string value)
    {
        if (value.Length is 0 or > MaxPhoneLength || char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]))
        {
            return false;
        }

        var digits = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '+' or '-' or '(' or ')' or '.' or '/'))
            {
                return false;
            }
        }

        return digits >= 3;
    }
}
