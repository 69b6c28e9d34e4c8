using System.Text.Json;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

public sealed class SchemaCommandTests
{
    [Theory]
    [InlineData("qualification-document")]
    [InlineData("learning-agreement")]
    [InlineData("memorandum-of-understanding")]
    [InlineData("personal-transcript")]
    [InlineData("rule-set")]
    [InlineData("recognition-report")]
    [InlineData("credit-ledger")]
    public void Schema_Type_PrintsTheCommittedSchema(string type)
    {
        var result = Tool.Run("schema", type);

        result.ExitCode.Should().Be(0);
        result.Error.Should().BeEmpty();
        result.Output.Should().Be(File.ReadAllText(Path.Combine(Repository.Root, "schemas", type + ".schema.json")));
        using var schema = JsonDocument.Parse(result.Output);
        schema.RootElement.GetProperty("$id").GetString().Should().EndWith("/" + type + ".schema.json");
    }

    [Fact]
    public void Schema_EveryCommittedSchema_HasAType()
    {
        var committed = Directory.GetFiles(Path.Combine(Repository.Root, "schemas"), "*.schema.json")
            .Select(path => Path.GetFileName(path)[..^".schema.json".Length]);

        var help = Tool.Run("schema", "--help").Output;

        committed.Should().OnlyContain(type => help.Contains(type, StringComparison.Ordinal), "every schema the library generates can be printed");
    }

    [Theory]
    [InlineData(new[] { "schema" }, "Required argument missing for command: 'schema'.")]
    [InlineData(new[] { "schema", "transcript" }, "'transcript' is not a valid TYPE; use one of qualification-document, learning-agreement, memorandum-of-understanding, personal-transcript, rule-set, match-confirmations, recognition-report, credit-ledger; did you mean 'personal-transcript'?")]
    [InlineData(new[] { "schema", "learning-agrement" }, "'learning-agrement' is not a valid TYPE; use one of qualification-document, learning-agreement, memorandum-of-understanding, personal-transcript, rule-set, match-confirmations, recognition-report, credit-ledger; did you mean 'learning-agreement'?")]
    [InlineData(new[] { "schema", "rules" }, "'rules' is not a valid TYPE; use one of qualification-document, learning-agreement, memorandum-of-understanding, personal-transcript, rule-set, match-confirmations, recognition-report, credit-ledger.")]
    [InlineData(new[] { "schema", "learning-agreement", "personal-transcript" }, "unexpected argument 'personal-transcript' for 'ecvet schema'.")]
    public void Schema_UsageError_ExitsTwoWithOneLine(string[] args, string message)
    {
        var result = Tool.Run(args);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {message}\nRun 'ecvet schema --help' for usage.\n");
    }
}
