using System.Text.Json;
using System.Text.Json.Nodes;
using Ecvet.Interop;
using Json.Schema;

namespace Ecvet.Tests.Interop;

/// <summary>
/// Every Open Badges export checked offline by a JSON Schema validator (JsonSchema.Net) against
/// <c>OpenBadges/achievement-credential.required.schema.json</c>, a schema written from the OB 3.0 specification's
/// required-property tables (its header says why the 1EdTech schema file is not in the repository). Each required
/// property, removed from a real export, must make it fail: the schema cannot pass by being empty.
/// </summary>
public sealed class OpenBadgesSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(
        File.ReadAllText(Path.Combine(InteropSamples.RepositoryRoot, "tests", "Ecvet.Core.Tests", "Interop", "OpenBadges", "achievement-credential.required.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    public static TheoryData<string> Exports => ["unit with result", "unit without result", "recognised in full", "recognised in part"];

    /// <summary>The required properties of each class, as JSON pointers into the recognised-in-full export.</summary>
    public static TheoryData<string> RequiredProperties =>
    [
        "/@context", "/id", "/type", "/name", "/credentialSubject", "/issuer", "/issuanceDate",
        "/issuer/id", "/issuer/type",
        "/credentialSubject/type", "/credentialSubject/achievement",
        "/credentialSubject/achievement/id", "/credentialSubject/achievement/type", "/credentialSubject/achievement/criteria",
        "/credentialSubject/achievement/description", "/credentialSubject/achievement/name",
        "/credentialSubject/achievement/criteria/narrative",
        "/credentialSubject/achievement/alignment/0/type", "/credentialSubject/achievement/alignment/0/targetName",
        "/credentialSubject/achievement/alignment/0/targetUrl",
        "/credentialSubject/result/0/type",
        "/credentialSubject/achievement/resultDescription/0/id", "/credentialSubject/achievement/resultDescription/0/type",
        "/credentialSubject/achievement/resultDescription/0/name", "/credentialSubject/achievement/resultDescription/0/resultType",
        "/evidence/0/type",
    ];

    [Theory]
    [MemberData(nameof(Exports))]
    public void Export_AgainstTheSpecificationSchema_IsValid(string name)
    {
        var results = Evaluate(JsonNode.Parse(Export(name).ToString())!);

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Theory]
    [MemberData(nameof(RequiredProperties))]
    public void Export_WithoutARequiredProperty_FailsTheSchema(string jsonPointer)
    {
        var document = JsonNode.Parse(Export("recognised in full").ToString())!;
        var slash = jsonPointer.LastIndexOf('/');
        var parent = Resolve(document, jsonPointer[..slash]);

        parent.AsObject().Remove(jsonPointer[(slash + 1)..]).Should().BeTrue($"{jsonPointer} is in the export");
        Evaluate(document).IsValid.Should().BeFalse($"{jsonPointer} is required by the specification");
    }

    [Fact]
    public void Export_ResultStatusOutsideTheEnumeration_FailsTheSchema()
    {
        var document = JsonNode.Parse(Export("recognised in full").ToString())!;
        document["credentialSubject"]!["result"]![0]!["status"] = "Passed";

        Evaluate(document).IsValid.Should().BeFalse();
    }

    [Fact]
    public void Export_SubjectWithAPropertyTheClassLacks_FailsTheSchema()
    {
        // AchievementSubject is a closed class in the specification: an unknown property is an error there.
        var document = JsonNode.Parse(Export("recognised in full").ToString())!;
        document["credentialSubject"]!["creditScheme"] = "ecvet";

        Evaluate(document).IsValid.Should().BeFalse();
    }

    private static ExportResult Export(string name)
    {
        var cook = InteropSamples.Example("fi-cook");
        return name switch
        {
            "unit with result" => OpenBadgesExport.UnitAchievement(cook, InteropSamples.CookHotDishes, InteropSamples.BadgeOptions, InteropSamples.HotDishesResult()),
            "unit without result" => OpenBadgesExport.UnitAchievement(cook, InteropSamples.CookHotDishes, InteropSamples.BadgeOptions),
            "recognised in full" => OpenBadgesExport.RecognisedUnit(cook, InteropSamples.ExampleReport(), UnitId.Parse("fi-hrc-u2"), InteropSamples.BadgeOptions),
            "recognised in part" => OpenBadgesExport.RecognisedUnit(cook, InteropSamples.ExampleReport(), UnitId.Parse("fi-hrc-u3"), InteropSamples.BadgeOptions),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not an export of these tests."),
        };
    }

    private static JsonNode Resolve(JsonNode document, string jsonPointer)
    {
        var node = document;
        foreach (var segment in jsonPointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            node = int.TryParse(segment, System.Globalization.CultureInfo.InvariantCulture, out var index) ? node[index]! : node[segment]!;
        }

        return node;
    }

    private static EvaluationResults Evaluate(JsonNode document)
    {
        using var json = JsonDocument.Parse(document.ToJsonString());
        return Schema.Value.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
}
