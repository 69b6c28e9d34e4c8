using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// A set of flags written as the array of its flags' camelCase names in declaration order (<c>[]</c> for none), the way a
/// document lists a set (<c>"assessmentMethods": ["practicalDemonstration", …]</c>). Reading takes each defined flag
/// once, by its exact name; a number, an unknown name or a repeated one is refused.
/// </summary>
internal sealed class FlagsEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly (T Value, ulong Bits, string Name)[] Flags = [.. Enum.GetValues<T>()
        .Where(v => Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture) != 0)
        .Select(v => (v, Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture), JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))];

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"A {typeof(T).Name} is written as a JSON array of names ({Allowed}), not {ConverterText.Kind(reader.TokenType)}.");
        }

        ulong bits = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var flag = reader.TokenType == JsonTokenType.String ? IndexOf(ref reader) : -1;
            if (flag < 0)
            {
                var text = reader.TokenType == JsonTokenType.String ? $"'{WireReader.Short(reader.GetString()!)}'" : ConverterText.Kind(reader.TokenType);
                throw new JsonException($"{text} is not a {typeof(T).Name} flag; expected one of {Allowed}.");
            }

            if ((bits & Flags[flag].Bits) != 0)
            {
                throw new JsonException($"The {typeof(T).Name} flag '{Flags[flag].Name}' is listed twice.");
            }

            bits |= Flags[flag].Bits;
        }

        return (T)Enum.ToObject(typeof(T), bits);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        var bits = Convert.ToUInt64(value, System.Globalization.CultureInfo.InvariantCulture);
        writer.WriteStartArray();
        foreach (var (_, flag, name) in Flags)
        {
            if ((bits & flag) == flag)
            {
                writer.WriteStringValue(name);
                bits &= ~flag;
            }
        }

        if (bits != 0)
        {
            throw new JsonException($"{value} holds bits that are not a defined {typeof(T).Name} flag; it cannot be written.");
        }

        writer.WriteEndArray();
    }

    private static int IndexOf(ref Utf8JsonReader reader)
    {
        for (var i = 0; i < Flags.Length; i++)
        {
            if (reader.ValueTextEquals(Flags[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Allowed => string.Join(", ", Flags.Select(f => f.Name));
}
