using System.Text.Json;
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

    /// <summary>Reads and checks qualification documents (the public entry points join as the domain types do).</summary>
    internal static DocumentFormat<QualificationDocumentWire, QualificationDocumentWire> QualificationDocumentFormat { get; } =
        new(EcvetJsonContext.Default.QualificationDocumentWire, QualificationDocumentMapper.Map, QualificationDocumentMapper.Parts);

    /// <summary>The JSON Schema of the qualification document, generated from the contract.</summary>
    /// <returns>The schema, indented, ending with a line feed.</returns>
    public static string GetQualificationDocumentSchema() =>
        SchemaGenerator.Generate(EcvetJsonContext.Default.QualificationDocumentWire, "https://ecvet-core.github.io/schemas/qualification-document.schema.json", "ECVET qualification document");

    /// <summary>Writes the canonical form of a wire document.</summary>
    internal static byte[] WriteCanonical<T>(T value, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> typeInfo, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = indented,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            SkipValidation = false,
        }))
        {
            JsonSerializer.Serialize(writer, value, typeInfo);
        }

        return buffer.ToArray();
    }
}
