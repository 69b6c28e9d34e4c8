using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Utility;

namespace Ecvet;

/// <summary>
/// A credit system in which points are counted, such as ECVET, ECTS or a national scheme (<c>fi-osaamispiste</c>).
/// </summary>
/// <remarks>
/// <para>
/// <see cref="Code"/> is a lower-case token matching <c>^[a-z][a-z0-9._-]*$</c>, at most 64 characters.
/// <see cref="PointsPerFullTimeYear"/> (greater than 0 when given) and <see cref="FrameworkUri"/> (the Europass ELM
/// <c>education-credit</c> concept, absolute, when given) describe the scheme.
/// </para>
/// <para>
/// A scheme is identified by its code: equality compares <see cref="Code"/> only (ordinal), so a scheme read back from
/// JSON without its description still equals <see cref="Ecvet"/>. <see cref="ToString()"/> gives the code. Nothing
/// converts points between schemes implicitly; see <see cref="CreditConversionTable"/>.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record CreditScheme : ITextParsable<CreditScheme>
{
    /// <summary>The longest scheme code, 64 characters.</summary>
    public const int MaxCodeLength = 64;

    private CreditScheme(string code, decimal? pointsPerFullTimeYear, Uri? frameworkUri)
    {
        Code = code;
        PointsPerFullTimeYear = pointsPerFullTimeYear;
        FrameworkUri = frameworkUri;
    }

    /// <summary>
    /// ECVET points (<c>ecvet</c>): 60 points for the learning outcomes of one year of formal full-time VET
    /// (ECVET Recommendation 2009, Annex II §4).
    /// </summary>
    public static CreditScheme Ecvet { get; } =
        new("ecvet", 60m, new Uri("http://data.europa.eu/snb/education-credit/60b314e826", UriKind.Absolute));

    /// <summary>ECTS credits (<c>ects</c>): 60 credits for one year of full-time higher-education study.</summary>
    public static CreditScheme Ects { get; } =
        new("ects", 60m, new Uri("http://data.europa.eu/snb/education-credit/6fcec5c5af", UriKind.Absolute));

    /// <summary>The scheme code, a lower-case token such as <c>ecvet</c>.</summary>
    public string Code { get; }

    /// <summary>The points that one year of full-time learning is worth in this scheme, when known.</summary>
    public decimal? PointsPerFullTimeYear { get; }

    /// <summary>The Europass ELM credit-point framework concept of this scheme, when known.</summary>
    public Uri? FrameworkUri { get; }

    /// <summary>Returns a scheme.</summary>
    /// <param name="code">The code, matching <c>^[a-z][a-z0-9._-]*$</c>, at most 64 characters.</param>
    /// <param name="pointsPerFullTimeYear">The points worth one year of full-time learning, greater than 0; or <see langword="null"/>.</param>
    /// <param name="frameworkUri">The ELM framework concept, an absolute URI; or <see langword="null"/>.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a valid code, or <paramref name="frameworkUri"/> is relative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointsPerFullTimeYear"/> is 0 or negative.</exception>
    public static CreditScheme Create(string code, decimal? pointsPerFullTimeYear = null, Uri? frameworkUri = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValidCode(code))
        {
            var hint = IsValidCode(IdentifierSyntax.AsciiLower(code)) ? $" Codes are lower case: '{IdentifierSyntax.AsciiLower(code)}' (Parse accepts any case)." : string.Empty;
            throw new ArgumentException(CodeProblem(code) + hint, nameof(code));
        }

        if (pointsPerFullTimeYear is { } points)
        {
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(points, nameof(pointsPerFullTimeYear));
        }

        if (frameworkUri is not null)
        {
            Links.Check(frameworkUri, nameof(frameworkUri), "The framework URI");
        }

        return new CreditScheme(code, pointsPerFullTimeYear, frameworkUri);
    }

    /// <summary>
    /// Parses a scheme code in any case, as written by hand or by systems that spell codes in capitals (<c>ECVET</c>,
    /// <c>Ects</c>): the code is lower-cased (invariant). <c>ecvet</c> and <c>ects</c> give <see cref="Ecvet"/> and
    /// <see cref="Ects"/> with their descriptions, any other valid code a scheme without description.
    /// </summary>
    /// <param name="text">The code; white space around it is refused, never trimmed.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid code.</exception>
    public static CreditScheme Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var scheme) ? scheme : throw new FormatException(CodeProblem(text));
    }

    /// <summary>Tries to parse a scheme code (see <see cref="Parse"/>).</summary>
    /// <param name="text">The code.</param>
    /// <param name="scheme">The scheme, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid code.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out CreditScheme? scheme)
    {
        // Codes compare by their lower-case form; only ASCII letters change, so nothing else becomes valid.
        text = text is null ? null : IdentifierSyntax.AsciiLower(text);
        scheme = text switch
        {
            "ecvet" => Ecvet,
            "ects" => Ects,
            _ when IsValidCode(text) => new CreditScheme(text, null, null),
            _ => null,
        };
        return scheme is not null;
    }

    /// <summary>Returns a copy with the given points per full-time year.</summary>
    /// <param name="pointsPerFullTimeYear">The points, greater than 0; or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pointsPerFullTimeYear"/> is 0 or negative.</exception>
    public CreditScheme WithPointsPerFullTimeYear(decimal? pointsPerFullTimeYear) => Create(Code, pointsPerFullTimeYear, FrameworkUri);

    /// <summary>Returns a copy with the given ELM framework concept.</summary>
    /// <param name="frameworkUri">An absolute URI, or <see langword="null"/>.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentException"><paramref name="frameworkUri"/> is relative.</exception>
    public CreditScheme WithFrameworkUri(Uri? frameworkUri) => Create(Code, PointsPerFullTimeYear, frameworkUri);

    /// <summary>See the type documentation: equal when the codes are equal.</summary>
    /// <param name="other">The scheme to compare with.</param>
    /// <returns>Whether both are the same scheme.</returns>
    public bool Equals(CreditScheme? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code, such as <c>ecvet</c>.</summary>
    /// <returns>The code, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Code;

    internal static bool IsValidCode([NotNullWhen(true)] string? code)
    {
        if (code is not { Length: > 0 and <= MaxCodeLength } || !char.IsAsciiLetterLower(code[0]))
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static string CodeProblem(string code) =>
        $"'{code}' is not a credit scheme code; expected a lower-case letter followed by lower-case letters, digits, '.', '_' or '-', at most {MaxCodeLength} characters, such as 'ecvet' or 'fi-osaamispiste'.";
}
