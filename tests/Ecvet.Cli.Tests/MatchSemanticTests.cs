using System.Text.Json;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

/// <summary><c>ecvet match --semantic</c> with the built-in model.</summary>
public sealed class MatchSemanticTests
{
    // The cook catalogue's COOK-U4-S2 ("Rotate stock using the first in, first out method and reduce food waste") in a
    // host's words: the lexical match ranks a stock-records outcome first.
    private const string Paraphrase = "Keeps the cold room stock rotated and labelled";

    [Fact]
    public void Match_Semantic_FindsAParaphraseTheWordsMiss()
    {
        var lexical = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "-f", "tsv", "-k", "3");
        var semantic = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "-f", "tsv", "-k", "3", "--semantic");

        semantic.ExitCode.Should().Be(0, semantic.Error);
        lexical.ExitCode.Should().Be(0, lexical.Error);
        semantic.OutputLines[0].Should().Be("query\trank\tid\tsimilarity\tcoverage", "the formats are those of a lexical match");
        semantic.OutputLines.Should().HaveCount(4, "meaning relates every outcome to the query, so --top is filled");
        semantic.OutputLines[1].Split('\t')[2].Should().Be("COOK-U4-S2");
        lexical.OutputLines[1].Split('\t')[2].Should().NotBe("COOK-U4-S2");
    }

    [Fact]
    public void Match_SemanticJson_NamesTheModelAndLabelsWithoutWords()
    {
        var semantic = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "-f", "json", "-k", "10", "--semantic");
        var lexical = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "-f", "json", "-k", "10");

        semantic.ExitCode.Should().Be(0, semantic.Error);
        using var document = JsonDocument.Parse(semantic.Output);
        document.RootElement.GetProperty("model").GetString().Should().StartWith("sentence-transformers/all-MiniLM-L6-v2;");
        var labels = document.RootElement.GetProperty("queries")[0].GetProperty("matches").EnumerateArray()
            .Select(m => (Similarity: m.GetProperty("similarity").GetDouble(), Label: m.GetProperty("label").GetString())).ToList();
        labels.Should().Contain(l => l.Similarity < 0.55, "ten matches reach below review");
        labels.Where(l => l.Similarity < 0.55).Should().OnlyContain(l => l.Label == "no evidence", "meaning was weighed too, not only words");

        using var plain = JsonDocument.Parse(lexical.Output);
        plain.RootElement.GetProperty("model").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Match_ModelWithoutSemantic_IsRefused()
    {
        var result = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "--model", ".");

        result.ExitCode.Should().NotBe(0);
        result.Error.Should().Contain("--model needs --semantic.");
    }

    [Fact]
    public void Match_ModelDirectoryWithoutModel_SaysWhatIsMissing()
    {
        var directory = Directory.CreateTempSubdirectory("ecvet-model-").FullName;
        try
        {
            var result = Tool.Run("match", "-c", Repository.CookCatalogue, "-q", Paraphrase, "--semantic", "--model", directory);

            result.ExitCode.Should().NotBe(0);
            result.Error.Should().Contain("model.onnx is missing");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
