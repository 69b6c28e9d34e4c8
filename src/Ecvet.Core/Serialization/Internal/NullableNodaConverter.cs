using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Ecvet.Serialization.Internal;

/// <summary>
/// A nullable NodaTime value through its plain converter. NodaTime's own nullable wrapper looks its inner converter up
/// with <see cref="JsonSerializerOptions.GetConverter(Type)"/>, which is not AOT-safe; this one holds it directly.
/// </summary>
internal abstract class NullableNodaConverter<T>(JsonConverter<T> inner) : JsonConverter<T?>
    where T : struct
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : inner.Read(ref reader, typeof(T), options);

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is { } v)
        {
            inner.Write(writer, v, options);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

/// <summary>A nullable ISO date (<c>2026-03-02</c>).</summary>
internal sealed class NullableLocalDateConverter() : NullableNodaConverter<LocalDate>(NodaConverters.LocalDateConverter);

/// <summary>A nullable ISO year and month (<c>2026-03</c>).</summary>
internal sealed class NullableYearMonthConverter() : NullableNodaConverter<YearMonth>(NodaConverters.YearMonthConverter);

/// <summary>A nullable instant in UTC (<c>2026-03-02T09:00:00Z</c>).</summary>
internal sealed class NullableInstantConverter() : NullableNodaConverter<Instant>(NodaConverters.InstantConverter);
