using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ecvet.Cli.Catalogues;
using Ecvet.Cli.Output;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Cli.Matching;

/// <summary><c>ecvet match</c>: match one query or a file of queries against a catalogue of outcomes.</summary>
internal static class MatchCommand
{
    private const int ProgressThreshold = 5_000;

    // Embedding is slow (about a hundred texts a second on one core): progress from a few hundred entries.
    private const int SemanticProgressThreshold = 500;

    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var catalogue = new Option<string>("--catalogue", "-c")
        {
            Description = "The catalogue to match against: a TSV with header 'id<TAB>type<TAB>text' (type K, S or C), the ESCO skills CSV, or a qualification document in the Ecvet JSON format (one entry per learning outcome).",
            Required = true,
            HelpName = "FILE",
        };
        var query = new Option<string>("--query", "-q") { Description = "One outcome text to match.", HelpName = "TEXT" };
        var queries = new Option<string>("--queries")
        {
            Description = "A file with one query per line (the first column when lines have tabs; a first line 'text' or 'host_text' is a header).",
            HelpName = "FILE",
        };
        var shared = new MatchingOptions("matches", "query",
            "per query, the matches with scores and their label (accept, review, no lexical evidence; with --semantic: no evidence)", "match",
            "Add meaning to shared words: outcomes are compared by a sentence model run on this machine (the built-in English all-MiniLM-L6-v2 unless --model), and similarity is the larger of the two calibrated scores.",
            "entries");
        CommandLineRules.IsPath(catalogue);
        CommandLineRules.IsPath(queries);
        CommandLineRules.IsText(query);

        var command = new Command("match", "Match outcome texts against a catalogue; print the best matches with similarity and coverage.")
        {
            catalogue, query, queries,
        };
        command.Validators.Add(result =>
        {
            var hasQuery = result.GetResult(query) is not null;
            var hasQueries = result.GetResult(queries) is not null;
            if (hasQuery == hasQueries)
            {
                result.AddError("Give exactly one of --query TEXT or --queries FILE.");
            }
        });

        shared.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = new MatchSettings(parsed.GetValue(catalogue)!, parsed.GetValue(shared.Top), parsed.GetValue(shared.Threshold));
            var queryFile = parsed.GetValue(queries);
            var queryTexts = queryFile is null ? [parsed.GetValue(query)!] : QueryFile.Load(queryFile);
            return Run(console, settings, queryTexts, shared.OutputFormatOf(parsed), globals.ShowProgress(parsed, console), shared.SemanticSettings(parsed));
        });
        return command;
    }

    private static int Run(CliConsole console, MatchSettings settings, IReadOnlyList<string> queries, string format, bool progressAllowed,
        SemanticSettings? semantic)
    {
        var watch = Stopwatch.StartNew();
        var entries = CatalogueLoader.Load(settings.Catalogue);
        var showProgress = progressAllowed && (entries.Count >= ProgressThreshold || queries.Count >= QueryLoop.MinimumStep);
        if (showProgress)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {entries.Count:N0} entries from {TerminalText.Clean(settings.Catalogue)} in {watch.Elapsed.TotalSeconds:F2} s; building the index..."));
        }

        watch.Restart();
        OutcomeIndex index;
        using var embedder = semantic?.LoadModel();
        try
        {
            index = embedder is null ? OutcomeIndex.Build(entries) : BuildSemantic(console, entries, embedder, semantic!.EmbeddingsPath, progressAllowed,
                showProgress || (progressAllowed && entries.Count >= SemanticProgressThreshold));
        }
        catch (ArgumentException e)
        {
            throw CliException.Invalid(settings.Catalogue, e.Message);
        }

        if (showProgress)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Index built in {watch.Elapsed.TotalSeconds:F2} s; matching {queries.Count:N0} quer{(queries.Count == 1 ? "y" : "ies")}..."));
        }

        var results = QueryLoop.Run(console, queries, showProgress, "Matched", "queries",
            (number, query) => new QueryResult(number, query, index.Match(query, settings.Top, settings.Threshold)));

        MatchWriter.Write(format, console.Out, index, results, embedder is null ? settings : settings with { Model = embedder.ModelId });
        return ExitCodes.Success;
    }

    // The index on the vectors of the catalogue's texts: embedded (with progress when asked), or loaded from or saved
    // to the --embeddings file.
    private static OutcomeIndex BuildSemantic(CliConsole console, IReadOnlyList<CatalogueEntry> entries, SentenceEmbedder embedder, string? embeddingsPath,
        bool progressAllowed, bool showProgress)
    {
        var texts = entries.Select(e => e.Text).ToArray();
        var vectors = EmbeddingsFile.Vectors(console, embedder, texts, "entries", embeddingsPath, progressAllowed, showProgress);
        return OutcomeIndex.Build(entries, null, embedder, vectors);
    }
}
