using System.Text.Json;
using Ecvet.Cli.Tests.Support;

namespace Ecvet.Cli.Tests;

public sealed class ExportCommandTests
{
    private static readonly string Cook = Path.Combine(Repository.Root, "examples", "fi-cook.json");

    [Fact]
    public void ExportElm_Example_PrintsTheGoldenExportAndNotes()
    {
        var result = Tool.Run("export", "elm", "--qualification", Cook);

        result.ExitCode.Should().Be(0, result.Error);
        var golden = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Ecvet.Core.Tests", "Interop", "Golden", "fi-cook.elm.jsonld"));
        result.Output.Should().Be(golden + "\n");
        result.Error.Should().Contain("note: outcome-weight fi-hrc-u1-lo2.weight:");
    }

    [Fact]
    public void ExportElm_OutFile_WritesTheDocumentThere()
    {
        var path = Path.Combine(Path.GetTempPath(), "ecvet-cli-" + Guid.NewGuid().ToString("N") + ".jsonld");
        try
        {
            var result = Tool.Run("export", "elm", "-q", Cook, "--hours-per-year", "1600", "--out", path);

            result.ExitCode.Should().Be(0, result.Error);
            result.Output.Should().BeEmpty();
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            json.RootElement.GetProperty("volumeOfLearning").GetString().Should().Be("PT4800H");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ExportOb3_Unit_PrintsTheBadge()
    {
        var result = Tool.Run("export", "ob3", "-q", Cook, "--unit", "fi-hrc-u3", "--issuer", "https://stadinao.example.fi/issuer",
            "--credential-id", "urn:uuid:6f1c2a7e-3b8d-4c55-9a21-0d4e8b7f1c90", "--issued", "2025-06-30T12:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        json.RootElement.GetProperty("issuanceDate").GetString().Should().Be("2025-06-30T12:00:00Z");
        json.RootElement.GetProperty("credentialSubject").GetProperty("achievement").GetProperty("creditsAvailable").GetDecimal().Should().Be(45m);
    }

    [Fact]
    public void ExportOb3_WithoutUnit_IsAUsageError()
    {
        var result = Tool.Run("export", "ob3", "-q", Cook, "--issuer", "https://stadinao.example.fi/issuer");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--unit");
    }

    [Fact]
    public void ExportOb3_UnknownUnit_IsInvalidInputNamingIt()
    {
        var result = Tool.Run("export", "ob3", "-q", Cook, "--unit", "nope", "--issuer", "https://stadinao.example.fi/issuer");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("nope");
    }

    [Fact]
    public void ExportElm_Report_PrintsTheGoldenCredentialOfTheRecognisedCredit()
    {
        var report = ExampleReport();
        try
        {
            var result = Tool.Run("export", "elm", "-q", Cook, "--report", report, "--transcript", Mobility("personal-transcript.json"),
                "--mou", Mobility("memorandum-of-understanding.json"), "--credential-id", "urn:uuid:2b7c4e1a-9f3d-4a6b-8c21-5e0f7d9a3b64");

            result.ExitCode.Should().Be(0, result.Error);
            var golden = File.ReadAllText(Path.Combine(Repository.Root, "tests", "Ecvet.Core.Tests", "Interop", "Golden", "mobility-report.unsealed.elm.jsonld"));
            result.Output.Should().Be(golden + "\n");
            result.Error.Should().Contain("note: partial-recognition fi-hrc-u3:").And.Contain("note: unsealed-issued");
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public void ExportElm_ReportWithoutMou_IsAUsageError()
    {
        var result = Tool.Run("export", "elm", "-q", Cook, "--report", Mobility("personal-transcript.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--mou");
    }

    [Fact]
    public void ExportOb3_ReportUnit_EarnsTheRecognisedPoints()
    {
        var report = ExampleReport();
        try
        {
            var result = Tool.Run("export", "ob3", "-q", Cook, "--report", report, "--unit", "fi-hrc-u4", "--issuer", "https://stadinao.example.fi/issuer",
                "--issued", "2026-06-16T09:30:00Z");

            result.ExitCode.Should().Be(0, result.Error);
            using var json = JsonDocument.Parse(result.Output);
            json.RootElement.GetProperty("credentialSubject").GetProperty("creditsEarned").GetDecimal().Should().Be(15m);
            json.RootElement.GetProperty("credentialSubject").GetProperty("result")[0].GetProperty("status").GetString().Should().Be("Completed");
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static string Mobility(string file) => Path.Combine(Repository.Root, "examples", "mobility", file);

    /// <summary>The README's recognition of the example mobility, with the teacher's confirmation, as a report file.</summary>
    private static string ExampleReport()
    {
        var result = Tool.Run("recognise", "-q", Cook, "-a", Mobility("learning-agreement.json"), "-t", Mobility("personal-transcript.json"),
            "-m", Mobility("memorandum-of-understanding.json"), "-o", Mobility("host-qualification.json"), "-c", Mobility("match-confirmations.json"),
            "--today", "2026-06-15", "--format", "json");
        result.ExitCode.Should().Be(0, result.Error);
        var path = Path.Combine(Path.GetTempPath(), "ecvet-cli-report-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, result.Output);
        return path;
    }
}
