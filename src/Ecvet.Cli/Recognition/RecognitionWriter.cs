using System.Globalization;
using Ecvet.Recognition;

namespace Ecvet.Cli.Recognition;

/// <summary>Writes a recognition report as a table: one row per home unit, then the totals.</summary>
internal static class RecognitionWriter
{
    private static readonly string[] Header = ["UNIT", "DECISION", "POINTS", "COVERAGE", "AWAITING CONFIRMATION"];

    /// <summary>
    /// The heading line (agreement, rule set, day), the table and a totals line. Columns are padded to their widest
    /// cell so that the table reads on a terminal; the last column is not padded (no trailing spaces).
    /// </summary>
    public static void WriteTable(TextWriter output, RecognitionReport report)
    {
        output.WriteLine(TerminalText.Clean(string.Create(CultureInfo.InvariantCulture,
            $"Agreement {report.Agreement} (version {report.AgreementVersion}), rule set {report.RuleSetId}@{report.RuleSetVersion}, on {report.EvaluatedOn:yyyy-MM-dd}")));
        var rows = new List<string[]> { Header };
        rows.AddRange(report.Decisions.Select(Row));
        var widths = Enumerable.Range(0, Header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, column) => column == row.Length - 1 ? cell : cell.PadRight(widths[column]));
            output.WriteLine(TerminalText.Clean(string.Join("  ", cells).TrimEnd()));
        }

        var allocation = CreditPoints.Sum(report.Decisions.Select(d => d.Allocation));
        var pending = report.Decisions.Sum(d => d.AwaitingConfirmation.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Total: {report.TotalPoints} of {allocation} points; {Count(report, RecognitionOutcome.Full)} full, {Count(report, RecognitionOutcome.Partial)} partial, {Count(report, RecognitionOutcome.Deferred)} deferred, {Count(report, RecognitionOutcome.NotRecognised)} not recognised; {pending} {(pending == 1 ? "match" : "matches")} awaiting confirmation."));
    }

    private static string[] Row(UnitDecision decision) =>
    [
        decision.Unit.ToString(),
        Decision(decision.Outcome),
        string.Create(CultureInfo.InvariantCulture, $"{decision.Points}/{decision.Allocation}"),
        decision.Coverage.ToString("0.00##", CultureInfo.InvariantCulture),
        decision.AwaitingConfirmation.IsEmpty ? "-" : string.Join(", ", decision.AwaitingConfirmation),
    ];

    private static int Count(RecognitionReport report, RecognitionOutcome outcome) => report.Decisions.Count(d => d.Outcome == outcome);

    private static string Decision(RecognitionOutcome outcome) => outcome switch
    {
        RecognitionOutcome.Full => "full",
        RecognitionOutcome.Partial => "partial",
        RecognitionOutcome.Deferred => "deferred",
        _ => "not recognised",
    };
}
