using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// An identifier of a learner in a named <see cref="LearnerIdScheme"/>, such as a European Student Identifier
/// <c>urn:schac:personalUniqueCode:int:esi:uio.no:1234567890</c>.
/// </summary>
/// <remarks>
/// <para>The value is validated for its scheme and never normalised:</para>
/// <list type="bullet">
/// <item><see cref="LearnerIdScheme.Esi"/>: <c>urn:schac:personalUniqueCode:int:esi:&lt;sho&gt;:&lt;code&gt;</c> with
/// the prefix exactly as written, <c>&lt;sho&gt;</c> the SCHAC home organisation of the issuer (a lower-case DNS
/// domain such as <c>uio.no</c>) or a lower-case two-letter country code for a national identifier (<c>fi</c>), and
/// <c>&lt;code&gt;</c> non-empty printable ASCII without white space.</item>
/// <item><see cref="LearnerIdScheme.National"/>, <see cref="LearnerIdScheme.Local"/> and
/// <see cref="LearnerIdScheme.Other"/>: non-empty text without control characters or white space at either end.</item>
/// </list>
/// <para>
/// Every value is at most 256 characters. Equality compares scheme and value (ordinal). <see cref="ToString()"/> gives
/// <c>token:value</c> (<c>esi:urn:schac:…</c>, <c>national:…</c>, <c>local:…</c>, <c>other:…</c>), which
/// <see cref="Parse"/> reads back. Learner identifiers are personal data: log them with care.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LearnerId : ITextParsable<LearnerId>
{
    /// <summary>The prefix of every European Student Identifier.</summary>
    public const string EsiPrefix = "urn:schac:personalUniqueCode:int:esi:";

    private static readonly string[] Tokens = ["esi", "national", "local", "other"];

    private LearnerId(LearnerIdScheme scheme, string value)
    {
        Scheme = scheme;
        Value = value;
    }

    /// <summary>The identifier scheme.</summary>
    public LearnerIdScheme Scheme { get; }

    /// <summary>The identifier within its scheme.</summary>
    public string Value { get; }

    /// <summary>Returns an identifier after checking its value against its scheme.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="value">The identifier within the scheme.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="scheme"/> is not a defined scheme.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid in <paramref name="scheme"/>.</exception>
    public static LearnerId Create(LearnerIdScheme scheme, string value)
    {
        if (!Enum.IsDefined(scheme))
        {
            throw new ArgumentOutOfRangeException(nameof(scheme), scheme, "Not a defined learner identifier scheme.");
        }

        ArgumentNullException.ThrowIfNull(value);
        var problem = Problem(scheme, value);
        return problem is null ? new LearnerId(scheme, value) : throw new ArgumentException(problem, nameof(value));
    }

    /// <summary>Returns a European Student Identifier.</summary>
    /// <param name="value">The full identifier, <c>urn:schac:personalUniqueCode:int:esi:&lt;sho&gt;:&lt;code&gt;</c>.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a European Student Identifier.</exception>
    public static LearnerId Esi(string value) => Create(LearnerIdScheme.Esi, value);

    /// <summary>Parses <c>token:value</c>, such as <c>esi:urn:schac:personalUniqueCode:int:esi:uio.no:1234567890</c>.</summary>
    /// <param name="text">The text: a scheme token (lower case), a colon and the value.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> has no known scheme token or an invalid value.</exception>
    public static LearnerId Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!IdentifierSyntax.TrySplitScheme(text, Tokens, out var token, out var value))
        {
            throw new FormatException(
                $"'{text}' is not a learner identifier; expected 'scheme:value' with scheme one of {string.Join(", ", Tokens)}.");
        }

        var scheme = (LearnerIdScheme)token;
        var problem = Problem(scheme, value);
        return problem is null ? new LearnerId(scheme, value) : throw new FormatException($"'{text}' is not a learner identifier: {problem}");
    }

    /// <summary>Tries to parse <c>token:value</c> (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="id">The identifier, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LearnerId? id)
    {
        id = null;
        if (!IdentifierSyntax.TrySplitScheme(text, Tokens, out var token, out var value) || Problem((LearnerIdScheme)token, value) is not null)
        {
            return false;
        }

        id = new LearnerId((LearnerIdScheme)token, value);
        return true;
    }

    /// <summary><c>token:value</c>, such as <c>local:S-2024-0042</c>.</summary>
    /// <returns>The text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => Tokens[(int)Scheme - 1] + ":" + Value;

    private static string? Problem(LearnerIdScheme scheme, string value)
    {
        if (value.Length > IdentifierSyntax.MaxTokenLength)
        {
            return $"an identifier has at most {IdentifierSyntax.MaxTokenLength} characters; this one has {value.Length}.";
        }

        if (scheme == LearnerIdScheme.Esi)
        {
            return IsEsi(value) ? null
                : $"'{value}' is not a European Student Identifier; expected '{EsiPrefix}<sho>:<code>' with <sho> a lower-case domain such as 'uio.no' (or a lower-case country code) and <code> printable ASCII without spaces.";
        }

        return IdentifierSyntax.IsToken(value) ? null
            : $"'{value}' is not an identifier; expected non-empty text without control characters or white space at either end.";
    }

    private static bool IsEsi(string value)
    {
        if (!value.StartsWith(EsiPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = value.AsSpan(EsiPrefix.Length);
        var colon = rest.IndexOf(':');
        if (colon <= 0)
        {
            return false;
        }

        var sho = rest[..colon];
        var code = rest[(colon + 1)..];
        var shoOk = IdentifierSyntax.IsLowercaseDomain(sho) || (sho.Length == 2 && char.IsAsciiLetterLower(sho[0]) && char.IsAsciiLetterLower(sho[1]));
        return shoOk && !code.IsEmpty && !code.ContainsAnyExceptInRange('!', '~');
    }
}
