using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Serialization.Hashing;

namespace Ecvet.Agreements;

/// <summary>
/// The SHA-256 hash of a document's content, taken over its RFC 8785 canonical JSON; what a <see cref="Signature"/> signs.
/// </summary>
/// <remarks>
/// <para>
/// A content hash identifies one exact content: any change to any field gives a different hash, while the order of
/// JSON properties, white space and the culture of the machine do not matter. Any system can recompute it: write the
/// content as the wire JSON of this library (camelCase, every member present, optional ones as <c>null</c>; for a
/// learning agreement version, its <c>content</c> object; for a MoU or a transcript, the document without its
/// <c>hash</c> and <c>signatures</c> members), canonicalize it with the JSON Canonicalization Scheme (RFC 8785) and take
/// SHA-256 of the UTF-8 bytes (<see cref="OfJson(ReadOnlySpan{byte})"/> does the last two steps).
/// </para>
/// <para>
/// The text form is the 64 lowercase hexadecimal digits of the hash. Equality is ordinal on that text.
/// This type is immutable and thread-safe.
/// </para>
/// </remarks>
[JsonConverter(typeof(EcvetJsonConverter))]
public sealed record ContentHash : ITextParsable<ContentHash>
{
    /// <summary>The number of hexadecimal digits of a hash, 64.</summary>
    public const int Length = 64;

    private ContentHash(string value) => Value = value;

    /// <summary>The 64 lowercase hexadecimal digits of the SHA-256 hash.</summary>
    public string Value { get; }

    /// <summary>Parses 64 hexadecimal digits (either case; the result is lowercase).</summary>
    /// <param name="text">The text to parse.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not 64 hexadecimal digits.</exception>
    public static ContentHash Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var hash)
            ? hash
            : throw new FormatException($"'{text}' is not a content hash; expected {Length} hexadecimal digits (SHA-256).");
    }

    /// <summary>Tries to parse 64 hexadecimal digits.</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="hash">The hash, when parsing succeeded.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is 64 hexadecimal digits.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out ContentHash? hash)
    {
        if (text is { Length: Length } && IsHex(text))
        {
            hash = new ContentHash(text.ToLowerInvariant());
            return true;
        }

        hash = null;
        return false;
    }

    /// <summary>Computes the hash of a JSON text: canonicalizes it with RFC 8785, then takes SHA-256 of the UTF-8 bytes.</summary>
    /// <param name="utf8Json">The JSON text, in UTF-8.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="FormatException">The text is not JSON, or not I-JSON (duplicate names, lone surrogates, numbers beyond a double).</exception>
    public static ContentHash OfJson(ReadOnlySpan<byte> utf8Json) => OfCanonicalBytes(JsonCanonicalizer.Canonicalize(utf8Json));

    /// <summary>Computes the hash of a JSON text given as a string; see <see cref="OfJson(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The hash.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The text is not JSON or not I-JSON.</exception>
    public static ContentHash OfJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return OfJson(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The hash of bytes that are already canonical.</summary>
    internal static ContentHash OfCanonicalBytes(ReadOnlySpan<byte> canonical) =>
        new(Convert.ToHexStringLower(SHA256.HashData(canonical)));

    /// <summary>The 64 lowercase hexadecimal digits.</summary>
    /// <returns>The text form, which round-trips through <see cref="Parse"/>.</returns>
    public override string ToString() => Value;

    private static bool IsHex(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
