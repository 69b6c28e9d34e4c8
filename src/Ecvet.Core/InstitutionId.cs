using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// An identifier of an education or training institution or other organisation, in a named
/// <see cref="IdentifierScheme"/>: <c>schac:omnia.fi</c>, <c>erasmus:PL WARSZAW01</c>, <c>pic:999999999</c>.
/// </summary>
/// <remarks>
/// <para>
/// The value is validated for its scheme. <see cref="Create"/> takes it as given; <see cref="Parse"/> and
/// <see cref="TryParse"/> lower-case a SCHAC domain, since DNS names are case-insensitive (RFC 4343), so
/// <c>schac:Stadinao.fi</c> reads as <c>schac:stadinao.fi</c>. Nothing else is normalised, and white space around the
/// text is refused, never trimmed:
/// </para>
/// <list type="bullet">
/// <item><see cref="IdentifierScheme.Schac"/>: a lower-case DNS domain of at least two labels (<c>uio.no</c>, <c>omnia.fi</c>).</item>
/// <item><see cref="IdentifierScheme.ErasmusCode"/>: the normalised Erasmus code: a country part of three characters
/// (one letter and two spaces, two letters and one space, or one of the three-letter parts <c>IRL</c> and <c>LUX</c>:
/// <c>D  </c>, <c>PL </c>, <c>IRL</c>), a city
/// part of upper-case letters and inner hyphens (at least three characters), and two or three digits:
/// <c>D  BERLIN01</c>, <c>PL WARSZAW01</c>, <c>SF HELSINK01</c>, <c>IRLDUBLIN01</c>, <c>F  PARIS001</c>.</item>
/// <item><see cref="IdentifierScheme.Pic"/>: exactly nine digits.</item>
/// <item><see cref="IdentifierScheme.Oid"/>: dotted decimal with at least two arcs, the first 0, 1 or 2, no leading zeros.</item>
/// <item><see cref="IdentifierScheme.Url"/>: an absolute <c>http</c> or <c>https</c> URI.</item>
/// <item><see cref="IdentifierScheme.National"/> and <see cref="IdentifierScheme.Other"/>: non-empty text of at most
/// 256 characters without control characters or white space at either end.</item>
/// </list>
/// <para>
/// Every value is at most 256 characters. Equality compares the scheme and the value (ordinal, case-sensitive).
/// <see cref="ToString()"/> gives <c>token:value</c> with the scheme's token (<c>schac</c>, <c>erasmus</c>, <c>pic</c>,
/// <c>oid</c>, <c>national</c>, <c>url</c>, <c>other</c>), which <see cref="Parse"/> reads back.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record InstitutionId : ITextParsable<InstitutionId>
{
    private static readonly string[] Tokens = ["schac", "erasmus", "pic", "oid", "national", "url", "other"];

    private InstitutionId(IdentifierScheme scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The identifier scheme.</summary>
    public IdentifierScheme Scheme { get; }

    /// <summary>The identifier within its scheme, such as <c>uio.no</c>.</summary>
    public string Value { get; }

    /// <summary>Returns an identifier after checking its value against its scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="value">The identifier within the scheme.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined scheme.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid in <paramref name="scheme"/>.</exception>
    public static InstitutionId Create(IdentifierScheme scheme, string value)
    {
        if (!Enum.IsDefined(scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Not a defined identifier scheme.");
        }

        ArgumentNullException.ThrowIfNull(value);
        var problem = Problem(scheme, value);
        return problem is null ? new InstitutionId(scheme, value) : throw new ArgumentException(problem, nameof(value));
    }

    /// <summary>Parses <c>token:value</c>, such as <c>schac:uio.no</c> or <c>erasmus:PL WARSZAW01</c>.</summary>
    /// <param name="text">The text: a scheme token (lower case), a colon, and the value.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> has no known scheme token or an invalid value.</exception>
    public static InstitutionId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IdentifierSyntax.TrySplitScheme(text, Tokens, out var token, out var value))
        {
            throw new FormatException(
                $"'{text}' is not an institution identifier; expected 'scheme:value' with scheme one of {string.Join(", ", Tokens)}, such as 'schac:uio.no'.");
        }

        var scheme = (IdentifierScheme)token;
        value = Normalise(scheme, value);
        var problem = Problem(scheme, value);
        return problem is null ? new InstitutionId(scheme, value) : throw new FormatException($"'{text}' is not an institution identifier: {problem}");
    }

    /// <summary>Tries to parse <c>token:value</c> (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out InstitutionId? id)
    {
        id = null;
        if (!IdentifierSyntax.TrySplitScheme(text, Tokens, out var token, out var raw)
            || Normalise((IdentifierScheme)token, raw) is var value && Problem((IdentifierScheme)token, value) is not null)
        {
            return false;
        }

        id = new InstitutionId((IdentifierScheme)token, value);
        return true;
    }

    /// <summary>Whether <paramref name="value"/> is a valid identifier in <paramref name="scheme"/>.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="value">The value to check.</param>
    /// <returns><see langword="true"/> when <see cref="Create"/> would accept the pair.</returns>
    public static bool IsValid(IdentifierScheme scheme, [NotNullWhen(true)] string? value) =>
        Enum.IsDefined(scheme) && value is not null && Problem(scheme, value) is null;

    /// <summary>
    /// Brings an Erasmus code typed or copied by hand into the normalised form that <see cref="Create"/> accepts:
    /// upper case, the country part padded with spaces to three characters, a one-digit number given a leading zero.
    /// <c>"pl  warszaw01"</c> gives <c>PL WARSZAW01</c>, <c>"D BERLIN01"</c> gives <c>D  BERLIN01</c>,
    /// <c>"IRL DUBLIN1"</c> gives <c>IRLDUBLIN01</c>.
    /// </summary>
    /// <remarks>
    /// Spreadsheets and web pages often collapse the padding spaces of Erasmus codes. The country part must still be
    /// separated from the city part by white space, except for <c>IRL</c> and <c>LUX</c>; nothing else is guessed.
    /// </remarks>
    /// <param name="text">The code as found.</param>
    /// <param name="code">The normalised code, when <paramref name="text"/> could be normalised.</param>
    /// <returns><see langword="true"/> when the result is a valid Erasmus code.</returns>
    public static bool TryNormalizeErasmusCode([NotNullWhen(true)] string? text, [NotNullWhen(true)] out string? code)
    {
        code = null;
        if (text is null || !System.Text.Ascii.IsValid(text))
        {
            return false;
        }

        var upper = text.Trim().ToUpperInvariant();
        var letters = 0;
        while (letters < upper.Length && char.IsAsciiLetterUpper(upper[letters]))
        {
            letters++;
        }

        string country;
        int rest;
        if (letters is >= 1 and <= 3 && letters < upper.Length && char.IsWhiteSpace(upper[letters]))
        {
            country = upper[..letters];
            rest = letters;
            while (rest < upper.Length && char.IsWhiteSpace(upper[rest]))
            {
                rest++;
            }
        }
        else if (upper.StartsWith("IRL", StringComparison.Ordinal) || upper.StartsWith("LUX", StringComparison.Ordinal))
        {
            country = upper[..3];
            rest = 3;
        }
        else
        {
            return false;
        }

        var tail = upper[rest..];
        if (tail.Length >= 2 && char.IsAsciiDigit(tail[^1]) && !char.IsAsciiDigit(tail[^2]))
        {
            tail = string.Concat(tail.AsSpan(0, tail.Length - 1), "0", tail.AsSpan(tail.Length - 1));
        }

        var candidate = country.PadRight(3) + tail;
        if (!IsErasmusCode(candidate))
        {
            return false;
        }

        code = candidate;
        return true;
    }

    /// <summary><c>token:value</c>, such as <c>schac:uio.no</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Tokens[(int)Scheme - 1] + ":" + Value;

    private static string SchacProblem(string value)
    {
        var lower = IdentifierSyntax.AsciiLower(value);
        var hint = IdentifierSyntax.IsLowercaseDomain(lower) ? $" ('{lower}'; Parse lower-cases it)" : string.Empty;
        return $"'{value}' is not a SCHAC home organisation; expected a lower-case DNS domain such as 'uio.no' or 'omnia.fi'{hint}.";
    }

    // What a text form may spell differently: a SCHAC domain is a DNS name, case-insensitive.
    private static string Normalise(IdentifierScheme scheme, string value) =>
        scheme == IdentifierScheme.Schac ? IdentifierSyntax.AsciiLower(value) : value;

    private static string? Problem(IdentifierScheme scheme, string value)
    {
        if (value.Length > IdentifierSyntax.MaxTokenLength)
        {
            return $"an identifier has at most {IdentifierSyntax.MaxTokenLength} characters; this one has {value.Length}.";
        }

        return scheme switch
        {
            IdentifierScheme.Schac => IdentifierSyntax.IsLowercaseDomain(value) ? null : SchacProblem(value),
            IdentifierScheme.ErasmusCode => IsErasmusCode(value) ? null
                : $"'{value}' is not an Erasmus code; expected a country part padded with spaces to three characters, an upper-case city part and two or three digits, such as 'PL WARSZAW01', 'D  BERLIN01' or 'IRLDUBLIN01'.",
            IdentifierScheme.Pic => value.Length == 9 && IdentifierSyntax.IsDigits(value) ? null
                : $"'{value}' is not a PIC; expected exactly nine digits, such as '999999999'.",
            IdentifierScheme.Oid => IsOid(value) ? null
                : $"'{value}' is not an OID; expected dotted decimal arcs starting with 0, 1 or 2, such as '1.2.246.562.10.12345678901'.",
            IdentifierScheme.Url => IsHttpUrl(value) ? null
                : $"'{value}' is not an absolute http or https URL.",
            _ => IdentifierSyntax.IsToken(value) ? null
                : $"'{value}' is not an identifier; expected non-empty text without control characters or white space at either end.",
        };
    }

    private static bool IsErasmusCode(string value)
    {
        // Country part: 3 characters, letters then padding spaces (one letter + 2 spaces, two + 1, or three letters).
        if (value.Length < 3 + 3 + 2)
        {
            return false;
        }

        var letters = 0;
        while (letters < 3 && char.IsAsciiLetterUpper(value[letters]))
        {
            letters++;
        }

        if (letters == 0 || value.AsSpan(letters, 3 - letters).ContainsAnyExcept(' '))
        {
            return false;
        }

        // IRL and LUX are the only three-letter country parts; anything else glued to the city is a typo (PLWARSZAW01).
        if (letters == 3 && !value.StartsWith("IRL", StringComparison.Ordinal) && !value.StartsWith("LUX", StringComparison.Ordinal))
        {
            return false;
        }

        // Number part: two or three trailing digits.
        var digitsStart = value.Length;
        while (digitsStart > 3 && char.IsAsciiDigit(value[digitsStart - 1]))
        {
            digitsStart--;
        }

        var digits = value.Length - digitsStart;
        if (digits is < 2 or > 3)
        {
            return false;
        }

        // City part: upper-case letters and inner hyphens, starting and ending with a letter, at least 3 characters.
        var city = value.AsSpan(3, digitsStart - 3);
        if (city.Length < 3 || !char.IsAsciiLetterUpper(city[0]) || !char.IsAsciiLetterUpper(city[^1]))
        {
            return false;
        }

        foreach (var c in city)
        {
            if (!char.IsAsciiLetterUpper(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOid(string value)
    {
        var arcs = 0;
        foreach (var range in value.AsSpan().Split('.'))
        {
            var arc = value.AsSpan(range);
            if (!IdentifierSyntax.IsDigits(arc) || (arc.Length > 1 && arc[0] == '0'))
            {
                return false;
            }

            if (arcs == 0 && !(arc.Length == 1 && arc[0] is '0' or '1' or '2'))
            {
                return false;
            }

            arcs++;
        }

        return arcs >= 2;
    }

    private static bool IsHttpUrl(string value) =>
        IdentifierSyntax.IsToken(value)
        && !value.AsSpan().ContainsAny(' ', '\t')
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && uri.Host.Length > 0;
}
