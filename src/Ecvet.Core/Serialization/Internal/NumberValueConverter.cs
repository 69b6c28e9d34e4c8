using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// A value written as a JSON number (points, levels): read as a plain number held exactly (the one number reader,
/// <see cref="PlainDecimalConverter"/>), then given to the type's own factory, whose <see cref="ArgumentException"/>
/// message becomes the <see cref="JsonException"/>'s. The rule of validity stays in the type.
/// </summary>
internal sealed class NumberValueConverter<T>(Func<decimal, T> from, Func<T, decimal> toNumber) : JsonConverter<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON number, not {ConverterText.Kind(reader.TokenType)}.");
        }

        if (!PlainDecimalConverter.TryRead(ref reader, out var number))
        {
            throw new JsonException($"A {typeof(T).Name} is written as a plain number without an exponent that a decimal holds exactly.");
        }

        try
        {
            return from(number);
        }
        catch (Exception ex) when (ex is ArgumentException or OverflowException)
        {
            throw new JsonException(ConverterText.Message(ex), ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteNumberValue(toNumber(value));
}
