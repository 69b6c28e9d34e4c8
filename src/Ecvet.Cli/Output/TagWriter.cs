using System.Globalization;
using System.Text.Json;
using Ecvet.Cli.Matching;
using Ecvet.Matching;

namespace Ecvet.Cli.Output;

/// <summary>Writes the skills <c>ecvet tag</c> suggests as readable text, TSV or JSON, as <see cref="MatchWriter"/> writes
/// matches. Numbers are invariant culture, scores to 4 decimals.</summary>
internal static class TagWriter
{
    public static void Write(string format, TextWriter output, EscoTagger tagger, IReadOnlyList<TagResult> results, TagSettings settings)
    {
        var withMeaning = tagger.Embedder is not null;
        switch (format)
        {
            case OutputFormat.Tsv:
                WriteTsv(output, results);
                break;
            case OutputFormat.Json:
                WriteJson(output, tagger, results, settings, withMeaning);
                break;
            default:
                WriteText(output, results, withMeaning);
                break;
        }
    }

    private static string Score(double value) => value.ToString("F4", CultureInfo.InvariantCulture);

    private static string Kind(MatchedField field) => field switch
    {
        MatchedField.Text => "preferred",
        MatchedField.Synonym => "alternative",
        _ => "description",
    };

    private static string By(EscoLabelMatch label) => label.ByMeaning ? "meaning" : "words";

    private static void WriteTsv(TextWriter output, IReadOnlyList<TagResult> results)
    {
        output.Write("query\trank\tskill\tsimilarity\tpreferred_label\twords_label\tmeaning_label\n");
        foreach (var result in results)
        {
            var number = result.Number.ToString(CultureInfo.InvariantCulture);
            for (var rank = 0; rank < result.Suggestions.Count; rank++)
            {
                var suggestion = result.Suggestions[rank];
                var words = suggestion.MatchedLabels.FirstOrDefault(l => !l.ByMeaning)?.Label ?? string.Empty;
                var meaning = suggestion.MatchedLabels.FirstOrDefault(l => l.ByMeaning)?.Label ?? string.Empty;
                output.Write(string.Join('\t',
                    number,
                    (rank + 1).ToString(CultureInfo.InvariantCulture),
                    suggestion.Skill.ToString(),
                    Score(suggestion.Similarity),
                    Cell(suggestion.PreferredLabel ?? string.Empty),
                    Cell(words),
                    Cell(meaning)));
                output.Write('\n');
            }
        }
    }

    // A TSV cell: no tab or line break inside (ESCO descriptions may hold them), nothing that drives a terminal.
    private static string Cell(string text) => TerminalText.Clean(text.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));

    private static void WriteText(TextWriter output, IReadOnlyList<TagResult> results, bool withMeaning)
    {
        foreach (var result in results)
        {
            output.Write(string.Create(CultureInfo.InvariantCulture, $"Query {result.Number}: {TerminalText.Clean(result.Query)}\n"));
            if (result.Suggestions.Count == 0)
            {
                output.Write("  no skill\n");
                continue;
            }

            var labels = result.Suggestions.Select(s => MatchLabel.Of(s.Similarity, withMeaning)).ToList();
            var labelWidth = labels.Max(label => label.Length);
            for (var rank = 0; rank < result.Suggestions.Count; rank++)
            {
                var suggestion = result.Suggestions[rank];
                var matched = suggestion.MatchedLabels.IsEmpty
                    ? string.Empty
                    : "  [" + string.Join("; ", suggestion.MatchedLabels.Select(l => Cell(l.ToString()))) + "]";
                output.Write(string.Create(CultureInfo.InvariantCulture,
                    $"  {rank + 1,2}. similarity {Score(suggestion.Similarity)}  {labels[rank].PadRight(labelWidth)}  {suggestion.Skill}  {Cell(suggestion.PreferredLabel ?? string.Empty)}{matched}\n"));
            }
        }
    }

    private static void WriteJson(TextWriter output, EscoTagger tagger, IReadOnlyList<TagResult> results, TagSettings settings, bool withMeaning)
    {
        var document = new TagReport(
            settings.Esco,
            tagger.Count,
            settings.Top,
            settings.Threshold,
            ScoreCalibration.AcceptThreshold,
            ScoreCalibration.ReviewThreshold,
            settings.Model,
            [.. results.Select(r => new TagQueryReport(r.Number, r.Query, [.. r.Suggestions.Select((s, i) => new TagItemReport(
                i + 1,
                s.Skill.ToString(),
                s.PreferredLabel ?? string.Empty,
                Math.Round(s.Similarity, 4),
                MatchLabel.Of(s.Similarity, withMeaning),
                [.. s.MatchedLabels.Select(l => new TagLabelReport(l.Label, Kind(l.Field), By(l)))]))]))]);
        output.Write(JsonSerializer.Serialize(document, CliJson.Context.TagReport));
        output.Write('\n');
    }
}
