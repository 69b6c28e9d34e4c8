using System.Text;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

public sealed class RecogniseCommandTests
{
    private static readonly string Cook = Repository.Example("fi-cook.json");
    private static readonly string Agreement = Repository.Example(Path.Combine("mobility", "learning-agreement.json"));
    private static readonly string Transcript = Repository.Example(Path.Combine("mobility", "personal-transcript.json"));
    private static readonly string Mou = Repository.Example(Path.Combine("mobility", "memorandum-of-understanding.json"));
    private static readonly string HostQualification = Repository.Example(Path.Combine("mobility", "host-qualification.json"));
    private static readonly string Confirmations = Repository.Example(Path.Combine("mobility", "match-confirmations.json"));
    private static readonly string RuleSetExample = Repository.Example(Path.Combine("recognition", "rule-set.json"));

    // The example mobility shows the engine's range: hygiene in full through the MoU's equivalence, hot and cold dishes
    // in part (one outcome assessed by the host, one matched, two not assessed), special diets deferred on a review-band match.
    private static readonly string[] ExampleTable =
    [
        "Agreement la-2026-0042 (version 2), rule set ecvet-default@1.0.0, on 2026-06-15",
        "UNIT       DECISION  POINTS  COVERAGE  AWAITING CONFIRMATION",
        "fi-hrc-u2  full      25/25   1.00      -",
        "fi-hrc-u3  partial   0/45    0.6363    -",
        "fi-hrc-u4  deferred  0/15    0.50      es-cg-0045-ra4 → fi-hrc-u4-lo1 (0.66)",
        "Total: 25 of 85 points; 1 full, 1 partial, 1 deferred, 0 not recognised; 1 match awaiting confirmation.",
    ];

    // A broken input: an example document with one text replaced (every occurrence), in a file deleted after the test.
    private static TempFile Patched(string example, string find, string replace)
    {
        var text = File.ReadAllText(example);
        text.Should().Contain(find, "the patch must change the example");
        return new TempFile(Encoding.UTF8.GetBytes(text.Replace(find, replace, StringComparison.Ordinal)));
    }

    // Invalid input: exit code 1, nothing on standard output (the error goes to standard error).
    private static void ShouldFailWithoutOutput(CliResult result)
    {
        result.ExitCode.Should().Be(1, result.Error);
        result.Output.Should().BeEmpty();
    }

    private static string[] AllDocuments(params string[] more) =>
        ["recognise", "--qualification", Cook, "--agreement", Agreement, "--transcript", Transcript, "--mou", Mou,
         "--host-outcomes", HostQualification, "--today", "2026-06-15", .. more];

