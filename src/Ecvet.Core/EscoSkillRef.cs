using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A reference to an ESCO skill or knowledge concept by its URI, such as
/// <c>http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d</c>, optionally with its type and reuse level.
/// </summary>
/// <remarks>
/// <para>
/// The URI is exactly <c>http://data.europa.eu/esco/skill/{uuid}</c> with a lower-case RFC 4122 UUID, as ESCO publishes
/// it: no <c>https</c>, no upper case, no trailing slash. ESCO concepts are identified by their URI, so two references
/// are equal when their URIs are equal (ordinal); <see cref="SkillType"/> and <see cref="ReuseLevel"/> are descriptive
/// and do not take part in equality.
/// </para>
/// <para>
/// <see cref="ToString()"/> gives the URI, which <see cref="Parse"/> reads back. This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record EscoSkillRef : ITextParsable<EscoSkillRef>
{
    /// <summary>The prefix of every ESCO skill URI, <c>http://data.europa.eu/esco/skill/</c>.</summary>
    public const string UriPrefix = "http://data.europa.eu/esco/skill/";

    private readonly string text;

    private EscoSkillRef(string text, EscoSkillType? skillType, EscoReuseLevel? reuseLevel)
    {
        this.text = text;
        SkillType = skillType;
        ReuseLevel = reuseLevel;
    }

    /// <summary>The concept URI.</summary>
    public Uri Uri => new(text, UriKind.Absolute);

    /// <summary>The UUID that ends the concept URI.</summary>
    public Guid Id => Guid.ParseExact(text.AsSpan(UriPrefix.Length), "D");

    /// <summary>Whether the concept is knowledge or a skill/competence, when known.</summary>
    public EscoSkillType? SkillType { get; }

    /// <summary>The reuse level of the concept, when known.</summary>
    public EscoReuseLevel? ReuseLevel { get; }

    /// <summary>Returns a reference to the skill with the given URI.</summary>
    /// <param name="uri">The concept URI, <c>http://data.europa.eu/esco/skill/{uuid}</c>.</param>
    /// <param name="skillType">The skill type, when known.</param>
    /// <param name="reuseLevel">The reuse level, when known.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not an ESCO skill URI.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skillType"/> or <paramref name="reuseLevel"/> is not a defined value.</exception>
    public static EscoSkillRef From(Uri uri, EscoSkillType? skillType = null, EscoReuseLevel? reuseLevel = null)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var original = uri.OriginalString;
        if (!IsValid(original))
        {
            throw new ArgumentException(Problem(original), nameof(uri));
        }

        return new EscoSkillRef(original, CheckType(skillType), CheckReuse(reuseLevel));
    }

    /// <summary>Returns a reference to the skill with the given UUID.</summary>
    /// <param name="id">The UUID of the concept.</param>
    /// <param name="skillType">The skill type, when known.</param>
    /// <param name="reuseLevel">The reuse level, when known.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an RFC 4122 UUID (version 1 to 5).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skillType"/> or <paramref name="reuseLevel"/> is not a defined value.</exception>
    public static EscoSkillRef From(Guid id, EscoSkillType? skillType = null, EscoReuseLevel? reuseLevel = null)
    {
        var uuid = id.ToString("D");
        if (!IdentifierSyntax.IsLowercaseUuid(uuid))
        {
            throw new ArgumentException($"'{uuid}' is not an RFC 4122 UUID of version 1 to 5.", nameof(id));
        }

        return new EscoSkillRef(UriPrefix + uuid, CheckType(skillType), CheckReuse(reuseLevel));
    }

    /// <summary>Parses a skill URI, such as <c>http://data.europa.eu/esco/skill/ccd0a1d9-afda-43d9-b901-96344886e14d</c>.</summary>
    /// <param name="text">The URI text.</param>
    /// <returns>The reference, without type or reuse level.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an ESCO skill URI.</exception>
    public static EscoSkillRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var reference) ? reference : throw new FormatException(Problem(text));
    }

    /// <summary>Tries to parse a skill URI (see <see cref="Parse"/>).</summary>
    /// <param name="text">The URI text.</param>
    /// <param name="reference">The reference, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an ESCO skill URI.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EscoSkillRef? reference)
    {
        reference = IsValid(text) ? new EscoSkillRef(text, null, null) : null;
        return reference is not null;
    }

    /// <summary>The reference for <paramref name="text"/> with the given type and reuse level, or null when the text is not an ESCO skill URI.</summary>
    internal static EscoSkillRef? TryCreate(string text, EscoSkillType? skillType, EscoReuseLevel? reuseLevel) =>
        IsValid(text) ? new EscoSkillRef(text, CheckType(skillType), CheckReuse(reuseLevel)) : null;

    /// <summary>Returns a copy with the given skill type.</summary>
    /// <param name="skillType">The skill type, or <see langword="null"/> when unknown.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="skillType"/> is not a defined value.</exception>
    public EscoSkillRef WithSkillType(EscoSkillType? skillType) => new(text, CheckType(skillType), ReuseLevel);

    /// <summary>Returns a copy with the given reuse level.</summary>
    /// <param name="reuseLevel">The reuse level, or <see langword="null"/> when unknown.</param>
    /// <returns>The copy.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reuseLevel"/> is not a defined value.</exception>
    public EscoSkillRef WithReuseLevel(EscoReuseLevel? reuseLevel) => new(text, SkillType, CheckReuse(reuseLevel));

    /// <summary>See the type documentation: equal when the URIs are equal.</summary>
    /// <param name="other">The reference to compare with.</param>
    /// <returns>Whether both refer to the same concept.</returns>
    public bool Equals(EscoSkillRef? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    /// <summary>The concept URI.</summary>
    /// <returns>The URI text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => text;

    private static bool IsValid([NotNullWhen(true)] string? text) => IdentifierSyntax.IsPrefixedLowercaseUuid(text, UriPrefix);

    private static string Problem(string text) =>
        $"'{text}' is not an ESCO skill URI; expected {UriPrefix}{{uuid}} with a lower-case UUID, such as {UriPrefix}ccd0a1d9-afda-43d9-b901-96344886e14d.";

    private static EscoSkillType? CheckType(EscoSkillType? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value is { } v && !Enum.IsDefined(v) ? throw new ArgumentOutOfRangeException(paramName, v, "Not a defined ESCO skill type.") : value;

    private static EscoReuseLevel? CheckReuse(EscoReuseLevel? value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null) =>
        value is { } v && !Enum.IsDefined(v) ? throw new ArgumentOutOfRangeException(paramName, v, "Not a defined ESCO reuse level.") : value;
}
