using Ecvet.Serialization;

namespace Ecvet.Docs.Tests;

/// <summary>The JSON page lists every problem code the readers can report, and every document's schema.</summary>
public sealed class JsonPageTests
{
    private static readonly string Page = MarkdownPage.Read("docs/json.md");

    [Fact]
    public void ProblemTable_HasEveryJsonProblemCode()
    {
        foreach (var code in Enum.GetValues<JsonProblemCode>())
        {
            Page.Should().Contain($"| `EcvetJson{(int)code:0000}` | `{code}` |", "docs/json.md explains every code a reader can report");
        }
    }

    [Fact]
    public void DocumentTable_LinksEverySchema()
    {
        foreach (var schema in Directory.GetFiles(Path.Combine(Repository.Root, "schemas"), "*.schema.json"))
        {
            Page.Should().Contain($"(../schemas/{Path.GetFileName(schema)})", "docs/json.md links every document's schema");
        }
    }
}