    private static string[] WithoutHostOutcomes(params string[] more) =>
        ["recognise", "--qualification", Cook, "--agreement", Agreement, "--transcript", Transcript, "--mou", Mou, "--today", "2026-06-15", .. more];

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
        result.Error.Should().BeEmpty();
        result.OutputLines.Take(ExampleTable.Length).Should().Equal(ExampleTable);
        var account = result.OutputLines.Skip(ExampleTable.Length).ToList();
        account[0].Should().Be("Recognition for agreement la-2026-0042 (version 2) under rule set ecvet-default@1.0.0, on 2026-06-15.");
        account.Should().Contain("Unit fi-hrc-u2: recognised in full — 25 of 25 points; 3 of 3 targeted outcomes covered (coverage 1).");
        account.Should().Contain("  ✓ fi-hrc-u2-lo1: MoU equivalence from es-cg-0031.");
        account.Should().Contain("  ✓ fi-hrc-u3-lo1: assessed by the host as fi-hrc-u3-lo1.");
        account.Should().Contain(line => line.StartsWith("  ✓ fi-hrc-u3-lo2: matched host outcome es-cg-0048-ra1 (similarity 0.", StringComparison.Ordinal));
        account.Should().Contain(line => line.StartsWith("Unit fi-hrc-u4: deferred", StringComparison.Ordinal));
        account.Should().Contain("Rules not met:");
    }

    [Fact]
    public void Recognise_ExampleAsAProcess_PrintsTheSameTable()
    {
        var result = Tool.RunProcess(Repository.Root, AllDocuments());

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(ExampleTable);
    }

    [Fact]
    public void Recognise_WithTheConfirmation_DecidesTheDeferredUnit()
    {
        var result = Tool.Run(AllDocuments("--confirmations", Confirmations));

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Equal(
            ExampleTable[0],
            ExampleTable[1],
            ExampleTable[2],
            ExampleTable[3],
            "fi-hrc-u4  full      15/15   1.00      -",
            "Total: 40 of 85 points; 2 full, 1 partial, 0 deferred, 0 not recognised; 0 matches awaiting confirmation.");
    }

    [Fact]
    public void Recognise_ConfirmationAsExplain_NamesWhoConfirmed()
    {
        var result = Tool.Run(AllDocuments("--confirmations", Confirmations, "--format", "explain"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("fi-hrc-u4-lo1").And.Contain("Mari Korhonen");
    }

    [Fact]
    public void Recognise_WithoutHostOutcomes_UsesOnlyTheMouEquivalence()
    {
        // Without the host's programme its module outcomes cannot be matched: only the outcome the host assessed as a
        // home outcome counts for fi-hrc-u3 (2 of 5.5 weight, under the partial coverage of 0.50). The MoU's equivalence
        // still applies to fi-hrc-u2: the transcript marks es-cg-0031 as a host unit and the MoU names it.
        var result = Tool.Run(WithoutHostOutcomes());

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines.Skip(2).Should().Equal(
            "fi-hrc-u2  full            25/25   1.00      -",
            "fi-hrc-u3  not recognised  0/45    0.3636    -",
            "fi-hrc-u4  not recognised  0/15    0.00      -",
            "Total: 25 of 85 points; 1 full, 0 partial, 0 deferred, 2 not recognised; 0 matches awaiting confirmation.");
    }

    [Fact]
    public void Recognise_HostOutcomesAsTsv_MatchesTheListedOutcomes()
    {
        using var tsv = new TempFile(
            "id\ttype\ttext\n" +
            "es-cg-0048-ra1\tS\tPrepares cold dishes, salads and cold sauces of the Mediterranean cuisine and presents them attractively.\n" +
            "\n" +
            "es-cg-0045-ra4\tS\tAdapts the dishes of the menu to special diets such as gluten-free or vegan, preventing cross-contamination.\n");

        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", tsv.Path, "--format", "explain"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        result.OutputLines.Should().Contain("fi-hrc-u3  partial         0/45    0.6363    -");
        result.Output.Should().Contain("fi-hrc-u3-lo2: matched host outcome es-cg-0048-ra1");
    }

    [Fact]
    public void Recognise_MissingHostOutcomes_Exits3NamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "ecvet-cli-missing-" + Guid.NewGuid().ToString("N") + ".tsv");

        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", missing));

        result.ExitCode.Should().Be(3);
        result.Output.Should().BeEmpty();
        result.Error.Should().Be($"error: {missing}: file not found.\n");
    }

    [Fact]
    public void Recognise_MalformedTsvLine_Exits1NamingFileAndLine()
    {
        using var tsv = new TempFile("id\ttype\ttext\nes-cg-0048-ra1\tS\tPrepares cold dishes.\nes-cg-0045-ra4\tX\tAdapts menus.\n");

        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", tsv.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().Be($"error: {tsv.Path}: Line 3: type 'X' of 'es-cg-0045-ra4' is not K, S or C.\n");
    }

    [Fact]
    public void Recognise_TsvWithAnInvalidOutcomeId_Exits1NamingTheLine()
    {
        using var tsv = new TempFile("id\ttype\ttext\nes-cg-0048-ra1\tS\tPrepares cold dishes.\n" + new string('x', 300) + "\tS\tAdapts menus.\n");

        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", tsv.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().StartWith($"error: {tsv.Path}: Line 3: ");
    }

    [Fact]
    public void Recognise_HostOutcomesInNoKnownFormat_Exits1SayingWhatTheFirstLineMustBe()
    {
        using var text = new TempFile("Cold dishes\nSpecial diets\n", ".txt");

        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", text.Path));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Be($"error: {text.Path}: Line 1: not host outcomes in a known format; the first line must be '{{' (a qualification document of the host) or 'id<TAB>type<TAB>text'.\n");
    }

    [Fact]
    public void Recognise_HostOutcomesThatAreAnAgreement_Exits1NamingTheWrongType()
    {
        var result = Tool.Run(WithoutHostOutcomes("--host-outcomes", Agreement));

        ShouldFailWithoutOutput(result);
        result.Error.Should().Be(
            $"error: {Agreement}: invalid qualification document, 1 problem:\n" +
            $"  {Agreement}:1:1: $: EcvetCli0002 This is a learning agreement, not a qualification document.\n");
    }

    [Fact]
    public void Recognise_AgreementGivenAsConfirmations_Exits1NamingTheWrongType()
    {
        var result = Tool.Run(AllDocuments("--confirmations", Agreement));

        ShouldFailWithoutOutput(result);
        result.Error.Should().Be(
            $"error: {Agreement}: invalid set of match confirmations, 1 problem:\n" +
            $"  {Agreement}:1:1: $: EcvetCli0002 This is a learning agreement, not a set of match confirmations.\n");
    }

    [Fact]
    public void Recognise_ConfirmationOfAnUnknownHostOutcome_Exits1NamingTheEntry()
    {
        using var confirmations = Patched(Confirmations, "es-cg-0045-ra4", "es-cg-0045-ra9");

        var result = Tool.Run(AllDocuments("--confirmations", confirmations.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().StartWith($"error: {confirmations.Path}: confirmations[0] (es-cg-0045-ra9 → fi-hrc-u4-lo1 Confirmed by ")
            .And.EndWith("names the host outcome es-cg-0045-ra9, which none of the host's units holds.\n");
    }

    [Fact]
    public void Recognise_ConfirmationsWithoutHostOutcomes_Exits1()
    {
        var result = Tool.Run(WithoutHostOutcomes("--confirmations", Confirmations));

        ShouldFailWithoutOutput(result);
        result.Error.Should().Contain("names the host outcome es-cg-0045-ra4, which none of the host's units holds.");
    }

    [Fact]
    public void Recognise_ConfirmationsForAnotherAgreement_Exits1NamingBothAgreements()
    {
        using var confirmations = Patched(Confirmations, "la-2026-0042", "la-2026-0043");

        var result = Tool.Run(AllDocuments("--confirmations", confirmations.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().Be($"error: {confirmations.Path}: The confirmations are for agreement la-2026-0043, not la-2026-0042.\n");
    }

    [Fact]
    public void Recognise_ConfirmationWithAnUnknownVerdict_Exits1AtItsPath()
    {
        using var confirmations = Patched(Confirmations, "\"confirmed\"", "\"approved\"");

        var result = Tool.Run(AllDocuments("--confirmations", confirmations.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().StartWith($"error: {confirmations.Path}: invalid set of match confirmations, 1 problem:\n  {confirmations.Path}:8:")
            .And.Contain("$.confirmations[0].verdict");
    }

    [Fact]
    public void Recognise_OnlyQualificationAndAgreement_RunsAndNamesTheDay()
    {
        var result = Tool.Run("recognise", "-q", Cook, "-a", Agreement, "--today", "2027-01-15");

        result.ExitCode.Should().Be(0, result.Error);
        result.OutputLines[0].Should().EndWith("on 2027-01-15");
        result.OutputLines.Skip(2).Should().Equal(
            "fi-hrc-u2  deferred  0/25    0.00      -",
            "fi-hrc-u3  deferred  0/45    0.00      -",
            "fi-hrc-u4  deferred  0/15    0.00      -",
            "Total: 0 of 85 points; 0 full, 0 partial, 3 deferred, 0 not recognised; 0 matches awaiting confirmation.");
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

        ShouldFailWithoutOutput(result);
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

        ShouldFailWithoutOutput(result);
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
        using var rules = Patched(RuleSetExample, "\"kind\": \"mouLinksInstitutions\"", "\"kind\": \"mouLinksEverything\"");

        var result = Tool.Run(AllDocuments("--rules", rules.Path));

        ShouldFailWithoutOutput(result);
        result.Error.Should().StartWith($"error: {rules.Path}: invalid recognition rule set,");
        result.Error.Should().Contain("$.rules[0].condition.parts[1]");
    }

    [Fact]
    public void Recognise_RuleSetNamingAPredicate_Exits1SayingTheToolRegistersNone()
    {
        var result = Tool.Run(AllDocuments("--rules", RuleSetExample));

        ShouldFailWithoutOutput(result);
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
