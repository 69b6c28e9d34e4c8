using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// Reads and writes an enumeration by its camelCase name only: case-sensitive, no integers (quoted or not), no
/// comma-separated flag lists, no undefined values. The built-in string enum converter reads names case-insensitively
/// and accepts <c>"a, b"</c>, which would let <c>"knowledge, skill"</c> become a third value.
/// </summary>
internal sealed class StrictEnumConverter<T> : JsonConverter<T>, IWireEnum
    where T : struct, Enum
{
    // Inside documents a refused name is reported by the diagnostics with its code and path; on its own (a user's DTO)
    // the exception is all the caller gets, so it names the value and the names allowed.
    private readonly bool explain;

    /// <summary>The converter of the document contract (the diagnostics report a refused name).</summary>
    public StrictEnumConverter()
    {
    }

    private StrictEnumConverter(bool explain) => this.explain = explain;

    private static readonly (T Value, string Name, byte[] Utf8)[] Names = [.. Enum.GetValues<T>().Select(v =>
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(v.ToString());
        return (v, name, Encoding.UTF8.GetBytes(name));
    })];

    /// <summary>The wire names, in declaration order (for messages and schemas).</summary>
    public static IEnumerable<string> WireNames => Names.Select(n => n.Name);

    /// <inheritdoc/>
    public Type EnumType => typeof(T);

    /// <inheritdoc/>
    IReadOnlyList<string> IWireEnum.Names => [.. WireNames];

    /// <inheritdoc/>
    public JsonConverter Standalone() => new StrictEnumConverter<T>(explain: true);

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (TryRead(ref reader, out var value))
        {
            return value;
        }

        if (!explain)
        {
            throw new JsonException();
        }

        var allowed = string.Join(", ", WireNames);
        throw new JsonException(reader.TokenType == JsonTokenType.String
            ? $"'{WireReader.Short(reader.GetString()!)}' is not a {typeof(T).Name}; expected one of {allowed}."
            : $"A {typeof(T).Name} is written as a JSON string, one of {allowed}; not {ConverterText.Kind(reader.TokenType)}.");
    }

    /// <summary>Reads the current token as a name of <typeparamref name="T"/>; false for anything else.</summary>
    internal static bool TryRead(ref Utf8JsonReader reader, out T value)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            foreach (var (candidate, _, utf8) in Names)
            {
                if (reader.ValueTextEquals(utf8))
                {
                    value = candidate;
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        foreach (var (candidate, name, _) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(candidate, value))
            {
                writer.WriteStringValue(name);
                return;
            }
        }

        throw new JsonException($"{value} is not a defined {typeof(T).Name}; it cannot be written.");
    }
}
