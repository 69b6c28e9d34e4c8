using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ecvet.Serialization;
using Ecvet.Serialization.Internal;

namespace Ecvet.Tests.PublicJson;

/// <summary>
/// The public types are enumerated from the assembly, so a new type cannot slip through: a value (an enumeration or a
/// type with <c>Parse</c>) must carry the converter and never be written as an object of its properties; any other type
/// carries it too or is listed below with the reason it has no JSON shape.
/// </summary>
public sealed class PublicTypeCoverageTests
{
    // Types with no shape in any document: behaviour, options, results of a computation, or parts that mean nothing
    // outside their document. Each is written by users from its members if they wish; none is a value.
    private static readonly Dictionary<Type, string> WithoutJsonShape = new()
    {
        [typeof(Ecvet.Recognition.RecognitionEngine)] = "behaviour: a compiled rule set",
        [typeof(Ecvet.Recognition.TextOutcomeMatcher)] = "behaviour: a matcher",
        [typeof(Ecvet.Recognition.PredicateContext)] = "what a predicate sees during one evaluation",
        [typeof(Ecvet.Matching.OutcomeIndex)] = "behaviour: a search index",
        [typeof(Ecvet.Matching.EscoTagger)] = "behaviour: a tagger over an index",
        [typeof(Ecvet.Matching.EscoSuggestion)] = "a query result of a tagger",
        [typeof(Ecvet.Matching.EscoLabelMatch)] = "a query result of a tagger",
        [typeof(Ecvet.Matching.EnglishStemmer)] = "behaviour: a stemmer",
        [typeof(Ecvet.Matching.ScoreCalibration)] = "a fitted model, built from labelled data",
        [typeof(Ecvet.Matching.MeaningCalibration)] = "a fitted model, built from labelled data",
        [typeof(Ecvet.Matching.OutcomeIndexOptions)] = "options of a call",
        [typeof(EcvetJsonReaderOptions)] = "options of a call",
        [typeof(Ecvet.Interop.ElmExportOptions)] = "options of a call",
        [typeof(Ecvet.Interop.ElmCredentialOptions)] = "options of a call",
        [typeof(Ecvet.Interop.OpenBadgeCredentialOptions)] = "options of a call",
        [typeof(Ecvet.Agreements.SignatoryPolicy)] = "options of the signature rules",
        [typeof(Ecvet.Matching.CatalogueEntry)] = "search input: a catalogue line of the matcher",
        [typeof(Ecvet.Matching.OutcomeMatch)] = "a query result of an index",
        [typeof(Ecvet.Matching.MatchExplanation)] = "a query result of an index",
        [typeof(Ecvet.Matching.MatchedTerm)] = "a query result of an index",
        [typeof(Ecvet.Matching.OutcomeAssignment)] = "a comparison result",
        [typeof(Ecvet.Recognition.OutcomePairing)] = "a matcher's result, by positions in its inputs",
        [typeof(Ecvet.Matching.UnitComparison)] = "a comparison result",
        [typeof(Ecvet.Interop.ExportResult)] = "an export result (its document is the JSON-LD it holds)",
        [typeof(Ecvet.Interop.ExportNote)] = "an export result",
        [typeof(JsonProblem)] = "a reading result",
        [typeof(JsonReadResult<>)] = "a reading result",
        [typeof(Ecvet.Recognition.ConsistencyFinding)] = "a check result",
        [typeof(Ecvet.Recognition.QualificationProgress)] = "a computed view of a credit ledger",
        [typeof(Ecvet.Recognition.MobilityRecord)] = "a bundle of documents, each with its own shape",
        [typeof(Ecvet.Assessment.TranscriptEntry)] = "names its grading scheme by id inside its transcript; write the PersonalTranscript",
        [typeof(Ecvet.Assessment.AssessmentResult)] = "names its grading scheme by id inside its transcript; write the PersonalTranscript",
        [typeof(CreditConversionRate)] = "no document holds conversion tables yet",
        [typeof(CreditConversionTable)] = "no document holds conversion tables yet",
        [typeof(EcvetJsonConverter)] = "the converter itself",
    };

