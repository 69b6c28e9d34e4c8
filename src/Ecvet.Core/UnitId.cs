using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>The identifier of a unit of learning outcomes, such as <c>cook-u3</c>.</summary>
/// <remarks>
/// An identifier is 1 to 256 characters with no white space at either end, no control characters and no lone surrogate; any other text,
/// a URI included, is accepted as it is. Equality is ordinal and case-sensitive on <see cref="Value"/>; identifiers are
/// not ordered (sort them with <see cref="StringComparer.Ordinal"/> on <see cref="Value"/>). <see cref="ToString"/>
/// returns <see cref="Value"/>, which round-trips through <see cref="Parse"/>; the type is also
/// <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record UnitId : ITokenIdentifier<UnitId>
{
    private UnitId(string value) => Value = value;

    /// <summary>The identifier text.</summary>
    public string Value { get; }

    static string ITokenIdentifier<UnitId>.Noun => "unit identifier";

    /// <summary>Parses a unit identifier.</summary>
    /// <param name="text">The identifier text, kept as it is.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a valid identifier.</exception>
    public static UnitId Parse(string text) => ITokenIdentifier<UnitId>.ParseToken(text);

    /// <summary>Tries to parse a unit identifier.</summary>
    /// <param name="text">The identifier text, kept as it is.</param>
    /// <param name="id">The identifier, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is a valid identifier.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out UnitId? id) =>
        ITokenIdentifier<UnitId>.TryParseToken(text, out id);

    /// <summary>The identifier text.</summary>
    /// <returns><see cref="Value"/>.</returns>
    public override string ToString() => Value;

    static UnitId ITokenIdentifier<UnitId>.Wrap(string token) => new(token);
}
