using System.Text;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

public sealed class RecogniseCommandTests
{
    private static readonly string Cook = Repository.Example("fi-cook.json");
    private static readonly string Agreement = Repository.Example(Path.Combine("mobility", "learning-agreement.json"));
    private static readonly string Transcript = Repository.Example(Path.Combine("mobility", "personal-transcript.json"));
    private static readonly string Mou = Repository.Example(Path.Combine("mobility", "memorandum-of-understanding.json"));
    private static readonly string RuleSetExample = Repository.Example(Path.Combine("recognition", "rule-set.json"));

    // The example mobility's agreement targets units of "fi-vq-food-cook" while fi-cook.json is "fi-hrc-cook-2018": the
    // engine finds neither unit in the home catalogue and recognises nothing, which the table and the account must say.
    private static readonly string[] ExampleTable =
    [
        "Agreement la-2026-0042 (version 2), rule set ecvet-default@1.0.0, on 2026-07-01",
        "UNIT        DECISION        POINTS  COVERAGE  AWAITING CONFIRMATION",
        "fi-cook-u3  not recognised  0/0     0.00      -",
        "fi-cook-u4  not recognised  0/0     0.00      -",
        "Total: 0 of 0 points; 0 full, 0 partial, 0 deferred, 2 not recognised; 0 matches awaiting confirmation.",
    ];

    private static string[] AllDocuments(params string[] more) =>
        ["recognise", "--qualification", Cook, "--agreement", Agreement, "--transcript", Transcript, "--mou", Mou, "--today", "2026-07-01", .. more];

    [Fact]
    public void Recognise_ExampleMobility_PrintsOneRowPerUnitAndTheTotals()
    {
        var result = Tool.Run(AllDocuments());

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(ExampleTable);
    }

    [Fact]
    public void Recognise_Explain_AddsTheEnginesAccountLineByLine()
    {
        var result = Tool.Run(AllDocuments("--format", "explain"));

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Take(ExampleTable.Length).Should().Equal(ExampleTable);
        var account = result.OutputLines.Skip(ExampleTable.Length).ToList();
        account[0].Should().Be("Recognition for agreement la-2026-0042 (version 2) under rule set ecvet-default@1.0.0, on 2026-07-01.");
        account.Should().Contain("Unit fi-cook-u3: not recognised — 0 of 0 points; 0 of 0 targeted outcomes covered (coverage 0).");
        account.Should().Contain(line => line.StartsWith("  because REC-005:", StringComparison.Ordinal) && line.EndsWith("has no unit fi-cook-u4.", StringComparison.Ordinal));
        account.Should().Contain("Rules not met:");
    }

    [Fact]
    public void Recognise_ExampleAsAProcess_PrintsTheSameTable()
    {
        var result = Tool.RunProcess(Repository.Root, AllDocuments());

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Should().Equal(ExampleTable);
    }

    [Fact]
    public void Recognise_OnlyQualificationAndAgreement_RunsAndNamesTheDay()
    {
        var result = Tool.Run("recognise", "-q", Cook, "-a", Agreement, "--today", "2027-01-15");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines[0].Should().EndWith("on 2027-01-15");
        result.OutputLines.Should().HaveCount(ExampleTable.Length);
    }

    [Fact]
    public void Recognise_MissingQualification_Exits3NamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ecvet-cli-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var result = Tool.Run("recognise", "-q", missing, "-a", Agreement, "--today", "2026-07-01");

        result.ExitCode.Should().Be(3);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {missing}: file not found.\n");
    }

    [Fact]
    public void Recognise_DirectoryAsTranscript_Exits3()
    {
        var result = Tool.Run(["recognise", "-q", Cook, "-a", Agreement, "-t", Path.GetTempPath(), "--today", "2026-07-01"]);

        result.ExitCode.Should().Be(3);
        result.Output.Should().BeEmpty();
        result.Error.Should().Contain("is a directory, not a file.");
    }

    [Fact]
    public void Recognise_AgreementGivenAsQualification_Exits1NamingTheWrongType()
    {
        var result = Tool.Run("recognise", "-q", Agreement, "-a", Agreement, "--today", "2026-07-01");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            $"error: {Agreement}: invalid qualification document, 1 problem:\n" +
            $"  {Agreement}:1:1: $: EcvetCli0002 This is a learning agreement, not a qualification document.\n");
    }

    [Fact]
    public void Recognise_TruncatedAgreement_Exits1WithPathAndLine()
    {
        var text = File.ReadAllText(Agreement);
        using var truncated = new TempFile(Encoding.UTF8.GetBytes(text[..(text.Length / 2)]));

        var result = Tool.Run("recognise", "-q", Cook, "-a", truncated.Path, "--today", "2026-07-01");

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: {truncated.Path}: invalid learning agreement, 1 problem:\n  {truncated.Path}:");
        result.Error.Should().Contain("EcvetJson");
    }

    [Fact]
    public void Recognise_MissingAndInvalidDocuments_ReportsBothAndExits3()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ecvet-cli-missing-" + Guid.NewGuid().ToString("N") + ".json");

        var result = Tool.Run("recognise", "-q", Agreement, "-a", missing, "--today", "2026-07-01");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("not a qualification document").And.Contain($"error: {missing}: file not found.");
    }

    [Fact]
    public void Recognise_RuleSetWithUnknownCondition_Exits1AtItsPath()
    {
        var text = File.ReadAllText(RuleSetExample).Replace("\"kind\": \"mouLinksInstitutions\"", "\"kind\": \"mouLinksEverything\"", StringComparison.Ordinal);
        using var rules = new TempFile(Encoding.UTF8.GetBytes(text));

        var result = Tool.Run(AllDocuments("--rules", rules.Path));

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: {rules.Path}: invalid recognition rule set,");
        result.Error.Should().Contain("$.rules[0].condition.parts[1]");
    }

    [Fact]
    public void Recognise_RuleSetNamingAPredicate_Exits1SayingTheToolRegistersNone()
    {
        var result = Tool.Run(AllDocuments("--rules", RuleSetExample));

        result.ExitCode.Should().Be(1);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be(
            $"error: {RuleSetExample}: Rule FI-001 refers to the predicate 'fi.unitAlreadyInPlan', which is not registered with the engine. " +
            "The ecvet tool registers no predicates: a rule set that names one runs only from code.\n");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/07/2026")]
    [InlineData("tomorrow")]
    public void Recognise_BadToday_IsAUsageError(string day)
    {
        var result = Tool.Run("recognise", "-q", Cook, "-a", Agreement, "--today", day);

        result.ExitCode.Should().Be(2);
        result.Output.Should().BeEmpty();
        result.Error.Should().StartWith($"error: --today: '{day}' is not a date such as 2026-06-30.\n");
    }

    [Fact]
    public void Recognise_WithoutAgreement_IsAUsageError()
    {
        var result = Tool.Run("recognise", "-q", Cook);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--agreement");
    }

    [Fact]
    public void Recognise_UnknownFormat_SuggestsTheClosest()
    {
        var result = Tool.Run(AllDocuments("--format", "explian"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("explain");
    }
}
