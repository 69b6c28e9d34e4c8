using System.Text.Json;
using System.Text.Json.Nodes;
using Ecvet.Serialization;
using Json.Schema;

namespace Ecvet.Tests.Serialization;

/// <summary>
/// The committed schemas checked by a real JSON Schema validator (JsonSchema.Net, draft 2020-12): every example
/// satisfies its schema, and every enumeration in an example, given a name that is not one of its values, fails both
/// the schema and the reader (a schema with <c>"enum": []</c> would fail the first, a schema without the names the
/// second).
/// </summary>
public sealed class SchemaValidationTests
{
    private static readonly Dictionary<string, string> SchemaOf = new(StringComparer.Ordinal)
    {
        ["fi-cook.json"] = "qualification-document",
        ["fi-electrician.json"] = "qualification-document",
        ["mobility/host-qualification.json"] = "qualification-document",
        ["mobility/learning-agreement.json"] = "learning-agreement",
        ["mobility/match-confirmations.json"] = "match-confirmations",
        ["mobility/memorandum-of-understanding.json"] = "memorandum-of-understanding",
        ["mobility/personal-transcript.json"] = "personal-transcript",
        ["recognition/rule-set.json"] = "rule-set",
        ["recognition/recognition-report.json"] = "recognition-report",
        ["recognition/credit-ledger.json"] = "credit-ledger",
    };

    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    public static TheoryData<string> Examples() => [.. SchemaOf.Keys];

    [Fact]
    public void Examples_EveryDocumentInTheFolder_HasASchemaHere()
    {
        var root = JsonSamples.ExamplesFolder;
        var files = Directory.GetFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));

        files.Should().BeEquivalentTo(SchemaOf.Keys, "every example is validated against its schema");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_AgainstItsCommittedSchema_IsValid(string example)
    {
        var results = Evaluate(example, Load(example));

        results.IsValid.Should().BeTrue(Describe(results));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_WithAnEnumerationNameThatDoesNotExist_FailsTheSchemaAndTheReader(string example)
    {
        var enumProperties = EnumProperties(SchemaFile(example));
        var original = Load(example);
        var targets = Descendants(original)
            .OfType<JsonObject>()
            .SelectMany(o => o.Where(p => IsEnumValue(enumProperties, p.Key, p.Value)))
            .DistinctBy(p => p.Key)
            .ToList();

        targets.Should().NotBeEmpty("each example holds enumerations");
        foreach (var (name, _) in targets)
        {
            var document = original.DeepClone();
            var (holder, key) = Descendants(document).OfType<JsonObject>().Where(o => o.ContainsKey(name) && IsEnumValue(enumProperties, name, o[name])).Select(o => (o, name)).First();
            var value = holder[key]!;
            var changed = value is JsonArray array ? array[0]! : value;
            var path = changed.GetPath();
            if (value is JsonArray items)
            {
                items[0] = "notAName";
            }
            else
            {
                holder[key] = "notAName";
            }

            var results = Evaluate(example, document);
            results.IsValid.Should().BeFalse($"'{name}' = \"notAName\" is not a value of its enumeration");

            var read = Read(example, document.ToJsonString());
            read.IsSuccess.Should().BeFalse();
            read.Problems.Should().Contain(p => p.Code == JsonProblemCode.InvalidEnumValue && p.Path == path, $"the reader reports the bad name at {path}");
        }
    }

    [Fact]
    public void CommittedSchemas_HaveNoEmptyEnumeration()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryRoot, "schemas"), "*.schema.json"))
        {
            var empty = Descendants(JsonNode.Parse(File.ReadAllText(file))!)
                .OfType<JsonObject>()
                .Where(o => o["enum"] is JsonArray { Count: 0 });

            empty.Should().BeEmpty($"{Path.GetFileName(file)}: an empty enum accepts no value");
        }
    }

    private static (bool IsSuccess, IReadOnlyList<JsonProblem> Problems) Read(string example, string json) => SchemaOf[example] switch
    {
        "qualification-document" => Summary(EcvetJson.ParseQualificationDocument(json)),
        "learning-agreement" => Summary(EcvetJson.ParseLearningAgreement(json)),
        "memorandum-of-understanding" => Summary(EcvetJson.ParseMemorandumOfUnderstanding(json)),
        "rule-set" => Summary(EcvetJson.ParseRuleSet(json)),
        "match-confirmations" => Summary(EcvetJson.ParseMatchConfirmationSet(json)),
        "recognition-report" => Summary(EcvetJson.ParseRecognitionReport(json)),
        "credit-ledger" => Summary(EcvetJson.ParseCreditLedger(json)),
        _ => Summary(EcvetJson.ParsePersonalTranscript(json)),
    };

    private static (bool IsSuccess, IReadOnlyList<JsonProblem> Problems) Summary<T>(JsonReadResult<T> result)
        where T : class => (result.IsSuccess, result.Problems);

    private static EvaluationResults Evaluate(string example, JsonNode document)
    {
        var schema = CompiledSchema(example);
        using var json = JsonDocument.Parse(document.ToJsonString());
        return schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static JsonSchema CompiledSchema(string example)
    {
        var name = SchemaOf[example];
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(name, out var schema))
            {
                // A registry per schema: the validator's shared registry refuses the same $id twice.
                schema = JsonSchema.FromText(File.ReadAllText(SchemaFile(example)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
                Schemas[name] = schema;
            }

            return schema;
        }
    }

    private static string SchemaFile(string example) => Path.Combine(RepositoryRoot, "schemas", SchemaOf[example] + ".schema.json");

    private static JsonNode Load(string example) => JsonNode.Parse(File.ReadAllText(Path.Combine(JsonSamples.ExamplesFolder, example)))!;

    private static string RepositoryRoot => Path.GetDirectoryName(JsonSamples.ExamplesFolder)!;

    /// <summary>The properties whose schema (or whose items' schema) lists enumeration values, with those values.</summary>
    private static Dictionary<string, HashSet<string>> EnumProperties(string schemaFile)
    {
        var names = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var obj in Descendants(JsonNode.Parse(File.ReadAllText(schemaFile))!).OfType<JsonObject>())
        {
            if (obj["properties"] is JsonObject properties)
            {
                foreach (var (name, schema) in properties)
                {
                    if ((schema?["enum"] ?? schema?["items"]?["enum"]) is JsonArray values)
                    {
                        if (!names.TryGetValue(name, out var set))
                        {
                            names[name] = set = new HashSet<string>(StringComparer.Ordinal);
                        }

                        set.UnionWith(values.OfType<JsonValue>().Select(v => v.GetValue<string>()));
                    }
                }
            }
        }

        return names;
    }

    /// <summary>Whether a member holds a value of an enumeration (or an array whose first item is one).</summary>
    private static bool IsEnumValue(Dictionary<string, HashSet<string>> enums, string name, JsonNode? value) =>
        enums.TryGetValue(name, out var values)
        && (value is JsonArray { Count: > 0 } array ? array[0] : value) is JsonValue v
        && v.TryGetValue<string>(out var text) && values.Contains(text);

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            if (child is not null)
            {
                foreach (var d in Descendants(child))
                {
                    yield return d;
                }
            }
        }
    }

    private static string Describe(EvaluationResults results) =>
        string.Join("; ", (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10)
            .Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
}
