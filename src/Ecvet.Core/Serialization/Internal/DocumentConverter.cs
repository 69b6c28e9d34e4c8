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
    JsonTokenType start = JsonTokenType.StartObject)
    : JsonConverter<TDomain>
    where TWire : class
    where TDomain : class
{
    public override TDomain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != start)
        {
            throw new JsonException($"A {typeof(TDomain).Name} is written as {ConverterText.Kind(start)}, not {ConverterText.Kind(reader.TokenType)}.");
        }

        var wire = JsonSerializer.Deserialize(ref reader, wireInfo) ?? throw new JsonException($"A {typeof(TDomain).Name} must not be null.");
        var sink = new ProblemSink(ReadOnlyMemory<byte>.Empty, 1);
        return map(wire, sink) is { } document && sink.Count == 0
            ? document
            : throw new JsonException(sink.Count > 0 ? sink.ToImmutable()[0].ToString() : $"The {typeof(TDomain).Name} is not valid.");
    }

    public override void Write(Utf8JsonWriter writer, TDomain value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, toWire(value), wireInfo);
}
