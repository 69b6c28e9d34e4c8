using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Ecvet.Matching.Semantic;

namespace Ecvet.Cli.Matching;

/// <summary>
/// The catalogue vectors of <c>--semantic</c>, and <c>--embeddings FILE</c> that keeps them between runs: without a
/// file the texts are embedded afresh; a file that holds this model's vectors of exactly these texts is loaded; a
/// missing file is computed and saved; any other file is refused, never overwritten.
/// </summary>
/// <remarks>Shared by <c>ecvet match</c> and <c>ecvet tag</c>: the rules of the file live here once.</remarks>
internal static class EmbeddingsFile
{
    private const string OptionName = "--embeddings";

    /// <summary>The <c>--embeddings FILE</c> option; a command adds its "needs --semantic" check.</summary>
    public static Option<string> CreateOption(string texts)
    {
        var option = new Option<string>(OptionName)
        {
            Description = $"With --semantic: a file that keeps the {texts}' vectors between runs. When it exists it is loaded (it must hold this model's vectors of exactly these {texts}, or the run stops); when it does not, the {texts} are embedded and the vectors saved to it.",
            HelpName = "FILE",
        };
        CommandLineRules.IsPath(option);
        return option;
    }

    /// <summary>The vectors of <paramref name="texts"/> by <paramref name="embedder"/>, row after row, each
    /// <see cref="SentenceEmbedder.Dimension"/> floats: embedded, or loaded from or saved to <paramref name="path"/>.</summary>
    /// <param name="console">Where progress and the loaded / saved line go.</param>
    /// <param name="embedder">The sentence model.</param>
    /// <param name="texts">The catalogue texts embedded, in catalogue order.</param>
    /// <param name="noun">What the texts are, plural, for messages ("labels", "entries").</param>
    /// <param name="path">The <c>--embeddings</c> file, or null to embed without keeping the vectors.</param>
    /// <param name="progressAllowed">Whether stderr takes progress at all (a terminal, no <c>--quiet</c>).</param>
    /// <param name="showEmbeddingProgress">Whether embedding reports how far it got (a catalogue large enough to wait for).</param>
    public static float[] Vectors(CliConsole console, SentenceEmbedder embedder, IReadOnlyList<string> texts, string noun, string? path,
        bool progressAllowed, bool showEmbeddingProgress)
    {
        var watch = Stopwatch.StartNew();
        CatalogueEmbeddings embeddings;
        if (path is null)
        {
            embeddings = Compute(console, embedder, texts, noun, showEmbeddingProgress);
        }
        else if (File.Exists(path))
        {
            embeddings = Load(path, embedder, texts);
            if (progressAllowed)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Loaded the vectors of {texts.Count:N0} {noun} from {TerminalText.Clean(path)} in {watch.Elapsed.TotalSeconds:F2} s; nothing embedded."));
            }
        }
        else if (Directory.Exists(path))
        {
            throw new CliException(ExitCodes.FileUnreadable, $"{path}: {OptionName}: is a directory, not a file.");
        }
        else
        {
            // Told before a long embedding, not after it.
            var directory = Path.GetDirectoryName(Path.GetFullPath(path));
            if (directory is null || !Directory.Exists(directory))
            {
                throw new CliException(ExitCodes.FileUnreadable, $"{path}: {OptionName}: the directory does not exist, so the vectors cannot be saved there.");
            }

            var computed = Compute(console, embedder, texts, noun, showEmbeddingProgress);
            embeddings = SaveAtomically(computed, path, embedder, texts);
            if (progressAllowed)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"Embedded {texts.Count:N0} {noun} in {watch.Elapsed.TotalSeconds:F0} s and saved their vectors to {TerminalText.Clean(path)}; the next run with {OptionName} loads them."));
            }
        }

        var dimension = embeddings.Dimension;
        var vectors = new float[checked(texts.Count * dimension)];
        for (var i = 0; i < texts.Count; i++)
        {
            embeddings[i].CopyTo(vectors.AsSpan(i * dimension, dimension));
        }

        return vectors;
    }

    // Embeds in chunks, telling stderr how far it got.
    private static CatalogueEmbeddings Compute(CliConsole console, SentenceEmbedder embedder, IReadOnlyList<string> texts, string noun, bool showProgress)
    {
        var watch = Stopwatch.StartNew();
        var nextReport = 0;
        var progress = showProgress ? new SynchronousProgress(done =>
        {
            if (done >= nextReport || done == texts.Count)
            {
                console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Embedded {done:N0} of {texts.Count:N0} {noun} ({watch.Elapsed.TotalSeconds:F0} s)..."));
                nextReport = done + Math.Max(256, texts.Count / 20);
            }
        }) : null;
        return CatalogueEmbeddings.Compute(embedder, texts, progress);
    }

    private static CatalogueEmbeddings Load(string path, SentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        try
        {
            return CatalogueEmbeddings.Load(path, embedder, texts);
        }
        catch (InvalidDataException e)
        {
            throw CliException.Invalid(path, $"{OptionName}: {e.Message} To proceed, delete it (the vectors are then computed again and saved there) or give {OptionName} another file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw CliException.Unreadable(path, e);
        }
    }

    // Written beside the target under a temporary name, read back, then moved into place: an interrupted run leaves
    // no half file under the name the user gave, and this run searches the very vectors (half precision) a later run
    // loads, so both print the same.
    private static CatalogueEmbeddings SaveAtomically(CatalogueEmbeddings embeddings, string path, SentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                embeddings.Save(stream);
                stream.Flush(flushToDisk: true);
            }

            var saved = CatalogueEmbeddings.Load(temporary, embedder, texts);
            File.Move(temporary, full, overwrite: false);
            return saved;
        }
        catch (IOException) when (File.Exists(full))
        {
            throw new CliException(ExitCodes.InvalidInput, $"{path}: {OptionName}: the file appeared while the vectors were computed (another run?); it was left as it is. Run again to load it, or give {OptionName} another file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException(ExitCodes.FileUnreadable, $"{path}: {OptionName}: the vectors cannot be saved there: {e.Message}");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
