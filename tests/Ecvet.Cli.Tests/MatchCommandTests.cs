using System.Globalization;
using System.Text;
using System.Text.Json;
using Ecvet.Cli.Tests.Support;
using Ecvet.Tests.Support;
using Ecvet.Matching;

namespace Ecvet.Cli.Tests;

public sealed class MatchCommandTests
{
    private const string TsvHeader = "query\trank\tid\tsimilarity\tcoverage";

    private static readonly string Catalogue = Repository.CookCatalogue;

    private static readonly string[] ExactQueries =
    [
        "Prepare and present cold starters and salads",
        "Organise the workstation and carry out the mise en place before service",
    ];

    private static IReadOnlyList<string[]> TsvRows(CliResult result)
    {
        result.OutputLines[0].Should().Be(TsvHeader);
        return [.. result.OutputLines.Skip(1).Select(line => line.Split('\t'))];
    }

    [Fact]
    public void Match_SingleQueryAsText_PrintsTheExactOutcomeFirst()
    {
        var result = Tool.Run("match", "--catalogue", Catalogue, "--query", ExactQueries[0]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var lines = result.OutputLines;
        lines[0].Should().Be("Query 1: " + ExactQueries[0]);
        lines[1].Should().StartWith("   1. similarity ").And.Contain("COOK-U2-S5").And.EndWith("S  Prepare and present cold starters and salads");
        lines.Skip(1).Should().OnlyContain(line => line.Contains("similarity 0.", StringComparison.Ordinal) || line.Contains("similarity 1.", StringComparison.Ordinal));
        lines.Count.Should().BeLessThanOrEqualTo(11, "--top defaults to 10");
    }

    [Fact]
    public void Match_Text_LabelsEachMatchAgainstTheDefaultThresholds()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-k", "5");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = result.OutputLines.Where(line => line.Contains(". similarity ", StringComparison.Ordinal)).ToList();
        rows.Should().NotBeEmpty();
        foreach (var row in rows)
        {
            var match = System.Text.RegularExpressions.Regex.Match(row, @"^ +\d+\. similarity (?<s>[01]\.\d{4})  coverage [01]\.\d{4}  (?<label>accept|review|no lexical evidence) *  ");
            match.Success.Should().BeTrue(row);
            var similarity = double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
            match.Groups["label"].Value.Should().Be(similarity >= ScoreCalibration.AcceptThreshold ? "accept" : similarity >= ScoreCalibration.ReviewThreshold ? "review" : "no lexical evidence", row);
        }

        rows.Select(row => row.Contains("accept", StringComparison.Ordinal)).Should().Contain(true, "the host outcomes include close paraphrases");
        rows.Select(row => row.Contains("no lexical evidence", StringComparison.Ordinal)).Should().Contain(true);
    }

    [Fact]
    public void Match_Json_LabelsEachMatchAndStatesTheThresholds()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-f", "json");

        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("acceptThreshold").GetDouble().Should().Be(0.80);
        root.GetProperty("reviewThreshold").GetDouble().Should().Be(0.55);
        var matches = root.GetProperty("queries").EnumerateArray().SelectMany(q => q.GetProperty("matches").EnumerateArray()).ToList();
        matches.Should().NotBeEmpty();
        foreach (var match in matches)
        {
            var similarity = match.GetProperty("similarity").GetDouble();
            match.GetProperty("label").GetString().Should().Be(similarity >= 0.80 ? "accept" : similarity >= 0.55 ? "review" : "no lexical evidence");
        }

