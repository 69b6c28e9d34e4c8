using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Bridges a root document to <see cref="JsonSerializer"/>: reads the wire record strictly, maps it (throwing
/// <see cref="JsonException"/> with the first problem), and writes the wire form.
/// </summary>
internal sealed class DocumentConverter<TWire, TDomain>(JsonTypeInfo<TWire> wireInfo, Func<TWire, ProblemSink, TDomain?> map, Func<TDomain, TWire> toWire)
    : JsonConverter<TDomain>
    where TWire : class
    where TDomain : class
{
    public override TDomain Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize(ref reader, wireInfo) ?? throw new JsonException("The document is null.");
        var sink = new ProblemSink(ReadOnlyMemory<byte>.Empty, 1);
        return map(wire, sink) is { } document && sink.Count == 0
            ? document
            : throw new JsonException(sink.Count > 0 ? sink.ToImmutable()[0].ToString() : "The document is not valid.");
    }

    public override void Write(Utf8JsonWriter writer, TDomain value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, toWire(value), wireInfo);
}
