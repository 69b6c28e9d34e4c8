using System.Text.Json;
using System.Text.Json.Serialization;
using Ecvet.Utility;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Reads a <see cref="decimal"/> only from a plain JSON number (no exponent, no quotes) that the type holds exactly;
/// writes it with its scale, so <c>30.50</c> stays <c>30.50</c>. The default reader accepts <c>1e-400</c> (as 0) and
/// <c>3E1</c>, and rounds <c>180.000000000000000000000000001</c> to 180. This is the one number reader of every JSON
/// reader (source-generated mappers, the fast path and the diagnostic walk), so none of them rounds silently.
/// </summary>
internal sealed class PlainDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        TryRead(ref reader, out var value) ? value : throw new JsonException();

    /// <summary>Reads the current token as a plain decimal number held exactly; false for anything else (see <see cref="ExactDecimal"/>).</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out decimal value)
    {
        if (reader.TokenType != JsonTokenType.Number || reader.HasValueSequence || reader.ValueSpan.IndexOfAny("eE"u8) >= 0)
        {
            value = default;
            return false;
        }

        return ExactDecimal.TryParse(reader.ValueSpan, out value);
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
