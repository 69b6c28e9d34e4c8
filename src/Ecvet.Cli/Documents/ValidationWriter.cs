using System.Text.Json;
using Ecvet.Cli.Output;

namespace Ecvet.Cli.Documents;

/// <summary>Writes the JSON document of <c>ecvet validate --format json</c>.</summary>
internal static class ValidationWriter
{
    public static void WriteJson(TextWriter output, IReadOnlyList<FileResult> results, ValidationSummary summary)
    {
        var report = new ValidationReport(
            [.. results.Select(r => new FileReport(
                r.File,
                r.Check?.Type?.Name,
                r.Check?.IsValid == true,
                r.Error,
                r.Check is { } check ? [.. check.Problems.Select(p => new ProblemReport(p.Code, p.Path, p.Line, p.Byte, p.Message))] : []))],
            summary.Valid,
            summary.Invalid,
            summary.Unreadable);
        output.Write(JsonSerializer.Serialize(report, CliJson.Context.ValidationReport));
        output.Write('\n');
    }
}
