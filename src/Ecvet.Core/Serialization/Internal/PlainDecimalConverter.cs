using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Reads a <see cref="decimal"/> only from a plain JSON number (no exponent, no quotes) that fits the type; writes it
/// with its scale, so <c>30.50</c> stays <c>30.50</c>. The default reader accepts <c>1e-400</c> (as 0) and <c>3E1</c>.
/// </summary>
internal sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var value) ? value : throw new JsonException();

    /// <summary>Reads the current token as a plain decimal number; false for anything else.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out decimal value)
    {
        if (reader.TokenType != JsonTokenType.Number || reader.HasValueSequence || reader.ValueSpan.IndexOfAny("eE"u8) >= 0)
        {
            value = default;
            return false;
        }

        return reader.TryGetDecimal(out value);
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