    private static readonly Type[] PublicTypes = [.. typeof(UnitId).Assembly.GetExportedTypes()
        .Where(t => !(t.IsAbstract && t.IsSealed) && !t.IsInterface && !typeof(Exception).IsAssignableFrom(t) && !typeof(Delegate).IsAssignableFrom(t))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)];

    [Fact]
    public void EveryPublicType_HasAJsonShapeOrAReasonWhyNot()
    {
        var missing = PublicTypes.Where(t => !HasConverter(t) && !WithoutJsonShape.ContainsKey(t)).Select(t => t.FullName);
        var both = PublicTypes.Where(t => HasConverter(t) && WithoutJsonShape.ContainsKey(t)).Select(t => t.FullName);

        missing.Should().BeEmpty("a public type gets [JsonConverter(typeof(EcvetJsonConverter))] (and an entry in PublicTypeConverters) or a reason here");
        both.Should().BeEmpty();
        WithoutJsonShape.Keys.Should().BeSubsetOf(PublicTypes, "the list names only public types");
    }

    [Fact]
    public void EveryValue_CarriesTheConverter()
    {
        var values = PublicTypes.Where(t => t.IsEnum || t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IParsable<>)));

        values.Where(t => !HasConverter(t)).Select(t => t.FullName).Should().BeEmpty();
    }

    [Fact]
    public void EveryTypeWithTheConverter_IsInTheTableHasASampleAndIsInTheUsersContext()
    {
        var attributed = PublicTypes.Where(HasConverter).ToHashSet();
        var context = typeof(PublicTypesJsonContext).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(JsonSerializableAttribute))
            .Select(a => ((Type)a.ConstructorArguments[0].Value!).GetGenericArguments()[0]);

        PublicTypeConverters.Types.Should().BeEquivalentTo(attributed, "the attribute and the converter table list the same types");
        PublicTypeSamples.All.Keys.Should().BeEquivalentTo(attributed, "every type is round-tripped");
        context.Should().BeEquivalentTo(attributed, "the source-generated test covers every type");
    }

    [Theory]
    [MemberData(nameof(PublicTypeRoundTripTests.Types), MemberType = typeof(PublicTypeRoundTripTests))]
    public void Serialize_NeverWritesAnObjectOfTheTypesProperties(string type)
    {
        var sample = PublicTypeSamples.Get(type);
        var properties = sample.Value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var json = JsonNode.Parse(JsonSerializer.Serialize(sample.Value, sample.Type, PublicTypeRoundTripTests.Reflection))!;

        if (json is JsonObject written)
        {
            written.Select(p => p.Key).Should().NotIntersectWith(properties, "the document shape is camelCase, never the CLR properties");
        }

        if (sample.Type.IsEnum || sample.Type == typeof(CreditPoints) || sample.Type == typeof(EqfLevel) || sample.Type.Name.EndsWith("Id", StringComparison.Ordinal))
        {
            json.GetValueKind().Should().BeOneOf(JsonValueKind.String, JsonValueKind.Number, JsonValueKind.Array);
        }
    }

    [Fact]
    public void Serialize_ATypeWithoutTheConverter_IsWhatTheTestAboveCatches()
    {
        // The check of the test above, shown to fail on what plain System.Text.Json does without the attribute.
        var json = JsonNode.Parse(JsonSerializer.Serialize(new Unconverted(30m), PublicTypeRoundTripTests.Reflection))!.AsObject();

        json.Select(p => p.Key).Should().Contain(nameof(Unconverted.Value));
    }

    private static bool HasConverter(Type type) =>
        type.GetCustomAttribute<JsonConverterAttribute>(inherit: false)?.ConverterType == typeof(EcvetJsonConverter);

    private sealed record Unconverted(decimal Value);
}
