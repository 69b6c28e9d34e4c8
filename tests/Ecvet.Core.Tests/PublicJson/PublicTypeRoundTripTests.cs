using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Ecvet.Tests.PublicJson;

/// <summary>
/// Every public type inside a user's DTO, written and read back with plain <see cref="JsonSerializer"/>: once with
/// reflection and default options, once with the user's own source-generated context. Each is written exactly as the
/// documents hold it and reads back to an equal value.
/// </summary>
public sealed class PublicTypeRoundTripTests
{
    // This test project turns reflection off by default (the library must not need it); a user's application has it on.
    // A fresh DefaultJsonTypeInfoResolver is exactly what JsonSerializer's default options use there.
    internal static readonly JsonSerializerOptions Reflection = new() { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

    public static TheoryData<string> Types => PublicTypeSamples.Names;

    [Theory]
    [MemberData(nameof(Types))]
    public void Serialize_WithReflectionAndDefaultOptions_WritesTheDocumentShapeAndReadsBack(string type) =>
        RoundTrip(PublicTypeSamples.Get(type), (value, holder) => JsonSerializer.Serialize(value, holder, Reflection), (json, holder) => JsonSerializer.Deserialize(json, holder, Reflection));

    [Theory]
    [MemberData(nameof(Types))]
    public void Serialize_WithAUsersSourceGeneratedContext_WritesTheDocumentShapeAndReadsBack(string type) =>
        RoundTrip(PublicTypeSamples.Get(type), (value, holder) => JsonSerializer.Serialize(value, holder, PublicTypesJsonContext.Default), (json, holder) => JsonSerializer.Deserialize(json, holder, PublicTypesJsonContext.Default));

    private static readonly JsonSerializerOptions CallersPolicies = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseUpper,
        NumberHandling = JsonNumberHandling.WriteAsString | JsonNumberHandling.AllowReadingFromString,
    };

    private static readonly JsonSerializerOptions CallersEnumConverter = new()
    {
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
        Converters = { new JsonStringEnumConverter() },
    };

    [Fact]
    public void Serialize_WithTheCallersNamingPolicyAndNumberHandling_KeepsTheDocumentShape()
    {
        var options = CallersPolicies;
        var outcome = (LearningOutcome)PublicTypeSamples.All[typeof(LearningOutcome)].Value;
        var holder = new Holder<CreditPoints> { Value = CreditPoints.From(30), Items = [] };

        JsonSerializer.Serialize(outcome, options).Should().StartWith("""{"id":""");
        JsonSerializer.Serialize(holder, options).Should().Be("""{"VALUE":30,"ITEMS":[]}""");
        JsonSerializer.Serialize(LearningOutcomeType.Skill, options).Should().Be("\"skill\"");
    }

    [Fact]
    public void Serialize_WithAConverterTheCallerAddsToOptions_UsesTheCallersConverter()
    {
        // System.Text.Json lets converters in the options win over a type's attribute: a caller who asks gets their way.
        JsonSerializer.Serialize(LearningOutcomeType.Skill, CallersEnumConverter).Should().Be("\"Skill\"");
    }

    [Fact]
    public void Serialize_TheIssuesExamples_AreNumbersStringsAndNames()
    {
        JsonSerializer.Serialize(CreditPoints.From(30), Reflection).Should().Be("30");
        JsonSerializer.Serialize(CreditPoints.From(7.5m), Reflection).Should().Be("7.5");
        JsonSerializer.Serialize(UnitId.Parse("u1"), Reflection).Should().Be("\"u1\"");
        JsonSerializer.Serialize(LearningOutcomeType.Competence, Reflection).Should().Be("\"competence\"");
        JsonSerializer.Serialize(LocalizedText.English("Cook food."), Reflection).Should().Be("""{"en":"Cook food."}""");
        JsonSerializer.Serialize(IscedFCode.Parse("1013"), Reflection).Should().Be("\"1013\"");
    }

    [Fact]
    public void Serialize_EveryValueOfEveryEnumeration_WritesItsNameAndReadsItBack()
    {
        var enums = typeof(UnitId).Assembly.GetExportedTypes().Where(t => t.IsEnum && !t.IsDefined(typeof(FlagsAttribute), false)).ToList();

        enums.Should().HaveCountGreaterThan(20);
        foreach (var type in enums)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in Enum.GetValues(type))
            {
                var json = JsonSerializer.Serialize(value, type, PublicTypesJsonContext.Default.Options);
                var name = JsonSerializer.Deserialize<string>(json, Reflection)!;
                name.Should().Be(JsonNamingPolicy.CamelCase.ConvertName(value.ToString()!), $"{type.Name}.{value} is written by its camelCase name");
                names.Add(name).Should().BeTrue($"{type.Name} has distinct names");
                JsonSerializer.Deserialize(json, type, Reflection).Should().Be(value);
            }
        }
    }

    private static void RoundTrip(PublicTypeSample sample, Func<object, Type, string> serialize, Func<string, Type, object?> deserialize)
    {
        var holderType = typeof(Holder<>).MakeGenericType(sample.Type);
        var items = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(sample.Type))!;
        items.Add(sample.Value);
        items.Add(sample.Value);
        var holder = Activator.CreateInstance(holderType)!;
        holderType.GetProperty(nameof(Holder<int>.Value))!.SetValue(holder, sample.Value);
        holderType.GetProperty(nameof(Holder<int>.Items))!.SetValue(holder, items);

        var json = serialize(holder, holderType);

        var written = JsonNode.Parse(json)!;
        JsonNode.DeepEquals(written["Value"], sample.Expected).Should().BeTrue($"{sample.Type.Name} is written as in its document:\n{sample.Expected.ToJsonString()}\nbut was\n{written["Value"]?.ToJsonString()}");
        written["Items"]!.AsArray().Should().HaveCount(2).And.OnlyContain(item => JsonNode.DeepEquals(item, sample.Expected));

        var back = deserialize(json, holderType)!;
        var value = holderType.GetProperty(nameof(Holder<int>.Value))!.GetValue(back);
        value.Should().BeOfType(sample.Value.GetType());
        serialize(back, holderType).Should().Be(json, "what was read back is written the same");
        if (DeclaresEquality(sample.Value.GetType()))
        {
            value.Should().Be(sample.Value);
        }
    }

    // Documents with a history (agreements) compare by reference; what they hold is compared through their JSON above.
    private static bool DeclaresEquality(Type type) =>
        type.IsValueType || type.GetMethod(nameof(Equals), [type]) is not null || type.GetMethod(nameof(Equals), [typeof(object)])?.DeclaringType == type;
}
