using System.Globalization;
using System.Text;
using System.Text.Json;
using Ecvet.Cli.Tests.Support;
using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Cli.Tests;

/// <summary><c>ecvet tag</c> on a small ESCO-format CSV written by the test (and, when present, the real ESCO file).</summary>
public sealed class TagCommandTests : IDisposable
{
    private const string TsvHeader = "query\trank\tskill\tsimilarity\tpreferred_label\twords_label\tmeaning_label";

    private const string Rotate = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000001";
    private const string Till = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000002";
    private const string Clean = "http://data.europa.eu/esco/skill/00000000-0000-4000-8000-000000000003";

    // Skill rows in the published column order; alternative labels one per line inside a quoted field.
    private readonly TempFile _esco = new(
        string.Join(',', EscoSkillsCsv.Columns) + "\n"
        + Row(Rotate, "manage stock rotation", "apply FIFO to stored goods\nrotate perishable stock", "Rotate stock so that older goods are used first.")
        + Row(Till, "operate cash register", "work the till\nhandle cash transactions", string.Empty)
        + Row(Clean, "clean kitchen equipment", "sanitise kitchen tools", "Clean and sanitise kitchen equipment."),
        ".csv");

    public void Dispose() => _esco.Dispose();

    [Fact]
    public void Tag_Text_PrintsSkillsWithScoreLabelAndTheLabelThatMatched()
    {
        var result = Tool.Run("tag", "--esco", _esco.Path, "--text", "Works the till at the front desk");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines[0].Should().Be("Query 1: Works the till at the front desk");
        result.OutputLines[1].Should().MatchRegex(@"^   1\. similarity [01]\.\d{4}  (accept|review|no lexical evidence) *  " + Till.Replace(".", @"\.", StringComparison.Ordinal)
            + @"  operate cash register  \[alternative label ""work the till"" \(shared words\)\]$");
    }

    [Fact]
    public void Tag_Tsv_OneRowPerSkillWithTheMatchedLabels()
    {
        var result = Tool.Run("tag", "--esco", _esco.Path, "--text", "rotates perishable stock daily", "-f", "tsv", "-k", "2");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines[0].Should().Be(TsvHeader);
        var row = result.OutputLines[1].Split('\t');
        row[0..3].Should().Equal("1", "1", Rotate);
        row[4..].Should().Equal("manage stock rotation", "rotate perishable stock", string.Empty);
        result.OutputLines.Count.Should().BeLessThanOrEqualTo(3, "--top 2");
    }

    [Fact]
    public void Tag_Json_EchoesSettingsAndNamesNoModelWithoutSemantic()
    {
        var result = Tool.Run("tag", "--esco", _esco.Path, "--text", "cleans the kitchen equipment", "-f", "json", "-t", "0.1");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("esco").GetString().Should().Be(_esco.Path);
        root.GetProperty("skills").GetInt32().Should().Be(3);
        root.GetProperty("top").GetInt32().Should().Be(10);
        root.GetProperty("threshold").GetDouble().Should().Be(0.1);
        root.GetProperty("model").ValueKind.Should().Be(JsonValueKind.Null);
        var first = root.GetProperty("queries")[0].GetProperty("skills")[0];
        first.GetProperty("rank").GetInt32().Should().Be(1);
        first.GetProperty("skill").GetString().Should().Be(Clean);
        first.GetProperty("preferredLabel").GetString().Should().Be("clean kitchen equipment");
        var label = first.GetProperty("matchedLabels")[0];
        (label.GetProperty("text").GetString(), label.GetProperty("kind").GetString(), label.GetProperty("by").GetString())
            .Should().Be(("clean kitchen equipment", "preferred", "words"));
        root.GetProperty("queries")[0].GetProperty("skills").EnumerateArray().Should().OnlyContain(s => s.GetProperty("similarity").GetDouble() >= 0.1);
    }

    [Fact]
    public void Tag_Queries_TagsEachLineInOrder()
    {
        using var queries = new TempFile("text\nWorks the till\n\ncleans kitchen tools\n", ".txt");

        var result = Tool.Run("tag", "--esco", _esco.Path, "--queries", queries.Path, "-f", "tsv", "-k", "1");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Skip(1).Select(line => (line.Split('\t')[0], line.Split('\t')[2])).Should().Equal(("1", Till), ("2", Clean));
    }

    [Fact]
    public void Tag_NothingShared_SaysNoSkill()
    {
        var result = Tool.Run("tag", "--esco", _esco.Path, "--text", "Speaks fluent Portuguese");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Should().Equal("Query 1: Speaks fluent Portuguese", "  no skill");
    }

