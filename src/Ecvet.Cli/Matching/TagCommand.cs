using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ecvet.Cli.Catalogues;
using Ecvet.Cli.Output;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Cli.Matching;

/// <summary><c>ecvet tag</c>: suggest the ESCO skills that one text or a file of texts evidences.</summary>
internal static class TagCommand
{
    private const int ProgressThreshold = 5_000;

    // Embedding is slow (a few hundred labels a second): progress from a few hundred labels, as ecvet match does.
    private const int SemanticProgressThreshold = 500;

    public static Command Create(CliConsole console, GlobalOptions globals)
    {
        var esco = new Option<string>("--esco")
        {
            Description = "The ESCO skills CSV (as published for ESCO v1.1.1, for example skills_en.csv): the skills to suggest, with their preferred and alternative labels.",
            Required = true,
            HelpName = "FILE",
        };
        var text = new Option<string>("--text") { Description = "One outcome text to tag.", HelpName = "TEXT" };
        var queries = new Option<string>("--queries")
        {
            Description = "A file with one outcome text per line (the first column when lines have tabs; a first line 'text' or 'host_text' is a header).",
            HelpName = "FILE",
        };
        var shared = new MatchingOptions("skills", "text",
            "per text, the skills with scores, their label (accept, review, no lexical evidence; with --semantic: no evidence) and the labels that matched", "skill",
            "Add meaning to shared words: every ESCO label is embedded by a sentence model run on this machine (the built-in English all-MiniLM-L6-v2 unless --model; minutes for the full ESCO file), and similarity is the larger of the two calibrated scores.",
            "labels");
        CommandLineRules.IsPath(esco);
        CommandLineRules.IsPath(queries);
        CommandLineRules.IsText(text);

        var command = new Command("tag", "Suggest the ESCO skills outcome texts evidence; print them with similarity and the labels that matched.")
        {
            esco, text, queries,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetResult(text) is not null) == (result.GetResult(queries) is not null))
            {
                result.AddError("Give exactly one of --text TEXT or --queries FILE.");
            }
        });

        shared.AddTo(command);
        command.SetAction(parsed =>
        {
            var settings = new TagSettings(parsed.GetValue(esco)!, parsed.GetValue(shared.Top), parsed.GetValue(shared.Threshold));
            var queryFile = parsed.GetValue(queries);
            var texts = queryFile is null ? [parsed.GetValue(text)!] : QueryFile.Load(queryFile);
            return Run(console, settings, texts, shared.OutputFormatOf(parsed), globals.ShowProgress(parsed, console), shared.SemanticSettings(parsed));
        });
        return command;
    }

    private static int Run(CliConsole console, TagSettings settings, IReadOnlyList<string> texts, string format, bool progressAllowed,
        SemanticSettings? semantic)
    {
        var watch = Stopwatch.StartNew();
        var skills = CatalogueLoader.LoadEsco(settings.Esco);
        var showProgress = progressAllowed && (skills.Count >= ProgressThreshold || texts.Count >= QueryLoop.MinimumStep);
        if (showProgress)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Read {skills.Count:N0} skills from {TerminalText.Clean(settings.Esco)} in {watch.Elapsed.TotalSeconds:F2} s; building the tagger..."));
        }

        watch.Restart();
        EscoTagger tagger;
        using var embedder = semantic?.LoadModel();
        try
        {
            tagger = embedder is null ? EscoTagger.Create(skills) : BuildSemantic(console, skills, embedder, semantic!.EmbeddingsPath, progressAllowed);
        }
        catch (ArgumentException e)
        {
            throw CliException.Invalid(settings.Esco, e.Message);
        }

        if (showProgress)
        {
            console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Tagger built in {watch.Elapsed.TotalSeconds:F2} s; tagging {texts.Count:N0} text{(texts.Count == 1 ? string.Empty : "s")}..."));
        }

        var results = QueryLoop.Run(console, texts, showProgress, "Tagged", "texts",
            (number, text) => new TagResult(number, text, tagger.Suggest(text, settings.Top, settings.Threshold)));

        TagWriter.Write(format, console.Out, tagger, results, embedder is null ? settings : settings with { Model = embedder.ModelId });
        return ExitCodes.Success;
    }

    // The tagger on the vectors of the skills' labels: embedded (with progress from a few hundred labels), or loaded
    // from or saved to the --embeddings file.
    private static EscoTagger BuildSemantic(CliConsole console, IReadOnlyList<CatalogueEntry> skills, SentenceEmbedder embedder, string? embeddingsPath,
        bool progressAllowed)
    {
        var labels = EscoTagger.EmbeddedLabels(skills);
        var vectors = EmbeddingsFile.Vectors(console, embedder, labels, "labels", embeddingsPath, progressAllowed,
            progressAllowed && labels.Count >= SemanticProgressThreshold);
        return EscoTagger.Create(skills, null, embedder, vectors);
    }
}
