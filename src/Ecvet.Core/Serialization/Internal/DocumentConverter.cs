using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Bridges a document, or a part of one, to <see cref="JsonSerializer"/>: reads its wire record strictly, maps it with
/// the document's own mapper (throwing <see cref="JsonException"/> with the first problem), and writes the wire form.
/// The shape and the rules are the document format's; this class adds none.
/// </summary>
internal sealed class DocumentConverter<TWire, TDomain>(
    JsonTypeInfo<TWire> wireInfo,
    Func<TWire, ProblemSink, TDomain?> map,
    Func<TDomain, TWire> toWire,
    JsonTokenType startToken = JsonTokenType.StartObject)
    : JsonConverter<TDomain>
    where TWire : class
    where TDomain : class
{
    public override TDomain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != startToken)
        {
            throw new JsonException($"A {typeof(TDomain).Name} is written as {ConverterText.Kind(startToken)}, not {ConverterText.Kind(reader.TokenType)}.");
        }

        var value = reader;
        TWire? wire;
        try
        {
            wire = JsonSerializer.Deserialize(ref reader, wireInfo);
        }
        catch (JsonException ex)
        {
            throw Explain(ref value, ex);
        }

        if (wire is null)
        {
            throw new JsonException($"A {typeof(TDomain).Name} must not be null.");
        }

        var sink = new ProblemSink(ReadOnlyMemory<byte>.Empty, 1);
        return map(wire, sink) is { } document && sink.Count == 0
            ? document
            : throw new JsonException(sink.Count > 0 ? sink.ToImmutable()[0].ToString() : $"The {typeof(TDomain).Name} is not valid.");
    }

    /// <summary>
    /// The serializer's message names internal wire records; the diagnostic walk of the document readers names the
    /// member, the code and the position instead (<c>$.colour: EcvetJson0012 Unknown property 'colour'; …</c>).
    /// </summary>
    private JsonException Explain(ref Utf8JsonReader start, JsonException error)
    {
        byte[] utf8;
        using (var document = JsonDocument.ParseValue(ref start))
        {
            utf8 = System.Text.Encoding.UTF8.GetBytes(document.RootElement.GetRawText());
        }

        var sink = new ProblemSink(utf8, 1);
        _ = new DiagnosticWalker(sink, wireInfo.Options, NoParts).WalkDocument(utf8, wireInfo);
        return sink.Count > 0 ? new JsonException(sink.ToImmutable()[0].ToString(), error) : error;
    }

    private static readonly HashSet<Type> NoParts = [];

    public override void Write(Utf8JsonWriter writer, TDomain value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, toWire(value), wireInfo);
}
