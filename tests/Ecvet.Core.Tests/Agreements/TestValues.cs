using Ecvet.Agreements;
using NodaTime;

namespace Ecvet.Tests.Agreements;

/// <summary>Small shared values for agreement and assessment tests.</summary>
internal static class TestValues
{
    public static ContentHash HashA { get; } = ContentHash.OfJson("{\"a\":1}");

    public static ContentHash HashB { get; } = ContentHash.OfJson("{\"b\":2}");

    public static Instant At(int day, int hour = 9) => Instant.FromUtc(2026, 3, day, hour, 0);

    public static LocalizedText En(string text) => LocalizedText.Create(LanguageTag.Parse("en"), text);
}
