using System.Diagnostics;
using System.Globalization;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--embed-esco [OUT] [--limit N]</c>: embeds every ESCO label (<see cref="EscoLabels"/>: preferred and alternative
/// labels, 99,145 texts for v1.1.1 English) once with the built-in model, as a user building a semantic ESCO index does,
/// shows progress on stderr, saves the embeddings file to OUT (default <c>esco-labels.embeddings</c> in the current
/// folder) and loads it back. Both are timed with a <see cref="Stopwatch"/> over one run: an operation of minutes is
/// not a BenchmarkDotNet case (<see cref="EmbeddingsFileBenchmarks"/> measures the load properly).
/// <c>--limit N</c> embeds the first N labels only, to check the mode quickly.
/// </summary>
public static class EscoEmbedding
{
    /// <summary>Runs the mode; returns the process exit code.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var at = Array.IndexOf(args, "--embed-esco");
        var outPath = at + 1 < args.Length && !args[at + 1].StartsWith("--", StringComparison.Ordinal) ? args[at + 1] : "esco-labels.embeddings";
        int? limit = null;
        var limitAt = Array.IndexOf(args, "--limit");
        if (limitAt >= 0)
        {
            if (limitAt + 1 >= args.Length || !int.TryParse(args[limitAt + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                Console.Error.WriteLine("--limit needs a whole number of labels, at least 1.");
                return 2;
            }

            limit = n;
        }

        var esco = EscoPath.Locate();
        if (esco is null)
        {
            Console.Error.WriteLine($"The ESCO skills CSV was not found: {EscoPath.Hint}.");
            return 2;
        }

        var labels = EscoLabels.Read(esco);
        var all = labels.Length;
        if (limit < labels.Length)
        {
            labels = labels[..limit.Value];
        }

        var c = CultureInfo.InvariantCulture;
        var modelWatch = Stopwatch.StartNew();
        using var embedder = SentenceEmbedder.CreateDefault();
        modelWatch.Stop();
        output.WriteLine(string.Create(c, $"ESCO: {esco}"));
        output.WriteLine(string.Create(c, $"Labels: {labels.Length:N0} of {all:N0} (preferred and alternative labels, each once per concept){(limit is null ? "" : $", --limit {limit}")}"));
        output.WriteLine(string.Create(c, $"Model: {embedder.ModelName}, {embedder.Dimension} dimensions, batch {embedder.Options.BatchSize}, {Environment.ProcessorCount} logical cores; loaded in {modelWatch.Elapsed.TotalSeconds:F2} s"));

        var watch = Stopwatch.StartNew();
        var lastShown = TimeSpan.Zero;
        var progress = new SynchronousProgress(done =>
        {
            // At most about once a second, and at the end.
            if (done < labels.Length && watch.Elapsed - lastShown < TimeSpan.FromSeconds(1))
            {
                return;
            }

            lastShown = watch.Elapsed;
            var rate = done / Math.Max(watch.Elapsed.TotalSeconds, 1e-9);
            var left = TimeSpan.FromSeconds((labels.Length - done) / Math.Max(rate, 1e-9));
            Console.Error.Write(string.Create(c, $"\rEmbedding: {done:N0} / {labels.Length:N0} ({100.0 * done / labels.Length:F1}%), {rate:F0} texts/s, about {left:hh\\:mm\\:ss} left   "));
        });
        var embeddings = CatalogueEmbeddings.Compute(embedder, labels, progress);
        var embedTime = watch.Elapsed;
        Console.Error.WriteLine();

        watch.Restart();
        embeddings.Save(outPath);
        var saveTime = watch.Elapsed;

        watch.Restart();
        var loaded = CatalogueEmbeddings.Load(outPath, embedder, labels);
        var loadTime = watch.Elapsed;
        if (loaded.Count != embeddings.Count)
        {
            Console.Error.WriteLine("The file read back does not hold every vector.");
            return 1;
        }

        output.WriteLine(string.Create(c, $"Embedded {labels.Length:N0} texts in {embedTime.TotalSeconds:F1} s: {labels.Length / embedTime.TotalSeconds:F0} texts/s (one run, Stopwatch)"));
        output.WriteLine(string.Create(c, $"Saved {new FileInfo(outPath).Length / 1048576.0:F1} MiB to {Path.GetFullPath(outPath)} in {saveTime.TotalMilliseconds:F0} ms"));
        output.WriteLine(string.Create(c, $"Loaded it back (model and catalogue checked, halves converted) in {loadTime.TotalMilliseconds:F0} ms (one run, Stopwatch, file in the page cache)"));
        return 0;
    }

    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