        matches.Select(m => m.GetProperty("label").GetString()).Distinct().Should().HaveCountGreaterThan(1);
    }

    [Fact]
    public void Match_Tsv_KeepsItsFiveColumnsWithoutLabels()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-f", "tsv");

        TsvRows(result).Should().OnlyContain(row => row.Length == 5);
        result.Output.Should().NotContain("accept").And.NotContain("review").And.NotContain("lexical");
    }

    [Fact]
    public void Match_CatalogueOfAnotherDocumentType_NamesTheType()
    {
        var agreement = Repository.Example("mobility/learning-agreement.json");

        var result = Tool.Run("match", "-c", agreement, "-q", "cook");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {agreement}: This is a learning agreement, not a qualification document.\n");
    }

    [Theory]
    [InlineData("--catalogue", "", "--query", "x", "--catalogue needs a file path, not an empty string.")]
    [InlineData("-c", " ", "--query", "x", "--catalogue needs a file path, not an empty string.")]
    [InlineData("--catalogue", "cat.tsv", "--queries", "", "--queries needs a file path, not an empty string.")]
    public void Match_EmptyPath_IsAUsageError(string catalogueOption, string catalogue, string queryOption, string query, string message)
    {
        var result = Tool.Run("match", catalogueOption, catalogue, queryOption, query);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Be($"error: {message}\nRun 'ecvet match --help' for usage.\n");
    }

    [Fact]
    public void Match_QueryWithTerminalControl_IsEchoedWithoutIt()
    {
        var result = Tool.Run("match", "-c", Catalogue, "-q", "\u001b[2J\u001b[31mPrepare cold starters\u0007", "-k", "1");

        result.ExitCode.Should().Be(0);
        result.OutputLines[0].Should().Be("Query 1: Prepare cold starters?");
        result.Output.Should().NotContain("\u001b");
    }

    [Fact]
    public void Match_QueriesFileAsTsv_NumbersQueriesAndRanksFromOne()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "--format", "tsv", "--top", "3");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = TsvRows(result);
        rows.Should().NotBeEmpty().And.OnlyContain(row => row.Length == 5);
        foreach (var group in rows.GroupBy(row => int.Parse(row[0], CultureInfo.InvariantCulture)))
        {
            group.Key.Should().BeInRange(1, 9, "the file has a header and nine queries");
            group.Select(row => int.Parse(row[1], CultureInfo.InvariantCulture)).Should().Equal(Enumerable.Range(1, group.Count()));
            group.Count().Should().BeLessThanOrEqualTo(3);
            var similarities = group.Select(row => double.Parse(row[3], CultureInfo.InvariantCulture)).ToList();
            similarities.Should().BeInDescendingOrder();
        }

        rows.Should().OnlyContain(row => row[2].StartsWith("COOK-", StringComparison.Ordinal));
        rows.SelectMany(row => row.Skip(3)).Should().OnlyContain(score => score.Length == 6 && score[1] == '.', "scores have 4 decimals in invariant culture");
    }

    [Fact]
    public void Match_TsvWithCurrentCultureUsingCommas_StillWritesInvariantNumbers()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var result = Tool.Run("match", "-c", Catalogue, "-q", ExactQueries[0], "-f", "tsv");

            TsvRows(result)[0][3].Should().MatchRegex(@"^[01]\.\d{4}$");
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Match_Json_IsOneDocumentWithQueriesAndMatches()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-f", "json", "-k", "2");

        result.ExitCode.Should().Be(0, result.Error);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        root.GetProperty("catalogue").GetString().Should().Be(Catalogue);
        root.GetProperty("entries").GetInt32().Should().Be(31);
        root.GetProperty("top").GetInt32().Should().Be(2);
        root.GetProperty("threshold").GetDouble().Should().Be(0);
        var queries = root.GetProperty("queries").EnumerateArray().ToList();
        queries.Select(q => q.GetProperty("query").GetInt32()).Should().Equal(Enumerable.Range(1, 9));
        queries[0].GetProperty("text").GetString().Should().Be("Prepares cold appetizers and salads and dresses the plates");
        var match = queries[0].GetProperty("matches")[0];
        match.GetProperty("rank").GetInt32().Should().Be(1);
        match.GetProperty("id").GetString().Should().StartWith("COOK-");
        match.GetProperty("type").GetString().Should().BeOneOf("K", "S", "C");
        match.GetProperty("text").GetString().Should().NotBeNullOrEmpty();
        match.GetProperty("similarity").GetDouble().Should().BeInRange(0, 1);
        match.GetProperty("coverage").GetDouble().Should().BeInRange(0, 1);
    }

    [Fact]
    public void Match_Threshold_DropsWeakerMatches()
    {
        var all = TsvRows(Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-f", "tsv"));
        var strong = TsvRows(Tool.Run("match", "-c", Catalogue, "--queries", Repository.HostQueries, "-f", "tsv", "--threshold", "0.3"));

        strong.Should().OnlyContain(row => double.Parse(row[3], CultureInfo.InvariantCulture) >= 0.3);
        strong.Count.Should().Be(all.Count(row => double.Parse(row[3], CultureInfo.InvariantCulture) >= 0.3));
        strong.Count.Should().BeLessThan(all.Count);
    }

    [Fact]
    public void Match_QueryWithoutSharedTerm_PrintsNoRow()
    {
        var tsv = Tool.Run("match", "-c", Catalogue, "-q", "zzzq xyzzy", "-f", "tsv");
        var text = Tool.Run("match", "-c", Catalogue, "-q", "zzzq xyzzy");

        tsv.ExitCode.Should().Be(0);
        tsv.Output.Should().Be(TsvHeader + "\n");
        text.OutputLines.Should().Equal("Query 1: zzzq xyzzy", "  no match");
    }

    [Fact]
    public void Match_QueriesFileWithTabsHeaderAndBlankLines_TakesFirstColumns()
    {
        using var queries = new TempFile("text\tnote\n" + ExactQueries[0] + "\tfirst\n\n" + ExactQueries[1] + "\tsecond\n");

        var rows = TsvRows(Tool.Run("match", "-c", Catalogue, "--queries", queries.Path, "-f", "tsv", "-k", "1"));

        rows.Select(row => (row[0], row[2])).Should().Equal(("1", "COOK-U2-S5"), ("2", "COOK-U2-S3"));
    }

    [Fact]
    public void Match_EscoCsvCatalogue_IsRecognisedByItsHeader()
    {
        const string Uri = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";
        using var csv = new TempFile(
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description\n"
            + $"KnowledgeSkillCompetence,{Uri},skill/competence,sector-specific,manage musical staff,\"manage staff of music\ndirect musical staff\",,released,2016-12-20T17:43:43Z,,,http://data.europa.eu/esco/concept-scheme/skills,\"Assign and manage staff tasks.\"\n",
            ".csv");

        var result = Tool.Run("match", "-c", csv.Path, "-q", "manage musical staff", "-f", "tsv");

        result.ExitCode.Should().Be(0, result.Error);
        TsvRows(result).Single()[2].Should().Be(Uri);
    }

    [Fact]
    public void Match_MissingCatalogue_ExitsThreeNamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-catalogue-" + Guid.NewGuid().ToString("N") + ".tsv");

        var result = Tool.Run("match", "-c", missing, "-q", "cook rice");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Be($"error: {missing}: file not found.\n");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Match_MissingQueriesFile_ExitsThree()
    {
        var result = Tool.Run("match", "-c", Catalogue, "--queries", "/no/such/queries.txt");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("/no/such/queries.txt: file not found.");
    }

    [Fact]
    public void Match_CatalogueIsADirectory_ExitsThree()
    {
        var result = Tool.Run("match", "-c", Path.GetTempPath(), "-q", "cook rice");

        result.ExitCode.Should().Be(3);
        result.Error.Should().StartWith("error: " + Path.GetTempPath());
    }

    [Theory]
    [InlineData("id\ttype\ttext\nA1\tK\tKnow the rules\nA2\tS\n", 3, "expected 3 tab-separated fields (id, type, text), found 2")]
    [InlineData("id\ttype\ttext\nA1\tK\tKnow the rules\n\nA2\tX\tDo things\n", 4, "type 'X' of 'A2' is not K, S or C")]
    [InlineData("id\ttype\ttext\nA1\tK\tKnow the rules\nA1\tS\tDo things\n", 3, "duplicate id 'A1' (first on line 2)")]
    [InlineData("id\ttype\ttext\n\tK\tKnow the rules\n", 2, "the id is empty")]
    [InlineData("id\ttype\ttext\nA1\tK\t  \n", 2, "the text of 'A1' is empty")]
    [InlineData("code,kind,label\nA1,K,Know\n", 1, "not a catalogue in a known format*")]
    public void Match_MalformedTsv_ExitsOneNamingFileAndLine(string content, int line, string reason)
    {
        using var catalogue = new TempFile(content);

        var result = Tool.Run("match", "-c", catalogue.Path, "-q", "know the rules");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Match($"error: {catalogue.Path}: Line {line}: {reason}*");
        result.Error.Should().NotContain(" at ", "no stack trace");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void Match_MalformedEscoCsv_ExitsOneNamingFileAndLine()
    {
        using var csv = new TempFile(string.Join(',', EscoSkillsCsv.Columns) + "\nKnowledgeSkillCompetence,http://x/1,knowledge\n", ".csv");

        var result = Tool.Run("match", "-c", csv.Path, "-q", "x");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"error: {csv.Path}: Line 2: expected 13 fields as in the header, found 3.\n");
    }

    [Fact]
    public void Match_QualificationJsonCatalogue_MatchesItsLearningOutcomes()
    {
        var catalogue = Path.Combine(Repository.Root, "examples", "fi-cook.json");

        var result = Tool.Run("match", "-c", catalogue, "-q", "Handle, store and cool food following the self-monitoring plan", "-f", "tsv", "-k", "3");

        result.ExitCode.Should().Be(0, result.Error);
        var rows = TsvRows(result);
        rows.Should().NotBeEmpty();
        rows[0][2].Should().Be("fi-hrc-u2-lo1");
        rows.Should().OnlyContain(row => row[2].StartsWith("fi-hrc-u", StringComparison.Ordinal));
    }

    [Fact]
    public void Match_InvalidQualificationJson_ExitsOneNamingFileLineAndPath()
    {
        using var catalogue = new TempFile("{\n  \"schemaVersion\": \"1.0\",\n  \"qualification\": 42\n}\n", ".json");

        var result = Tool.Run("match", "-c", catalogue.Path, "-q", "cook");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Match($"error: {catalogue.Path}: Line 3: $.qualification: EcvetJson*");
        result.Error.Should().NotContain(" at ", "no stack trace");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("id\ttype\ttext\n")]
    [InlineData("id\ttype\ttext\n\n\n")]
    public void Match_CatalogueWithoutEntries_ExitsOne(string content)
    {
        using var catalogue = new TempFile(content);

        var result = Tool.Run("match", "-c", catalogue.Path, "-q", "x");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("has no entries");
    }

    [Fact]
    public void Match_QueriesFileWithoutQueries_ExitsOne()
    {
        using var queries = new TempFile("host_text\n\n", ".txt");

        var result = Tool.Run("match", "-c", Catalogue, "--queries", queries.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"error: {queries.Path}: the file holds no query (one query per line).\n");
    }

    [Theory]
    [InlineData(new string[0], "Required command was not provided")]
    [InlineData(new[] { "match", "-q", "x" }, "Option '--catalogue' is required")]
    [InlineData(new[] { "match", "-c", "cat.tsv" }, "Give exactly one of --query TEXT or --queries FILE")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--queries", "q.txt" }, "Give exactly one of --query TEXT or --queries FILE")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "" }, "--query needs an outcome text, not an empty string.")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", " \t " }, "--query needs an outcome text, not an empty string.")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--top", "0" }, "--top must be at least 1")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--top", "many" }, "many")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--threshold", "1.5" }, "--threshold must be between 0 and 1")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--format", "xml" }, "xml")]
    [InlineData(new[] { "match", "-c", "cat.tsv", "-q", "x", "--colour" }, "--colour")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public void Run_UsageError_ExitsTwoWithoutTouchingFiles(string[] args, string message)
    {
        var result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("error: ").And.Contain(message).And.Contain("--help' for usage.");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("match", "--help")]
    public void Run_Help_PrintsUsageAndExitsZero(params string[] args)
    {
        var result = Tool.Run(args);

        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("Usage:").And.Contain("match");
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Match_Help_ListsEveryOption()
    {
        var help = Tool.Run("match", "--help").Output;

        help.Should().Contain("--catalogue").And.Contain("--query").And.Contain("--queries").And.Contain("--top")
            .And.Contain("--threshold").And.Contain("--format").And.Contain("json").And.Contain("tsv").And.Contain("text");
    }

    [Fact]
    public void Match_LargeCatalogue_ShowsProgressOnlyWhenStandardErrorIsATerminal()
    {
        var content = new StringBuilder("id\ttype\ttext\n");
        for (var i = 0; i < 5_000; i++)
        {
            content.Append(CultureInfo.InvariantCulture, $"O{i}\tS\tprepare dish number {i} with sauce {i % 17}\n");
        }

        using var catalogue = new TempFile(content.ToString());

        var terminal = Tool.Run(isErrorTerminal: true, "match", "-c", catalogue.Path, "-q", "prepare sauce", "-f", "tsv");
        var redirected = Tool.Run(isErrorTerminal: false, "match", "-c", catalogue.Path, "-q", "prepare sauce", "-f", "tsv");
        var small = Tool.Run(isErrorTerminal: true, "match", "-c", Catalogue, "-q", "prepare sauce", "-f", "tsv");

        terminal.ExitCode.Should().Be(0);
        terminal.Error.Should().Contain("Read 5,000 entries").And.Contain("Index built");
        redirected.Error.Should().BeEmpty();
        small.Error.Should().BeEmpty();
        terminal.Output.Should().Be(redirected.Output);
    }

    [Fact]
    public void Match_ManyQueriesOnATerminal_ShowsProgressUnlessQuiet()
    {
        using var queries = new TempFile(string.Concat(Enumerable.Repeat(ExactQueries[0] + "\n", 2_500)), ".txt");

        var terminal = Tool.Run(isErrorTerminal: true, "match", "-c", Catalogue, "--queries", queries.Path, "-f", "tsv", "-k", "1");
        var quiet = Tool.Run(isErrorTerminal: true, "match", "-c", Catalogue, "--queries", queries.Path, "-f", "tsv", "-k", "1", "--quiet");
        var quietFirst = Tool.Run(isErrorTerminal: true, "--quiet", "match", "-c", Catalogue, "--queries", queries.Path, "-f", "tsv", "-k", "1");

        terminal.ExitCode.Should().Be(0);
        terminal.Error.Should().Contain("Read 31 entries").And.Contain("matching 2,500 queries")
            .And.Contain("Matched 1,000 of 2,500 queries...\nMatched 2,000 of 2,500 queries...\n");
        quiet.Error.Should().BeEmpty();
        quietFirst.Error.Should().BeEmpty();
        quiet.Output.Should().Be(terminal.Output).And.Be(quietFirst.Output);
    }

    [EscoFact]
    public void Match_1000QueriesOverFullEsco_FindsMostConceptsByTheirAlternativeLabels()
    {
        var path = EscoData.SkillsCsvPath!;
        var random = new Random(42);
        var concepts = EscoSkillsCsv.ReadFile(path).Where(e => e.Synonyms.Length > 0).ToList();
        var sample = concepts.OrderBy(_ => random.Next()).Take(1_000).ToList();
        var queries = sample.Select(e => e.Synonyms[random.Next(e.Synonyms.Length)]).ToList();
        using var queryFile = new TempFile(string.Join('\n', queries) + "\n", ".txt");

        // How long this takes is measured in the README (with /usr/bin/time) and the benchmarks, never asserted here.
        var result = Tool.Run("match", "-c", path, "--queries", queryFile.Path, "-f", "tsv");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var rows = TsvRows(result);
        var found = rows.Where(row => row[2] == sample[int.Parse(row[0], CultureInfo.InvariantCulture) - 1].Id).Select(row => row[0]).Distinct().Count();
        found.Should().BeGreaterThan(500, "most alternative labels find their own concept (which also lists them) in the top 10");
    }
}
