using System.Text.Json;
using Ecvet.Cli.Tests.Support;
using Ecvet.Matching;

namespace Ecvet.Cli.Tests;

/// <summary><c>--embeddings FILE</c> of <c>ecvet tag --semantic</c> and <c>ecvet match --semantic</c>: computed and saved
/// when missing, loaded when it fits, refused (never overwritten) when it does not.</summary>
public sealed class EmbeddingsFileTests : IDisposable
{
    private const string Paraphrase = "Keeps the cold room stock rotated and labelled";

    private readonly string _directory = Directory.CreateTempSubdirectory("ecvet-cli-embeddings-").FullName;
    private readonly string _esco;
    private readonly string _otherEsco;

    public EmbeddingsFileTests()
    {
        _esco = Path.Combine(_directory, "skills.csv");
        File.WriteAllText(_esco, Csv(
            Row("00000000-0000-4000-8000-000000000001", "manage stock rotation", "apply FIFO to stored goods\nrotate perishable stock"),
            Row("00000000-0000-4000-8000-000000000002", "operate cash register", "work the till\nhandle cash transactions"),
            Row("00000000-0000-4000-8000-000000000003", "clean kitchen equipment", "sanitise kitchen tools")));

        // The same skills with one alternative label more: as many skills, other texts.
        _otherEsco = Path.Combine(_directory, "other-skills.csv");
        File.WriteAllText(_otherEsco, Csv(
            Row("00000000-0000-4000-8000-000000000001", "manage stock rotation", "apply FIFO to stored goods\nrotate perishable stock"),
            Row("00000000-0000-4000-8000-000000000002", "operate cash register", "work the till\nhandle cash transactions\ntake card payments"),
            Row("00000000-0000-4000-8000-000000000003", "clean kitchen equipment", "sanitise kitchen tools")));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Tag_EmbeddingsMissing_ComputesAndSavesThenTheNextRunLoadsWithTheSameOutput()
    {
        var file = Path.Combine(_directory, "skills.emb");

        var first = Tag(_esco, file);
        var second = Tag(_esco, file);

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().MatchRegex(@"Embedded \d labels in \d+ s and saved their vectors to ").And.Contain("saved their vectors to " + file);
        File.Exists(file).Should().BeTrue();
        Directory.GetFiles(_directory).Should().BeEquivalentTo([_esco, _otherEsco, file], "the temporary file is moved into place, nothing else is left");
        second.ExitCode.Should().Be(0, second.Error);
        second.Error.Should().MatchRegex(@"^Loaded the vectors of \d labels from ").And.Contain(" labels from " + file).And.NotContain("Embedded");
        second.Output.Should().Be(first.Output);
        using var document = JsonDocument.Parse(second.Output);
        document.RootElement.GetProperty("model").GetString().Should().StartWith("sentence-transformers/all-MiniLM-L6-v2;");
        document.RootElement.GetProperty("queries")[0].GetProperty("skills")[0].GetProperty("preferredLabel").GetString().Should().Be("operate cash register");
    }

    [Fact]
    public void Match_EmbeddingsMissing_ComputesAndSavesThenTheNextRunLoadsWithTheSameOutput()
    {
        var file = Path.Combine(_directory, "cook.emb");

        var first = Match(Repository.CookCatalogue, file);
        var second = Match(Repository.CookCatalogue, file);

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().Contain("saved their vectors to " + file);
        second.ExitCode.Should().Be(0, second.Error);
        second.Error.Should().Contain("Loaded the vectors of").And.Contain(" entries from " + file);
        second.Output.Should().Be(first.Output);
        second.OutputLines[1].Split('\t')[2].Should().Be("COOK-U4-S2", "the loaded vectors find the paraphrase as the computed ones do");
    }

    [Fact]
    public void Tag_EmbeddingsOfAnotherCatalogue_IsRefusedNamingTheFileAndLeftAsItIs()
    {
        var file = Path.Combine(_directory, "skills.emb");
        Tag(_esco, file).ExitCode.Should().Be(0);
        var saved = File.ReadAllBytes(file);

        var result = Tag(_otherEsco, file);

        result.ExitCode.Should().Be(1, result.Error);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith("error: " + file + ": --embeddings: The embeddings file was computed for another catalogue")
            .And.Contain("delete it").And.Contain("another file");
        File.ReadAllBytes(file).Should().Equal(saved, "a file the user gave is never overwritten");
    }

    [Fact]
    public void Match_EmbeddingsOfAnotherCommandsCatalogue_IsRefused()
    {
        var file = Path.Combine(_directory, "skills.emb");
        Tag(_esco, file).ExitCode.Should().Be(0);

        var result = Match(Repository.CookCatalogue, file);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain(file + ": --embeddings: The embeddings file was computed for another catalogue");
    }

    [Fact]
    public void Tag_TruncatedEmbeddings_IsRefusedAsDamaged()
    {
        var file = Path.Combine(_directory, "skills.emb");
        Tag(_esco, file).ExitCode.Should().Be(0);
        var saved = File.ReadAllBytes(file);
        File.WriteAllBytes(file, saved[..^100]);

        var result = Tag(_esco, file);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain(file + ": --embeddings: The embeddings file is truncated").And.Contain("delete it");
        new FileInfo(file).Length.Should().Be(saved.Length - 100);
    }

    [Fact]
    public void Tag_NotAnEmbeddingsFile_IsRefused()
    {
        var file = Path.Combine(_directory, "notes.txt");
        File.WriteAllText(file, "these are not vectors");

        var result = Tag(_esco, file);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain(file + ": --embeddings: Not a catalogue embeddings file");
        File.ReadAllText(file).Should().Be("these are not vectors");
    }

    [Fact]
    public void Tag_EmbeddingsInAMissingDirectory_FailsBeforeEmbedding()
    {
        var file = Path.Combine(_directory, "no-such-directory", "skills.emb");

        var result = Tag(_esco, file);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().Contain(file + ": --embeddings: the directory does not exist").And.NotContain("Embedded");
    }

    [Fact]
    public void Tag_EmbeddingsIsADirectory_IsRefused()
    {
        var result = Tag(_esco, _directory);

        result.ExitCode.Should().Be(3, result.Error);
        result.Error.Should().Contain(_directory + ": --embeddings: is a directory");
    }

    [Fact]
    public void Tag_EmbeddingsWhenStderrIsNotATerminal_SavesAndLoadsSilently()
    {
        var file = Path.Combine(_directory, "skills.emb");
        string[] args = ["tag", "--esco", _esco, "--text", "Takes payments from customers", "-f", "tsv", "--semantic", "--embeddings", file];

        var first = Tool.Run(args);
        var second = Tool.Run(args);

        first.ExitCode.Should().Be(0, first.Error);
        first.Error.Should().BeEmpty();
        File.Exists(file).Should().BeTrue();
        second.Error.Should().BeEmpty();
        second.Output.Should().Be(first.Output);
    }

    [Theory]
    [InlineData("tag")]
    [InlineData("match")]
    public void EmbeddingsWithoutSemantic_IsAUsageError(string command)
    {
        var file = Path.Combine(_directory, "skills.emb");
        var result = command == "tag"
            ? Tool.Run("tag", "--esco", _esco, "--text", "x", "--embeddings", file)
            : Tool.Run("match", "-c", Repository.CookCatalogue, "-q", "x", "--embeddings", file);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain("--embeddings needs --semantic.");
        File.Exists(file).Should().BeFalse();
    }

    [Fact]
    public void EmbeddingsEmptyPath_IsAUsageError()
    {
        var result = Tool.Run("tag", "--esco", _esco, "--text", "x", "--semantic", "--embeddings", " ");

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().Contain("--embeddings needs a file path");
    }

    private static CliResult Tag(string esco, string file) =>
        Tool.Run(isErrorTerminal: true, "tag", "--esco", esco, "--text", "Takes payments from customers", "-f", "json", "--semantic", "-k", "3", "--embeddings", file);

    private static CliResult Match(string catalogue, string file) =>
        Tool.Run(isErrorTerminal: true, "match", "-c", catalogue, "-q", Paraphrase, "-f", "tsv", "-k", "3", "--semantic", "--embeddings", file);

    private static string Csv(params string[] rows) => string.Join(',', EscoSkillsCsv.Columns) + "\n" + string.Concat(rows);

    private static string Row(string id, string preferred, string alternatives) =>
        $"KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/{id},skill/competence,sector-specific,{preferred},\"{alternatives}\",,released,2023-01-01,,,,\n";
}