    [Fact]
    public void Tag_Semantic_FindsBySomeLabelsMeaningAndNamesTheModel()
    {
        var result = Tool.Run("tag", "--esco", _esco.Path, "--text", "Takes payments from customers", "-f", "json", "--semantic", "-k", "3");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        document.RootElement.GetProperty("model").GetString().Should().StartWith("sentence-transformers/all-MiniLM-L6-v2;");
        var skills = document.RootElement.GetProperty("queries")[0].GetProperty("skills");
        skills.GetArrayLength().Should().Be(3, "meaning relates every skill to the text, so --top is filled");
        skills[0].GetProperty("skill").GetString().Should().Be(Till);
        skills[0].GetProperty("matchedLabels").EnumerateArray().Should().Contain(l => l.GetProperty("by").GetString() == "meaning");
        skills.EnumerateArray().Where(s => s.GetProperty("similarity").GetDouble() < 0.55)
            .Should().OnlyContain(s => s.GetProperty("label").GetString() == "no evidence");
    }

    [Fact]
    public void Tag_SemanticOnATerminal_ShowsEmbeddingProgressOnStderrOnly()
    {
        var rows = new StringBuilder(string.Join(',', EscoSkillsCsv.Columns)).Append('\n');
        for (var i = 0; i < 300; i++)
        {
            rows.Append(Row(string.Create(CultureInfo.InvariantCulture, $"http://data.europa.eu/esco/skill/00000000-0000-4000-8000-{i:000000000000}"),
                string.Create(CultureInfo.InvariantCulture, $"skill number {i}"), "another label\nyet another label", string.Empty));
        }

        using var esco = new TempFile(rows.ToString(), ".csv");

        var terminal = Tool.Run(isErrorTerminal: true, "tag", "--esco", esco.Path, "--text", "skill number 7", "-f", "tsv", "-k", "1", "--semantic");
        var redirected = Tool.Run(isErrorTerminal: false, "tag", "--esco", esco.Path, "--text", "skill number 7", "-f", "tsv", "-k", "1", "--semantic");

        terminal.ExitCode.Should().Be(0, terminal.Error);
        terminal.Error.Should().Contain("Embedded 900 of 900 labels");
        redirected.Error.Should().BeEmpty();
        terminal.Output.Should().Be(redirected.Output);
    }

    [Theory]
    [InlineData(new[] { "tag", "--text", "x" }, "--esco")]
    [InlineData(new[] { "tag", "--esco", "E" }, "Give exactly one of --text TEXT or --queries FILE.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--queries", "Q" }, "Give exactly one of --text TEXT or --queries FILE.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "" }, "--text needs an outcome text, not an empty string.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "  " }, "--text needs an outcome text, not an empty string.")]
    [InlineData(new[] { "tag", "--esco", "", "--text", "x" }, "--esco needs a file path, not an empty string.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--top", "0" }, "--top must be at least 1.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--threshold", "1.5" }, "--threshold must be between 0 and 1.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--format", "xml" }, "'xml' is not a valid --format")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--model", "." }, "--model needs --semantic.")]
    [InlineData(new[] { "tag", "--esco", "E", "--text", "x", "--semantc" }, "unknown option '--semantc'")]
    public void Tag_BadCommandLine_IsAUsageError(string[] args, string message)
    {
        var result = Tool.Run(args.Select(a => a == "E" ? _esco.Path : a).ToArray());

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain(message);
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Tag_MissingEscoFile_ExitsThree()
    {
        var result = Tool.Run("tag", "--esco", Path.Combine(Path.GetTempPath(), "no-such-esco.csv"), "--text", "x");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("no-such-esco.csv: file not found.");
    }

    [Fact]
    public void Tag_NotAnEscoCsv_ExitsOneNamingTheFile()
    {
        var result = Tool.Run("tag", "--esco", Repository.CookCatalogue, "--text", "prepare sauces");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("cook-outcomes.tsv: Line 1: not a catalogue in a known format; the first line must be the ESCO skills CSV header");
    }

    [Fact]
    public void Tag_MalformedEscoRow_ExitsOneNamingFileAndLine()
    {
        using var csv = new TempFile(string.Join(',', EscoSkillsCsv.Columns) + "\nKnowledgeSkillCompetence,http://x/1,knowledge\n", ".csv");

        var result = Tool.Run("tag", "--esco", csv.Path, "--text", "x");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(csv.Path + ": Line 2:");
    }

    [EscoFact]
    public void Tag_FullEsco_FindsASkillByItsAlternativeLabel()
    {
        var skill = EscoSkillsCsv.ReadFile(EscoData.SkillsCsvPath!).First(e => e.Synonyms.Length > 0);

        var result = Tool.Run("tag", "--esco", EscoData.SkillsCsvPath!, "--text", skill.Synonyms[0], "-f", "tsv", "-k", "5");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Skip(1).Select(line => line.Split('\t')[2]).Should().Contain(skill.Id);
    }

    private static string Row(string uri, string preferred, string alternatives, string description) =>
        $"KnowledgeSkillCompetence,{uri},skill/competence,sector-specific,{preferred},\"{alternatives}\",,released,2023-01-01,,,,\"{description}\"\n";
}
