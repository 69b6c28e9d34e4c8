using System.Text;
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

    private static string[] AllDocuments(params string[] more) =>
        ["recognise", "--qualification", Cook, "--agreement", Agreement, "--transcript", Transcript, "--mou", Mou, "--today", "2026-07-01", .. more];

    [Fact]
    public void Recognise_FormatJson_PrintsTheReportTheLibraryMakes()
    {
        var result = Tool.Run(AllDocuments("--format", "json"));

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
        var record = new MobilityRecord(Read(Cook, EcvetJson.ParseQualificationDocument), Read(Agreement, EcvetJson.ParseLearningAgreement),
            Read(Transcript, EcvetJson.ParsePersonalTranscript), Read(Mou, EcvetJson.ParseMemorandumOfUnderstanding));
        var expected = RecognitionEngine.Create(RuleSet.Default).Evaluate(record, new LocalDate(2026, 7, 1));
        result.Output.ReplaceLineEndings("\n").Should().Be(EcvetJson.Serialize(expected, indented: true) + "\n");
    }

    [Fact]
    public void Recognise_FormatJson_ReadsBackAsAReport()
    {
        var result = Tool.Run(AllDocuments("-f", "json"));

        var report = EcvetJson.ParseRecognitionReport(result.Output);
        report.IsSuccess.Should().BeTrue(string.Join(" | ", report.Problems));
        report.Value.Agreement.Should().Be("la-2026-0042");
        report.Value.EvaluatedOn.Should().Be(new LocalDate(2026, 7, 1));
        report.Value.Decisions.Select(d => d.Unit.Value).Should().Equal("fi-cook-u3", "fi-cook-u4");
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
        var output = Tool.Run(AllDocuments("--format", "json")).Output;
        var at = output.IndexOf("\"points\": 0,", StringComparison.Ordinal);
        var json = output[..at] + "\"points\": 5," + output[(at + "\"points\": 0,".Length)..];
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
