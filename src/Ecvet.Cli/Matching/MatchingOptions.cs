using System.CommandLine;
using System.Globalization;
using Ecvet.Cli.Output;

namespace Ecvet.Cli.Matching;

/// <summary>The options <c>ecvet match</c> and <c>ecvet tag</c> share (how many results, from what similarity, in which
/// format, and whether and how meaning counts), with their checks, so that the two commands read and refuse them
/// alike.</summary>
internal sealed class MatchingOptions
{
    /// <param name="results">What a result is, plural, for the help text ("matches", "skills").</param>
    /// <param name="perText">What a query is, for the help text ("query", "text").</param>
    /// <param name="textFormat">The help of <c>--format text</c>.</param>
    /// <param name="tsvRow">The row of <c>--format tsv</c> ("match", "skill").</param>
    /// <param name="semanticHelp">The help of <c>--semantic</c>.</param>
    /// <param name="embeddedTexts">What <c>--embeddings</c> keeps the vectors of ("entries", "labels").</param>
    public MatchingOptions(string results, string perText, string textFormat, string tsvRow, string semanticHelp, string embeddedTexts)
    {
        Top = new Option<int>("--top", "-k") { Description = $"The most {results} to show per {perText}.", DefaultValueFactory = _ => 10, HelpName = "K" };
        Threshold = new Option<double>("--threshold", "-t")
        {
            Description = "The lowest similarity (0 to 1) to show; the engine suggests 0.80 to accept and 0.55 to review.",
            DefaultValueFactory = _ => 0.0,
            HelpName = "T",
        };
        Format = new Option<string>("--format", "-f")
        {
            Description = $"text: {textFormat}; tsv: one row per {tsvRow}; json: one document.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        Semantic = new Option<bool>("--semantic") { Description = semanticHelp };
        Model = new Option<string>("--model")
        {
            Description = "With --semantic: a directory holding another BERT-style sentence-transformer model as model.onnx and its vocab.txt.",
            HelpName = "DIR",
        };
        Embeddings = EmbeddingsFile.CreateOption(embeddedTexts);
        CommandLineRules.OnlyFrom(Format, OutputFormat.All);

        // Validators read the token themselves: a value that does not parse already has its own error.
        Top.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < 1)
            {
                result.AddError("--top must be at least 1.");
            }
        });
        Threshold.Validators.Add(result =>
        {
            if (result.Tokens.Count > 0 && double.TryParse(result.Tokens[^1].Value, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value)
                && (double.IsNaN(value) || value < 0 || value > 1))
            {
                result.AddError("--threshold must be between 0 and 1.");
            }
        });
    }

    public Option<int> Top { get; }

    public Option<double> Threshold { get; }

    public Option<string> Format { get; }

    public Option<bool> Semantic { get; }

    public Option<string> Model { get; }

    public Option<string> Embeddings { get; }

    /// <summary>Adds the options to a command, and the check that the model and the embeddings file come with
    /// <c>--semantic</c>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Top, Threshold, Format, Semantic, Model, Embeddings })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (result.GetResult(Model) is not null && !result.GetValue(Semantic))
            {
                result.AddError("--model needs --semantic.");
            }

            if (result.GetResult(Embeddings) is not null && !result.GetValue(Semantic))
            {
                result.AddError("--embeddings needs --semantic.");
            }
        });
    }

    /// <summary>The sentence model and embeddings file asked for, or <see langword="null"/> without <c>--semantic</c>.</summary>
    public SemanticSettings? SemanticSettings(ParseResult parsed) =>
        parsed.GetValue(Semantic) ? new SemanticSettings(parsed.GetValue(Model), parsed.GetValue(Embeddings)) : null;

    /// <summary>The output format asked for.</summary>
    public string OutputFormatOf(ParseResult parsed) => parsed.GetValue(Format) ?? OutputFormat.Text;
}
