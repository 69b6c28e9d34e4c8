using System.Text.Json.Nodes;
using Ecvet.Serialization;

namespace Ecvet.Tests.Serialization;

/// <summary>The committed JSON Schema is the generated one; set ECVET_APPROVE_SCHEMAS=1 to rewrite it after a deliberate change.</summary>
public sealed class JsonSchemaTests
{
    private static string SchemaFile => Path.Combine(Path.GetDirectoryName(JsonSamples.ExamplesFolder)!, "schemas", "qualification-document.schema.json");

    [Fact]
    public void QualificationDocumentSchema_MatchesCommittedFile()
    {
        var generated = EcvetJson.GetQualificationDocumentSchema();
        if (Environment.GetEnvironmentVariable("ECVET_APPROVE_SCHEMAS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(SchemaFile)!);
            File.WriteAllText(SchemaFile, generated);
        }

        File.Exists(SchemaFile).Should().BeTrue("the schema is committed under schemas/");
        File.ReadAllText(SchemaFile).Should().Be(generated, "the committed schema drifted from the contract; run the tests with ECVET_APPROVE_SCHEMAS=1 and review the diff");
    }

    [Fact]
    public void Schema_ForbidsUnknownMembersEverywhere()
    {
        var schema = JsonNode.Parse(EcvetJson.GetQualificationDocumentSchema())!;
        foreach (var obj in Objects(schema).Where(o => o.ContainsKey("properties")))
        {
            obj["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        }
    }

    [Fact]
    public void Schema_DescribesNodaTimeAndEnumsAndLimits()
    {
        var schema = JsonNode.Parse(EcvetJson.GetQualificationDocumentSchema())!;
        var validFrom = schema["properties"]!["validFrom"]!;
        validFrom["format"]!.GetValue<string>().Should().Be("date");
        schema["properties"]!["schemaVersion"]!["const"]!.GetValue<string>().Should().Be("1.0");
        var text = schema.ToJsonString();
        text.Should().Contain("\"enum\":[\"knowledge\",\"skill\",\"competence\"]");
        text.Should().Contain("\"maximum\":8");
        text.Should().Contain("\"multipleOf\":0.01");
        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().BeEquivalentTo("schemaVersion", "qualification", "units");
    }

    [Fact]
    public void Examples_SatisfyTheSchemaShape()
    {
        // A light check without a validator package: every property of every example object is declared in the schema.
        var schemaText = EcvetJson.GetQualificationDocumentSchema();
        foreach (var file in JsonSamples.ExampleFiles)
        {
            foreach (var obj in Objects(JsonNode.Parse(File.ReadAllText(file))!))
            {
                foreach (var (name, _) in obj)
                {
                    if (obj.Parent is JsonObject && obj.GetPropertyName() is "title" or "statement" or "assessmentProcedure" or "assessmentCriteria")
                    {
                        continue;
                    }

                    schemaText.Should().Contain($"\"{name}\"", file);
                }
            }
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var (_, child) in obj)
                {
                    if (child is not null)
                    {
                        foreach (var inner in Objects(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    if (child is not null)
                    {
                        foreach (var inner in Objects(child))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
        }
    }
}
