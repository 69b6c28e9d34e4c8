using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ecvet.Serialization;

namespace Ecvet;

/// <summary>
/// A reference to an ESCO occupation by its URI, such as
/// <c>http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e</c> (cook).
/// </summary>
/// <remarks>
/// The URI is exactly <c>http://data.europa.eu/esco/occupation/{uuid}</c> with a lower-case RFC 4122 UUID, as ESCO
/// publishes it. Equality compares the URI (ordinal). <see cref="ToString()"/> gives the URI, which <see cref="Parse"/>
/// reads back. This type is immutable and thread-safe.
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record EscoOccupationRef : ITextParsable<EscoOccupationRef>
{
    /// <summary>The prefix of every ESCO occupation URI, <c>http://data.europa.eu/esco/occupation/</c>.</summary>
    public const string UriPrefix = "http://data.europa.eu/esco/occupation/";

    private readonly string text;

    private EscoOccupationRef(string text) => this.text = text;

    /// <summary>The concept URI.</summary>
    public Uri Uri => new(text, UriKind.Absolute);

    /// <summary>The UUID that ends the concept URI.</summary>
    public Guid Id => Guid.ParseExact(text.AsSpan(UriPrefix.Length), "D");

    /// <summary>Returns a reference to the occupation with the given URI.</summary>
    /// <param name="uri">The concept URI, <c>http://data.europa.eu/esco/occupation/{uuid}</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not an ESCO occupation URI.</exception>
    public static EscoOccupationRef From(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var original = uri.OriginalString;
        return IsValid(original) ? new EscoOccupationRef(original) : throw new ArgumentException(Problem(original), nameof(uri));
    }

    /// <summary>Returns a reference to the occupation with the given UUID.</summary>
    /// <param name="id">The UUID of the concept.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not an RFC 4122 UUID (version 1 to 5).</exception>
    public static EscoOccupationRef From(Guid id)
    {
        var uuid = id.ToString("D");
        return IdentifierSyntax.IsLowercaseUuid(uuid)
            ? new EscoOccupationRef(UriPrefix + uuid)
            : throw new ArgumentException($"'{uuid}' is not an RFC 4122 UUID of version 1 to 5.", nameof(id));
    }

    /// <summary>Parses an occupation URI.</summary>
    /// <param name="text">The URI text.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an ESCO occupation URI.</exception>
    public static EscoOccupationRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var reference) ? reference : throw new FormatException(Problem(text));
    }

    /// <summary>Tries to parse an occupation URI (see <see cref="Parse"/>).</summary>
    /// <param name="text">The URI text.</param>
    /// <param name="reference">The reference, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is an ESCO occupation URI.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out EscoOccupationRef? reference)
    {
        reference = IsValid(text) ? new EscoOccupationRef(text) : null;
        return reference is not null;
    }

    /// <summary>See the type documentation: equal when the URIs are equal.</summary>
    /// <param name="other">The reference to compare with.</param>
    /// <returns>Whether both refer to the same occupation.</returns>
    public bool Equals(EscoOccupationRef? other) => other is not null && string.Equals(text, other.text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(text);

    /// <summary>The concept URI.</summary>
    /// <returns>The URI text, which <see cref="Parse"/> reads back.</returns>
    public override string ToString() => text;

    private static bool IsValid([NotNullWhen(true)] string? text) => IdentifierSyntax.IsPrefixedLowercaseUuid(text, UriPrefix);

    private static string Problem(string text) =>
        $"'{text}' is not an ESCO occupation URI; expected {UriPrefix}{{uuid}} with a lower-case UUID, such as {UriPrefix}90f75f67-495d-49fa-ab57-2f320e251d7e.";
}
