using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// A value written as a JSON string (identifiers, codes, language tags, URIs): its text form as documents hold it, read
/// back through the type's own <c>Parse</c>, whose <see cref="FormatException"/> message becomes the
/// <see cref="JsonException"/>'s. The rule of validity stays in the type.
/// </summary>
internal sealed class TextValueConverter<T>(Func<string, T> parse, Func<T, string> format) : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON string, not {ConverterText.Kind(reader.TokenType)}.");
        }

        var text = reader.GetString()!;
        try
        {
            return parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new JsonException(ConverterText.Message(ex), ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(format(value));
}
