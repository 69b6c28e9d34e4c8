using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Ecvet.Serialization.Internal;

// NodaTime values go through NodaTime.Serialization.SystemTextJson's pattern converter, one converter per type.
// Not NodaTimeDefaultJsonConverterFactory or NodaConverters: they also build the Interval/DateInterval converters,
// whose reading and writing resolve converters through options.GetConverter (reflection), which Native AOT reports
// as IL2026/IL3050. The pattern converter needs no reflection and reports bad text as a JsonException.

/// <summary><see cref="LocalDate"/> as ISO-8601 <c>uuuu-MM-dd</c>, ISO calendar only.</summary>
internal sealed class IsoLocalDateConverter : JsonConverter<LocalDate>
{
    private static readonly NodaPatternConverter<LocalDate> Inner = new(LocalDatePattern.Iso, date =>
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Only dates in the ISO calendar are written.", nameof(date));
        }
    });

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary><see cref="Period"/> in NodaTime's round-trip pattern, which for years, months, weeks and days is ISO-8601 (<c>P5Y</c>).</summary>
internal sealed class RoundtripPeriodConverter : JsonConverter<Period>
{
    private static readonly NodaPatternConverter<Period> Inner = new(PeriodPattern.Roundtrip);

    public override Period? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Period value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary><see cref="Instant"/> as ISO-8601 in UTC, such as <c>2026-03-02T09:00:00Z</c> (fractions of a second when present).</summary>
internal sealed class IsoInstantConverter : JsonConverter<Instant>
{
    private static readonly NodaPatternConverter<Instant> Inner = new(InstantPattern.ExtendedIso);

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary><see cref="YearMonth"/> as ISO-8601 <c>uuuu-MM</c>, such as <c>2026-03</c>.</summary>
internal sealed class IsoYearMonthConverter : JsonConverter<YearMonth>
{
    private static readonly NodaPatternConverter<YearMonth> Inner = new(YearMonthPattern.Iso);

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Inner.Read(ref reader, typeToConvert, options);

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}
