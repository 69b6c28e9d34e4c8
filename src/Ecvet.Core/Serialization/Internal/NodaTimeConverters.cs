using System.Text.Json;
using System.Text.Json.Serialization;
using Ecvet.Utility;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Ecvet.Serialization.Internal;

// NodaTime values go through NodaTime.Serialization.SystemTextJson's pattern converter, one converter per type.
// Not NodaTimeDefaultJsonConverterFactory or NodaConverters: they also build the Interval/DateInterval converters,
// whose reading and writing resolve converters through options.GetConverter (reflection), which Native AOT reports
// as IL2026/IL3050. The pattern converter needs no reflection and reports bad text as a JsonException.
//
// Every reader (source-generated, fast path, diagnostic walk) reads dates and instants through these converters, so
// each form is accepted or refused the same way everywhere. Beyond the pattern, a value must be one a document can
// hold (the domain's years, Dates.Check) and the text must be RFC 3339, as the schemas state: NodaTime's patterns also
// accept 24:00:00 as the end of a day, which RFC 3339 does not, and which the library never writes.

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
        DocumentTime.Check(Inner.Read(ref reader, typeToConvert, options), Dates.Check);

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

    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        DocumentTime.RefuseEndOfDay(ref reader);
        return DocumentTime.Check(Inner.Read(ref reader, typeToConvert, options), Dates.Check);
    }

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary><see cref="YearMonth"/> as ISO-8601 <c>uuuu-MM</c>, such as <c>2026-03</c>.</summary>
internal sealed class IsoYearMonthConverter : JsonConverter<YearMonth>
{
    private static readonly NodaPatternConverter<YearMonth> Inner = new(YearMonthPattern.Iso);

    public override YearMonth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DocumentTime.Check(Inner.Read(ref reader, typeToConvert, options), Dates.Check);

    public override void Write(Utf8JsonWriter writer, YearMonth value, JsonSerializerOptions options) =>
        Inner.Write(writer, value, options);
}

/// <summary>The checks the date and time converters add to NodaTime's patterns.</summary>
internal static class DocumentTime
{
    /// <summary>Applies the domain's range check, turning its exception into the converters' <see cref="JsonException"/>.</summary>
    public static T Check<T>(T value, Func<T, string, T> check)
    {
        try
        {
            return check(value, "value");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    /// <summary>Refuses an instant written with the hour 24 (<c>2026-03-01T24:00:00Z</c>), which RFC 3339 does not allow.</summary>
    public static void RefuseEndOfDay(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return;
        }

        // An escaped or segmented value (rare, and short when it is an instant) is unescaped first.
        var text = reader.HasValueSequence || reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        var t = text.IndexOf((byte)'T');
        if (t >= 0 && text[(t + 1)..].StartsWith("24"u8))
        {
            throw new JsonException("The hour 24 is not a time of day in RFC 3339; write the next day at 00:00:00.");
        }
    }
}
