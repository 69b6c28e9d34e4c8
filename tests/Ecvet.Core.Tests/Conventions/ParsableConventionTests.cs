using System.Reflection;
using Ecvet.Agreements;
using Ecvet.Assessment;

namespace Ecvet.Tests.Conventions;

/// <summary>Every public type with a text form is <see cref="IParsable{TSelf}"/> and <see cref="ISpanParsable{TSelf}"/>, and both agree with its own <c>Parse</c>.</summary>
public sealed class ParsableConventionTests
{
    private static readonly Type[] PublicTypes = typeof(EqfLevel).Assembly.GetExportedTypes();

    public static TheoryData<Type> TypesWithParse() => [.. ParsableTypes()];

    [Theory]
    [MemberData(nameof(TypesWithParse))]
    public void TypeWithParse_IsSpanParsable(Type type) =>
        type.GetInterfaces().Should().Contain(typeof(ISpanParsable<>).MakeGenericType(type), $"{type.FullName} has Parse(string)");

    [Fact]
    public void TypesWithParse_AreAllSampledBelow() =>
        // So that a new parsable type cannot skip the round trip below.
        ParsableTypes().Should().BeEquivalentTo(Samples.Keys);

    [Theory]
    [MemberData(nameof(SampleTexts))]
    public void GenericParse_Sample_RoundTripsAndAgreesWithParse(Type type, string text)
    {
        var check = typeof(ParsableConventionTests).GetMethod(nameof(RoundTrip), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        check.Invoke(null, [text]);
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void GenericTryParse_Garbage_ReturnsFalseAndParseThrowsFormat(Type type)
    {
        var check = typeof(ParsableConventionTests).GetMethod(nameof(Rejects), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        check.Invoke(null, ["\u0001"]);
    }

    [Theory]
    [MemberData(nameof(SampleTexts))]
    public void GenericTryParse_SampleWithWhiteSpaceAround_IsRefusedNeverTrimmed(Type type, string text)
    {
        var check = typeof(ParsableConventionTests).GetMethod(nameof(Rejects), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        foreach (var padded in new[] { " " + text, text + " ", "\t" + text, text + "\n", "\u00A0" + text })
        {
            check.Invoke(null, [padded]);
        }
    }

    [Theory]
    [MemberData(nameof(CaseVariants))]
    public void GenericParse_CaseVariantOfACaseInsensitiveCode_GivesTheCanonicalValue(Type type, string variant, string canonical)
    {
        var check = typeof(ParsableConventionTests).GetMethod(nameof(Normalises), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        check.Invoke(null, [variant, canonical]);
    }

    [Theory]
    [MemberData(nameof(SampleTypes))]
    public void TypesWithParse_AreEachClassedAsCaseSensitiveOrNot(Type type) =>
        // So that a new parsable type states its case rule (CONTRIBUTING.md, "Input normalisation").
        (CaseInsensitive.Contains(type) ^ CaseSensitive.Contains(type)).Should().BeTrue($"{type.Name} is in exactly one list");

    [Theory]
    [MemberData(nameof(CaseSensitiveSamples))]
    public void GenericParse_CaseVariantOfACaseSensitiveText_IsAnotherValueOrRefused(Type type, string text)
    {
        var check = typeof(ParsableConventionTests).GetMethod(nameof(KeepsCase), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(type);
        check.Invoke(null, [text]);
    }

    // Codes a standard calls case-insensitive: ISO 3166 (country codes), RFC 5646 (language tags), hexadecimal hashes,
    // credit scheme codes (a registry of names), and DNS names in SCHAC identifiers (RFC 4343).
    private static readonly HashSet<Type> CaseInsensitive =
        [typeof(CountryCode), typeof(LanguageTag), typeof(ContentHash), typeof(CreditScheme), typeof(Credit), typeof(InstitutionId)];

    // Free-text identifiers keep their case; numbers have none; URIs (ESCO, learner URNs) compare as written.
    private static readonly HashSet<Type> CaseSensitive =
    [
        typeof(UnitId), typeof(QualificationId), typeof(LearningOutcomeId), typeof(LearningAgreementId), typeof(MouId),
        typeof(TranscriptId), typeof(EqfLevel), typeof(CreditPoints), typeof(IscedFCode), typeof(EscoSkillRef),
        typeof(EscoOccupationRef), typeof(LearnerId),
    ];

    public static TheoryData<Type, string, string> CaseVariants() => new()
    {
        { typeof(CountryCode), "fi", "FI" },
        { typeof(LanguageTag), "DE-at", "de-AT" },
        { typeof(ContentHash), new string('A', 64), new string('a', 64) },
        { typeof(CreditScheme), "ECVET", "ecvet" },
        { typeof(CreditScheme), "Fi-Osaamispiste", "fi-osaamispiste" },
        { typeof(Credit), "30 ECVET", "30 ecvet" },
        { typeof(InstitutionId), "schac:Stadinao.fi", "schac:stadinao.fi" },
    };

    public static TheoryData<Type, string> CaseSensitiveSamples()
    {
        var data = new TheoryData<Type, string>();
        foreach (var (type, text) in Samples.Where(s => CaseSensitive.Contains(s.Key) && s.Value.Any(char.IsAsciiLetter)))
        {
            data.Add(type, text);
        }

        return data;
    }

    public static TheoryData<Type, string> SampleTexts()
    {
        var data = new TheoryData<Type, string>();
        foreach (var (type, text) in Samples)
        {
            data.Add(type, text);
        }

        return data;
    }

    public static TheoryData<Type> SampleTypes() => [.. Samples.Keys];

    private static readonly Dictionary<Type, string> Samples = new()
    {
        [typeof(UnitId)] = "cook-u3",
        [typeof(QualificationId)] = "fi-cook-2024",
        [typeof(LearningOutcomeId)] = "cook-u3-lo1",
        [typeof(LearningAgreementId)] = "la-2026-0042",
        [typeof(MouId)] = "mou-2025",
        [typeof(TranscriptId)] = "tor-2026-0042",
        [typeof(EqfLevel)] = "4",
        [typeof(CreditPoints)] = "1234.5",
        [typeof(CreditScheme)] = "ects",
        [typeof(Credit)] = "7.5 ects",
        [typeof(ContentHash)] = new string('a', 64),
        [typeof(CountryCode)] = "FI",
        [typeof(LanguageTag)] = "fi",
        [typeof(IscedFCode)] = "0715",
        [typeof(EscoSkillRef)] = "http://data.europa.eu/esco/skill/0ff99f51-40d9-42f1-a1ec-377b2bb5e15f",
        [typeof(EscoOccupationRef)] = "http://data.europa.eu/esco/occupation/90f75f67-495d-49fa-ab57-2f320e251d7e",
        [typeof(InstitutionId)] = "national:0124610-9",
        [typeof(LearnerId)] = "local:42",
    };

    private static IEnumerable<Type> ParsableTypes() =>
        PublicTypes.Where(t => t.GetMethod("Parse", BindingFlags.Public | BindingFlags.Static, [typeof(string)]) is not null);

    private static void RoundTrip<T>(string text)
        where T : ISpanParsable<T>
    {
        var own = (T)typeof(T).GetMethod("Parse", [typeof(string)])!.Invoke(null, [text])!;
        var generic = T.Parse(text, null);
        generic.Should().Be(own);
        generic.ToString().Should().Be(text);
        T.Parse(text.AsSpan(), null).Should().Be(own);
        T.TryParse(text, null, out var parsed).Should().BeTrue();
        parsed.Should().Be(own);
        T.TryParse(text.AsSpan(), null, out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be(own);
    }

    private static void Normalises<T>(string variant, string canonical)
        where T : ISpanParsable<T>
    {
        var parsed = T.Parse(variant, null);
        parsed.Should().Be(T.Parse(canonical, null));
        parsed.ToString().Should().Be(canonical);
        T.TryParse(variant.AsSpan(), null, out var fromSpan).Should().BeTrue();
        fromSpan.Should().Be(parsed);
    }

    private static void KeepsCase<T>(string text)
        where T : ISpanParsable<T>
    {
        var original = T.Parse(text, null);
        foreach (var variant in new[] { text.ToUpperInvariant(), text.ToLowerInvariant() }.Where(v => v != text))
        {
            if (T.TryParse(variant, null, out var parsed))
            {
                parsed.Should().NotBe(original);
                parsed.ToString().Should().Be(variant);
            }
        }
    }

    private static void Rejects<T>(string text)
        where T : ISpanParsable<T>
    {
        T.TryParse(text, null, out _).Should().BeFalse();
        T.TryParse(text.AsSpan(), null, out _).Should().BeFalse();
        var act = () => T.Parse(text, null);
        act.Should().Throw<FormatException>();
    }
}
