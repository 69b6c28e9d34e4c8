using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using NodaTime.Text;

namespace Ecvet.Serialization.Internal;

// The NodaTime values of the mobility documents, through the pattern converter (AOT-safe), as NodaTimeConverters.cs explains.

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
