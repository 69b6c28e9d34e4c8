using System.Diagnostics;
using System.Globalization;
using Ecvet.Benchmarks.Matching.Peers;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--quality</c>: P@1 and MRR@10 of Ecvet (default, and with the character 3-gram re-rank) and every peer on the
/// silver task, both catalogues, printed as markdown.
/// </summary>
/// <remarks>
/// Every engine ranks concepts for the same queries over the same catalogue (<see cref="SilverTask"/>). Ecvet and
/// Lucene.Net answer all queries; the linear-scan peers (10 ms to 1 s per query) answer the first
/// <c>--slow-queries</c> (default 200), and a second table compares every engine on exactly that subset.
/// Ties: each engine's own order (Ecvet: by id; Lucene: by document; the scans: earlier document first).
/// </remarks>
public static class QualityEvaluation
{
    private const int K = 10;

    /// <summary>Runs the evaluation and writes the report.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var slowQueries = 200;
        var at = Array.IndexOf(args, "--slow-queries");
        if (at >= 0 && (at + 1 >= args.Length || !int.TryParse(args[at + 1], NumberStyles.None, CultureInfo.InvariantCulture, out slowQueries) || slowQueries < 1))
        {
            Console.Error.WriteLine("--slow-queries needs a positive whole number.");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        var task = SilverTask.Instance;
        Console.Error.WriteLine($"Silver task loaded in {watch.Elapsed.TotalSeconds:F1} s from {task.Source}.");
        slowQueries = Math.Min(slowQueries, task.Queries.Length);

        var rows = new List<Row>();
        var memory = new List<string>();
        foreach (var kind in new[] { CatalogueKind.PreferredLabels, CatalogueKind.AllLabels })
        {
            var oneDocumentPerConcept = kind == CatalogueKind.PreferredLabels;
            var documents = task.Documents(kind);
            var entries = task.Entries(kind);

            var before = GC.GetTotalMemory(forceFullCollection: true);
            var (ecvet, ecvetBuild) = Timed(() => new EcvetRanker(entries));
            var after = GC.GetTotalMemory(forceFullCollection: true);
            memory.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {entries.Length:N0} | {(after - before) / 1024.0 / 1024.0:F1} MiB | {(after - before) / (double)entries.Length:F0} B |"));
            rows.AddRange(Evaluate(kind, ecvet, ecvetBuild, task, task.Queries.Length, slowQueries, parallel: false));
            GC.KeepAlive(ecvet);

            before = GC.GetTotalMemory(forceFullCollection: true);
            var (reranked, rerankedBuild) = Timed(() => new EcvetRanker(entries, EcvetRanker.Rerank));
            after = GC.GetTotalMemory(forceFullCollection: true);
            memory.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {kind}, with the n-gram re-rank | {entries.Length:N0} | {(after - before) / 1024.0 / 1024.0:F1} MiB | {(after - before) / (double)entries.Length:F0} B |"));
            rows.AddRange(Evaluate(kind, reranked, rerankedBuild, task, task.Queries.Length, slowQueries, parallel: false));
            GC.KeepAlive(reranked);

            var (lucene, luceneBuild) = Timed(() => new LuceneRanker(documents, oneDocumentPerConcept));
            using (lucene)
            {
                rows.AddRange(Evaluate(kind, lucene, luceneBuild, task, task.Queries.Length, slowQueries, parallel: false));
            }

            var (f23, f23Build) = Timed(() => new F23CosineRanker(documents, oneDocumentPerConcept));
            rows.AddRange(Evaluate(kind, f23, f23Build, task, slowQueries, slowQueries, parallel: true));

            var (fuzzy, fuzzyBuild) = Timed(() => new FuzzySharpRanker(documents, oneDocumentPerConcept));
            rows.AddRange(Evaluate(kind, fuzzy, fuzzyBuild, task, slowQueries, slowQueries, parallel: true));
        }

        output.WriteLine("# Outcome matching quality: silver task");
        output.WriteLine();
        output.WriteLine($"Data: {task.Source}. Seed {SilverTask.Seed}; {task.Queries.Length:N0} queries, each an alternative label of a different concept (never equal to any preferred label); the answer is that concept; the query strings are removed from every catalogue.");
        output.WriteLine($"Catalogues: {task.Describe(CatalogueKind.PreferredLabels)}; {task.Describe(CatalogueKind.AllLabels)}. Ecvet indexes concepts (alternative labels as synonyms); the peers index label documents and de-duplicate the top 50 hits to concepts.");
        output.WriteLine($"\"+ n-gram re-rank\": `OutcomeIndexOptions.CharacterNgramRerank` with its defaults (the best {OutcomeIndexOptions.Default.CharacterNgramCandidates} candidates by word score re-ranked by character 3-gram cosine, weight {OutcomeIndexOptions.Default.CharacterNgramWeight.ToString(CultureInfo.InvariantCulture)}), chosen with `--tune-rerank` on queries drawn with seed {RerankTuning.TuningSeed}, never on these.");
        output.WriteLine($"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}.");
        output.WriteLine();
        output.WriteLine("## All queries (the engines fast enough to answer them all)");
        output.WriteLine();
        WriteTable(output, rows.Where(r => r.Subset == "all"));
        output.WriteLine();
        output.WriteLine($"## The first {slowQueries:N0} queries, every engine");
        output.WriteLine();
        WriteTable(output, rows.Where(r => r.Subset == "first"));
        output.WriteLine();
        output.WriteLine("## Ecvet index memory");
        output.WriteLine();
        output.WriteLine("Approximate: the growth of `GC.GetTotalMemory(true)` across `OutcomeIndex.Build`, the catalogue entries (and their strings) already allocated beforehand.");
        output.WriteLine();
        output.WriteLine("| Catalogue | Entries | Index memory | Per entry |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var line in memory)
        {
            output.WriteLine(line);
        }

        Console.Error.WriteLine($"Done in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    private static (T Ranker, TimeSpan Build) Timed<T>(Func<T> build)
    {
        var watch = Stopwatch.StartNew();
        var ranker = build();
        return (ranker, watch.Elapsed);
    }

    private static IEnumerable<Row> Evaluate(CatalogueKind kind, IConceptRanker ranker, TimeSpan build, SilverTask task, int queries, int firstQueries, bool parallel)
    {
        var ranks = new int[queries];
        var watch = Stopwatch.StartNew();
        if (parallel)
        {
            Parallel.For(0, queries, i => ranks[i] = RankOfAnswer(ranker, task, i));
        }
        else
        {
            for (var i = 0; i < queries; i++)
            {
                ranks[i] = RankOfAnswer(ranker, task, i);
            }
        }

        var elapsed = watch.Elapsed;
        Console.Error.WriteLine($"{kind,-16} {ranker.Name,-55} {queries,5} queries in {elapsed.TotalSeconds,6:F1} s");
        var perQuery = elapsed.TotalMilliseconds * 1000 / queries * (parallel ? Environment.ProcessorCount : 1);
        if (queries > firstQueries)
        {
            yield return Row.From(kind, ranker.Name, ranks, build, perQuery, "all");
        }

        yield return Row.From(kind, ranker.Name, ranks.AsSpan(0, firstQueries).ToArray(), build, perQuery, "first");
    }

    // 1-based rank of the query's answer among the engine's top 10 concepts, 0 when absent.
    private static int RankOfAnswer(IConceptRanker ranker, SilverTask task, int query)
    {
        Span<int> concepts = stackalloc int[K];
        var count = ranker.Rank(task.Queries[query], concepts);
        var at = concepts[..count].IndexOf(task.Answers[query]);
        return at + 1;
    }

    private static void WriteTable(TextWriter output, IEnumerable<Row> rows)
    {
        output.WriteLine("| Catalogue | Engine | Queries | P@1 | MRR@10 | Recall@10 | Build (s) | µs/query (indicative) |");
        output.WriteLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Catalogue} | {row.Engine} | {row.Queries:N0} | {row.PrecisionAt1:F3} | {row.Mrr:F3} | {row.RecallAt10:F3} | {row.Build.TotalSeconds:F2} | {row.MicrosecondsPerQuery:N0} |"));
        }
    }

    private sealed record Row(CatalogueKind Catalogue, string Engine, int Queries, double PrecisionAt1, double Mrr, double RecallAt10, TimeSpan Build, double MicrosecondsPerQuery, string Subset)
    {
        public static Row From(CatalogueKind kind, string engine, int[] ranks, TimeSpan build, double perQuery, string subset) => new(
            kind,
            engine,
            ranks.Length,
            ranks.Count(r => r == 1) / (double)ranks.Length,
            ranks.Sum(r => r == 0 ? 0 : 1.0 / r) / ranks.Length,
            ranks.Count(r => r > 0) / (double)ranks.Length,
            build,
            perQuery,
            subset);
    }
}
