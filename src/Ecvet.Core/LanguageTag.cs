using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A language tag in the BCP 47 (RFC 5646) syntax, such as <c>en</c>, <c>fi</c>, <c>pt-BR</c> or <c>sr-Latn-RS</c>.
/// </summary>
/// <remarks>
/// <para>
/// Tags are checked for well-formedness (language, optional extended language, script, region, variants, extensions and
/// private use, in that order) but not against the IANA registry, so <c>qq</c> is accepted. Grandfathered tags such as
/// <c>i-klingon</c> and tags made of private use only (<c>x-…</c>) are rejected; the separator is <c>-</c>, never
/// <c>_</c>.
/// </para>
/// <para>
/// The tag is kept in the case RFC 5646 recommends: everything lower case except the script (title case, <c>Latn</c>)
/// and a letter region (upper case, <c>BR</c>). Equality is ordinal on this normalised <see cref="Value"/>, so
/// <c>PT-br</c> equals <c>pt-BR</c>. Tags are not ordered by meaning; sort them with <see cref="StringComparer.Ordinal"/>
/// on <see cref="Value"/>. <see cref="ToString"/> returns <see cref="Value"/>, which round-trips through
/// <see cref="Parse"/>. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record LanguageTag : ITextParsable<LanguageTag>
{
    /// <summary>The longest tag accepted, in characters.</summary>
    public const int MaxLength = 128;

    private LanguageTag(string value, string language, string? script, string? region)
    {
        Value = value;
        Language = language;
        Script = script;
        Region = region;
    }

    /// <summary>English, <c>en</c>.</summary>
    public static LanguageTag English { get; } = new("en", "en", null, null);

    /// <summary>The whole tag in normalised case, such as <c>sr-Latn-RS</c>.</summary>
    public string Value { get; }

    /// <summary>The primary language subtag in lower case, such as <c>sr</c>.</summary>
    public string Language { get; }

    /// <summary>The script subtag in title case, such as <c>Latn</c>, or <see langword="null"/> when absent.</summary>
    public string? Script { get; }

    /// <summary>
    /// The region subtag, such as <c>RS</c> or <c>419</c>, or <see langword="null"/> when absent.
    /// </summary>
    public string? Region { get; }

    /// <summary>Parses a BCP 47 language tag, normalising its case.</summary>
    /// <param name="text">The tag, such as <c>pt-br</c>.</param>
    /// <returns>The tag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a well-formed language tag.</exception>
    public static LanguageTag Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var tag)
            ? tag
            : throw new FormatException($"'{text}' is not a well-formed BCP 47 language tag such as 'en', 'pt-BR' or 'sr-Latn-RS'.");
    }

    /// <summary>Tries to parse a BCP 47 language tag, normalising its case.</summary>
    /// <param name="text">The tag, such as <c>pt-br</c>.</param>
    /// <param name="tag">The tag, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a well-formed language tag.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out LanguageTag? tag)
    {
        tag = null;
        if (text is null || text.Length is 0 or > MaxLength)
        {
            return false;
        }

        if (text is "en")
        {
            tag = English;
            return true;
        }

        var parts = text.Split('-');
        foreach (var part in parts)
        {
            if (part.Length is 0 or > 8 || !IsAlphanumeric(part))
            {
                return false;
            }
        }

        var i = 0;
        var builder = new StringBuilder(text.Length);

        // language: 2–3 letters (optionally followed by up to three 3-letter extended language subtags) or 5–8 letters.
        var language = parts[i];
        if (!IsAlpha(language) || language.Length == 4 || language.Length < 2)
        {
            return false;
        }

        language = language.ToLowerInvariant();
        builder.Append(language);
        i++;
        if (language.Length <= 3)
        {
            for (var extlang = 0; extlang < 3 && i < parts.Length && parts[i].Length == 3 && IsAlpha(parts[i]); extlang++, i++)
            {
                builder.Append('-').Append(parts[i].ToLowerInvariant());
            }
        }

        string? script = null;
        if (i < parts.Length && parts[i].Length == 4 && IsAlpha(parts[i]))
        {
            script = string.Concat(parts[i][..1].ToUpperInvariant(), parts[i][1..].ToLowerInvariant());
            builder.Append('-').Append(script);
            i++;
        }

        string? region = null;
        if (i < parts.Length && ((parts[i].Length == 2 && IsAlpha(parts[i])) || (parts[i].Length == 3 && IsDigits(parts[i]))))
        {
            region = parts[i].ToUpperInvariant();
            builder.Append('-').Append(region);
            i++;
        }

        var variants = new HashSet<string>(StringComparer.Ordinal);
        while (i < parts.Length && IsVariant(parts[i]))
        {
            var variant = parts[i].ToLowerInvariant();
            if (!variants.Add(variant))
            {
                return false;
            }

            builder.Append('-').Append(variant);
            i++;
        }

        var singletons = new HashSet<char>();
        while (i < parts.Length && parts[i].Length == 1)
        {
            var singleton = char.ToLowerInvariant(parts[i][0]);
            var isPrivateUse = singleton == 'x';
            if (!isPrivateUse && !singletons.Add(singleton))
            {
                return false;
            }

            builder.Append('-').Append(singleton);
            i++;
            var start = i;
            while (i < parts.Length && (isPrivateUse || parts[i].Length >= 2))
            {
                builder.Append('-').Append(parts[i].ToLowerInvariant());
                i++;
            }

            if (i == start)
            {
                return false;
            }
        }

        if (i != parts.Length)
        {
            return false;
        }

        tag = new LanguageTag(builder.ToString(), language, script, region);
        return true;
    }

    /// <summary>The tag, such as <c>pt-BR</c>.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    /// <summary>
    /// The tags RFC 4647 "lookup" tries for this one, from the most to the least specific: <c>sr-Latn-RS</c>,
    /// <c>sr-Latn</c>, <c>sr</c>. Single-letter subtags are never left at the end.
    /// </summary>
    internal IEnumerable<string> Truncations()
    {
        var value = Value;
        yield return value;
        while (true)
        {
            var cut = value.LastIndexOf('-');
            if (cut < 0)
            {
                yield break;
            }

            value = value[..cut];
            var previous = value.LastIndexOf('-');
            if (previous >= 0 && value.Length - previous == 2)
            {
                continue;
            }

            yield return value;
        }
    }

    private static bool IsVariant(string part) =>
        (part.Length >= 5 && IsAlphanumeric(part)) || (part.Length == 4 && char.IsAsciiDigit(part[0]) && IsAlphanumeric(part));

    private static bool IsAlphanumeric(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAlpha(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(string part)
    {
        foreach (var c in part)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
