using System.Globalization;
using Ecvet.Benchmarks.Matching.Peers;
using Ecvet.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--tune-rerank</c>: P@1 and MRR@10 of the character 3-gram re-rank for a grid of weights and depths on a silver
/// task drawn with a seed other than the reported one (<see cref="TuningSeed"/>), so the settings shipped as defaults
/// are never chosen on the queries <c>--quality</c> reports.
/// </summary>
public static class RerankTuning
{
    /// <summary>The seed of the tuning queries (the report uses <see cref="SilverTask.Seed"/>).</summary>
    public const int TuningSeed = 20_261_129;

    /// <summary>Runs the grid and writes a markdown table.</summary>
    public static int Run(TextWriter output)
    {
        var task = SilverTask.WithSeed(TuningSeed);
        output.WriteLine($"Tuning set: {task.Source}, seed {TuningSeed}, {task.Queries.Length:N0} queries.");
        output.WriteLine();
        output.WriteLine("| Catalogue | Weight | Candidates | P@1 | MRR@10 | P@1 (first 200) | MRR@10 (first 200) |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var kind in new[] { CatalogueKind.PreferredLabels, CatalogueKind.AllLabels })
        {
            var entries = task.Entries(kind);
            Write(kind, "off", "-", new EcvetRanker(entries));
            if (Environment.GetEnvironmentVariable("ECVET_TUNE_F23") == "1")
            {
                Write(kind, "F23", "-", new F23CosineRanker(task.Documents(kind), kind == CatalogueKind.PreferredLabels), 200);
            }

            foreach (var candidates in new[] { 20, 50, 100 })
            {
                foreach (var weight in new[] { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 })
                {
                    if (candidates != 50 ? weight is not 0.5 : weight is not (0.3 or 0.5 or 0.7))
                    {
                        continue;
                    }

                    var options = OutcomeIndexOptions.Default with
                    {
                        CharacterNgramRerank = true,
                        CharacterNgramWeight = weight,
                        CharacterNgramCandidates = candidates,
                    };
                    Write(kind, weight.ToString("0.0", CultureInfo.InvariantCulture), candidates.ToString(CultureInfo.InvariantCulture), new EcvetRanker(entries, options));
                }
            }
        }

        return 0;

        void Write(CatalogueKind kind, string weight, string candidates, IConceptRanker ranker, int? limit = null)
        {
            var n = limit ?? task.Queries.Length;
            var ranks = new int[n];
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = limit is null ? 1 : Environment.ProcessorCount }, i =>
            {
                Span<int> concepts = stackalloc int[10];
                var count = ranker.Rank(task.Queries[i], concepts);
                ranks[i] = concepts[..count].IndexOf(task.Answers[i]) + 1;
            });
            var first = ranks.AsSpan(0, Math.Min(200, n)).ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {kind} | {weight} | {candidates} | {(limit is null ? P1(ranks) : "")} | {(limit is null ? Mrr(ranks) : "")} | {P1(first)} | {Mrr(first)} |"));
        }

        static string P1(int[] ranks) => (ranks.Count(r => r == 1) / (double)ranks.Length).ToString("F3", CultureInfo.InvariantCulture);

        static string Mrr(int[] ranks) => (ranks.Sum(r => r == 0 ? 0 : 1.0 / r) / ranks.Length).ToString("F3", CultureInfo.InvariantCulture);
    }
}
