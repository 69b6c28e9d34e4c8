using System.Text;
using Ecvet.Serialization.Internal;

namespace Ecvet.Serialization;

/// <summary>Telling which kind of document a JSON text is, before choosing how to read it.</summary>
public static partial class EcvetJson
{
    /// <summary>
    /// Tells which kind of root document UTF-8 JSON is meant to be, from the names of its top-level properties, without
    /// validating it: use it to choose the <c>Parse…</c> method, or to tell a user that they sent a learning agreement
    /// where a qualification document was expected.
    /// </summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON; a leading byte order mark is ignored.</param>
    /// <returns>
    /// The kind whose own top-level properties (those no other kind has, such as <c>qualification</c> or
    /// <c>versions</c>) the object has most of; <see langword="null"/> when the input is not a JSON object, has none of
    /// them, or has as many of one kind as of another. Input that is truncated or malformed after some properties is
    /// judged by those properties, so a detected kind does not mean the document is valid.
    /// </returns>
    /// <remarks>Reads only the top-level property names, once, in time linear in the input; never throws.</remarks>
    public static EcvetDocumentKind? DetectDocumentKind(ReadOnlySpan<byte> utf8Json) => DocumentKindDetector.Detect(utf8Json);

    /// <summary>Tells which kind of root document JSON text is meant to be; see <see cref="DetectDocumentKind(ReadOnlySpan{byte})"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The kind, or <see langword="null"/> when it cannot be told.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static EcvetDocumentKind? DetectDocumentKind(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return DocumentKindDetector.Detect(Encoding.UTF8.GetBytes(json));
    }
}
