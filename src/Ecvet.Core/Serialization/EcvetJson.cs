using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ecvet.Serialization.Internal;
using Ecvet.Serialization.Internal.Wire;

namespace Ecvet.Serialization;

/// <summary>
/// The JSON wire format of Ecvet.Core: strict reading that reports every problem, and canonical writing.
/// </summary>
/// <remarks>
/// <para>
/// Reading never returns a half-built value and never throws for bad input: it returns a <see cref="JsonReadResult{T}"/>
/// holding either the document or every problem found, each with a <see cref="JsonProblemCode"/>, a JSON path and,
/// where the reader knows it, a line and byte position. It is strict: no unknown, duplicate or case-variant properties,
/// every required member present, <c>null</c> only where a member is optional, enumerations only by name, numbers only
/// as plain JSON numbers, nesting at most <see cref="MaxDepth"/>, input at most
/// <see cref="EcvetJsonReaderOptions.MaxInputBytes"/>, no byte order mark, and the domain's own rules.
/// </para>
/// <para>
/// Writing is canonical: camelCase, a fixed property order, no indentation, every member written (optional ones as
/// <c>null</c>), so writing a document read from canonical bytes gives the same bytes.
/// </para>
/// <para>All members are thread-safe. There is no reflection: the contract is source-generated and AOT-safe.</para>
/// </remarks>
public static partial class EcvetJson
{
    /// <summary>The deepest nesting of objects and arrays that reading accepts: 32.</summary>
    public const int MaxDepth = 32;

    /// <summary>The schema version that documents written by this library carry, and the only one it reads: <c>1.0</c>.</summary>
    public const string SchemaVersion = "1.0";

    /// <summary>
    /// The read-only serializer options behind every document contract: the source-generated, strict settings
    /// (for inspection, or to chain <see cref="JsonSerializerOptions.TypeInfoResolver"/>).
    /// </summary>
    public static JsonSerializerOptions Options => EcvetJsonContext.Default.Options;

    /// <summary>
    /// The contract of the qualification document, to use with <see cref="JsonSerializer"/> (for example inside a larger
    /// document). It reads strictly and throws <see cref="JsonException"/> with the first problem on bad input; prefer
    /// <see cref="ParseQualificationDocument(string, EcvetJsonReaderOptions?)"/>, which returns every problem.
    /// </summary>
    public static JsonTypeInfo<QualificationDocument> QualificationDocument { get; } =
        JsonMetadataServices.CreateValueInfo<QualificationDocument>(Options, new QualificationDocumentConverter());

    internal static DocumentFormat<QualificationDocumentWire, QualificationDocument> QualificationDocumentFormat { get; } =
        new(EcvetJsonContext.Default.QualificationDocumentWire, QualificationDocumentMapper.Map, QualificationDocumentMapper.Parts, QualificationDocumentReader.TryRead);

    /// <summary>Reads a qualification document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<QualificationDocument> ParseQualificationDocument(string json, EcvetJsonReaderOptions? options = null) =>
        QualificationDocumentFormat.Read(json, options);

    /// <summary>Reads a qualification document from UTF-8 bytes.</summary>
    /// <param name="utf8Json">The UTF-8 encoded JSON, without a byte order mark.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    public static JsonReadResult<QualificationDocument> ParseQualificationDocument(ReadOnlySpan<byte> utf8Json, EcvetJsonReaderOptions? options = null) =>
        QualificationDocumentFormat.Read(utf8Json, options);

    /// <summary>Reads a qualification document from a stream of UTF-8 bytes, reading at most the input limit.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    public static JsonReadResult<QualificationDocument> ParseQualificationDocument(Stream utf8Json, EcvetJsonReaderOptions? options = null) =>
        QualificationDocumentFormat.Read(utf8Json, options);

    /// <summary>Reads a qualification document from a stream of UTF-8 bytes asynchronously.</summary>
    /// <param name="utf8Json">The stream; read to its end (or just past the limit), not closed.</param>
    /// <param name="options">Limits; <see langword="null"/> for <see cref="EcvetJsonReaderOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels reading the stream.</param>
    /// <returns>The document, or every problem found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="options"/> holds a value out of range.</exception>
    /// <exception cref="IOException">Reading the stream failed (as thrown by the stream).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task<JsonReadResult<QualificationDocument>> ParseQualificationDocumentAsync(Stream utf8Json, EcvetJsonReaderOptions? options = null, CancellationToken cancellationToken = default) =>
        QualificationDocumentFormat.ReadAsync(utf8Json, options, cancellationToken);

    /// <summary>Writes a qualification document as JSON text in canonical form.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends), as the files in <c>examples/</c> are.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Serialize(QualificationDocument document, bool indented = false) =>
        System.Text.Encoding.UTF8.GetString(SerializeToUtf8Bytes(document, indented));

    /// <summary>Writes a qualification document as UTF-8 JSON in canonical form.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <returns>The UTF-8 bytes, without a byte order mark.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static byte[] SerializeToUtf8Bytes(QualificationDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(document);
        return WriteCanonical(QualificationDocumentMapper.ToWire(document), EcvetJsonContext.Default.QualificationDocumentWire, indented);
    }

    /// <summary>Writes a qualification document to a stream as UTF-8 JSON in canonical form.</summary>
    /// <param name="utf8Json">The stream; not closed.</param>
    /// <param name="document">The document.</param>
    /// <param name="indented">Whether to indent (two spaces, <c>\n</c> line ends).</param>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="document"/> is null.</exception>
    /// <exception cref="IOException">Writing to the stream failed (as thrown by the stream).</exception>
    public static void Serialize(Stream utf8Json, QualificationDocument document, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        utf8Json.Write(SerializeToUtf8Bytes(document, indented));
    }

    /// <summary>The JSON Schema (draft 2020-12) of the qualification document, generated from the contract.</summary>
    /// <returns>The schema, indented, ending with a line feed; the same text as <c>schemas/qualification-document.schema.json</c>.</returns>
    public static string GetQualificationDocumentSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.QualificationDocumentWire, "https://ecvet-core.github.io/schemas/qualification-document.schema.json", "ECVET qualification document");

    /// <summary>Writes a wire document: compact or indented, relaxed escaping (non-ASCII text stays readable).</summary>
    internal static byte[] WriteCanonical<T>(T value, JsonTypeInfo<T> typeInfo, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.ToArray();
    }

    internal static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = false,
    };
}
