using System.Text;
using System.Text.Json.Nodes;
using Ecvet.Cli.Tests.Support;
using Ecvet.Recognition;
using Ecvet.Serialization;
using NodaTime;

namespace Ecvet.Cli.Tests;

/// <summary><c>ecvet recognise --format json</c>: the report document, which the library and <c>ecvet validate</c> read back.</summary>
public sealed class RecogniseJsonTests
{
    private static readonly string Cook = Repository.Example("fi-cook.json");
    private static readonly string Agreement = Repository.Example(Path.Combine("mobility", "learning-agreement.json"));
    private static readonly string Transcript = Repository.Example(Path.Combine("mobility", "personal-transcript.json"));
    private static readonly string Mou = Repository.Example(Path.Combine("mobility", "memorandum-of-understanding.json"));
    private static readonly string HostQualification = Repository.Example(Path.Combine("mobility", "host-qualification.json"));

    private static string[] AllDocuments(params string[] more) =>
        ["recognise", "--qualification", Cook, "--agreement", Agreement, "--transcript", Transcript, "--mou", Mou,
         "--host-outcomes", HostQualification, "--today", "2026-06-15", .. more];

    [Fact]
    public void Recognise_FormatJson_PrintsTheReportTheLibraryMakes()
    {
        var result = Tool.Run(AllDocuments("--format", "json"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var record = new MobilityRecord(Read(Cook, EcvetJson.ParseQualificationDocument), Read(Agreement, EcvetJson.ParseLearningAgreement),
            Read(Transcript, EcvetJson.ParsePersonalTranscript), Read(Mou, EcvetJson.ParseMemorandumOfUnderstanding),
            Read(HostQualification, EcvetJson.ParseQualificationDocument).Units);
        var expected = RecognitionEngine.Create(RuleSet.Default).Evaluate(record, new LocalDate(2026, 6, 15));
        result.Output.ReplaceLineEndings("\n").Should().Be(EcvetJson.Serialize(expected, indented: true) + "\n");
    }

    [Fact]
    public void Recognise_FormatJson_ReadsBackAsAReport()
    {
        var result = Tool.Run(AllDocuments("-f", "json"));

        var report = EcvetJson.ParseRecognitionReport(result.Output);
        report.IsSuccess.Should().BeTrue(string.Join(" | ", report.Problems));
        report.Value.Agreement.Should().Be("la-2026-0042");
        report.Value.EvaluatedOn.Should().Be(new LocalDate(2026, 6, 15));
        report.Value.Decisions.Select(d => (d.Unit.Value, d.Outcome)).Should().Equal(
            ("fi-hrc-u2", RecognitionOutcome.Full), ("fi-hrc-u3", RecognitionOutcome.Partial), ("fi-hrc-u4", RecognitionOutcome.Deferred));
    }

    [Fact]
    public void Validate_RecogniseJsonOutput_IsAValidRecognitionReport()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(Tool.Run(AllDocuments("--format", "json")).Output));

        var result = Tool.Run("validate", file.Path);

        result.ExitCode.Should().Be(0, result.Output + result.Error);
        result.OutputLines[0].Should().Be($"{file.Path}: valid recognition report");
    }

    [Fact]
    public void Validate_ReportWithPointsAboveItsAllocation_IsInvalidAtThePath()
    {
        var document = JsonNode.Parse(Tool.Run(AllDocuments("--format", "json")).Output)!;
        var decision = document["decisions"]![0]!;
        decision["points"] = decision["allocation"]!.GetValue<decimal>() + 1;
        var json = document.ToJsonString();
        using var file = new TempFile(Encoding.UTF8.GetBytes(json));

        var result = Tool.Run("validate", "--type", "recognition-report", file.Path);

        result.ExitCode.Should().Be(1);
        result.Output.Should().Contain("$.decisions[0].points");
    }

    [Fact]
    public void Recognise_UnknownFormat_SuggestsJson()
    {
        var result = Tool.Run(AllDocuments("--format", "jsn"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("use one of text, explain, json").And.Contain("did you mean 'json'?");
    }

    private static T Read<T>(string path, Func<string, EcvetJsonReaderOptions?, JsonReadResult<T>> parse)
        where T : class => parse(File.ReadAllText(path), null).Value;
}
