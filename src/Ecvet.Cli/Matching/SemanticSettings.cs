using Ecvet.Matching.Semantic;

namespace Ecvet.Cli.Matching;

/// <summary>The sentence model of <c>ecvet match --semantic</c> and <c>ecvet tag --semantic</c>: the built-in one, or
/// <c>model.onnx</c> and <c>vocab.txt</c> from a directory; and the <c>--embeddings</c> file that keeps the catalogue's
/// vectors, if any (<see cref="EmbeddingsFile"/>).</summary>
internal sealed record SemanticSettings(string? ModelDirectory, string? EmbeddingsPath)
{
    public SentenceEmbedder LoadModel()
    {
        if (ModelDirectory is null)
        {
            return SentenceEmbedder.CreateDefault();
        }

        var model = Path.Combine(ModelDirectory, "model.onnx");
        var vocabulary = Path.Combine(ModelDirectory, "vocab.txt");
        foreach (var file in new[] { model, vocabulary })
        {
            if (!File.Exists(file))
            {
                throw CliException.Invalid(ModelDirectory, $"--model: {Path.GetFileName(file)} is missing (a model directory holds model.onnx and vocab.txt).");
            }
        }

        try
        {
            return SentenceEmbedder.FromFiles(model, vocabulary);
        }
        catch (ArgumentException e)
        {
            throw CliException.Invalid(model, e.Message);
        }
    }
}
