using System.Globalization;
using System.Text.Json;
using Ecvet.Cli.Matching;
using Ecvet.Matching;

namespace Ecvet.Cli.Output;

/// <summary>Writes match results as readable text, TSV or JSON. Numbers are invariant culture, scores to 4 decimals.</summary>
internal static class MatchWriter
{
    public static void Write(string format, TextWriter output, OutcomeIndex index, IReadOnlyList<QueryResult> results, MatchSettings settings)
    {
        switch (format)
        {
            case OutputFormat.Tsv:
                WriteTsv(output, index, results);
                break;
            case OutputFormat.Json:
                WriteJson(output, index, results, settings);
                break;
            default:
                WriteText(output, index, results);
                break;
        }
    }

    private static string Score(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static void WriteTsv(TextWriter output, OutcomeIndex index, IReadOnlyList<QueryResult> results)
    {
        output.Write("query\trank\tid\tsimilarity\tcoverage\n");
        foreach (var result in results)
        {
            var number = result.Number.ToString(CultureInfo.InvariantCulture);
            for (var rank = 0; rank < result.Matches.Count; rank++)
            {
                var match = result.Matches[rank];
                output.Write(number);
                output.Write('\t');
                output.Write((rank + 1).ToString(CultureInfo.InvariantCulture));
                output.Write('\t');
                output.Write(TerminalText.Clean(index.GetEntry(match.Ordinal).Id));
                output.Write('\t');
                output.Write(Score(match.Similarity));
                output.Write('\t');
                output.Write(Score(match.Coverage));
                output.Write('\n');
            }
        }
    }

    private static void WriteText(TextWriter output, OutcomeIndex index, IReadOnlyList<QueryResult> results)
    {
        foreach (var result in results)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"Query {result.Number}: {TerminalText.Clean(result.Query)}\n"));
            if (result.Matches.Count == 0)
            {
                output.Write("  no match\n");
                continue;
            }

            var ids = result.Matches.Select(m => TerminalText.Clean(index.GetEntry(m.Ordinal).Id)).ToList();
            var labels = result.Matches.Select(m => MatchLabel.Of(m.Similarity, index.Embedder is not null)).ToList();
            var idWidth = ids.Max(id => id.Length);
            var labelWidth = labels.Max(label => label.Length);
            for (var rank = 0; rank < result.Matches.Count; rank++)
            {
                var match = result.Matches[rank];
                var entry = index.GetEntry(match.Ordinal);
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"  {rank + 1,2}. similarity {Score(match.Similarity)}  coverage {Score(match.Coverage)}  {labels[rank].PadRight(labelWidth)}  {ids[rank].PadRight(idWidth)}  {TypeLetter(entry.Type)}  {TerminalText.Clean(entry.Text)}\n"));
            }
        }
    }

    private static string TypeLetter(LearningOutcomeType? type) => type switch
    {
        LearningOutcomeType.Knowledge => "K",
        LearningOutcomeType.Skill => "S",
        LearningOutcomeType.Competence => "C",
        _ => "-",
    };

    private static void WriteJson(TextWriter output, OutcomeIndex index, IReadOnlyList<QueryResult> results, MatchSettings settings)
    {
        var document = new MatchReport(
            settings.Catalogue,
            index.Count,
            settings.Top,
            settings.Threshold,
            ScoreCalibration.AcceptThreshold,
            ScoreCalibration.ReviewThreshold,
            settings.Model,
            [.. results.Select(r => new QueryReport(r.Number, r.Query, [.. r.Matches.Select((m, i) => ToReport(index, m, i + 1))]))]);
        output.Write(JsonSerializer.Serialize(document, CliJson.Context.MatchReport));
        output.Write('\n');
    }

    private static MatchItemReport ToReport(OutcomeIndex index, OutcomeMatch match, int rank)
    {
        var entry = index.GetEntry(match.Ordinal);
        return new MatchItemReport(rank, entry.Id, TypeLetter(entry.Type), entry.Text, Math.Round(match.Similarity, 4), Math.Round(match.Coverage, 4), MatchLabel.Of(match.Similarity, index.Embedder is not null));
    }
}
