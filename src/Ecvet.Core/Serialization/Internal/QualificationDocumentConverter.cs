using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Lets <see cref="QualificationDocument"/> take part in <see cref="JsonSerializer"/> calls: reads the wire record
/// strictly, maps it, and throws a <see cref="JsonException"/> naming the first problem (never a domain exception).
/// </summary>
internal sealed class QualificationDocumentConverter : JsonConverter<QualificationDocument>
{
    public override QualificationDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize(ref reader, EcvetJsonContext.Default.QualificationDocumentWire)
            ?? throw new JsonException("The qualification document is null.");
        var sink = new ProblemSink(ReadOnlyMemory<byte>.Empty, 1);
        return QualificationDocumentMapper.Map(wire, sink) is { } document && sink.Count == 0
            ? document
            : throw new JsonException(sink.Count > 0 ? sink.ToImmutable()[0].ToString() : "The qualification document is not valid.");
    }

    public override void Write(Utf8JsonWriter writer, QualificationDocument value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, QualificationDocumentMapper.ToWire(value), EcvetJsonContext.Default.QualificationDocumentWire);
}
