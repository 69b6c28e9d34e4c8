using System.Diagnostics;
using System.Globalization;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--esco-tagging [--max-embedded-alternatives N]</c>: ESCO tagging quality on held-out labels. Before anything is
/// built, a seeded 20% of all ESCO alternative labels is held out; <see cref="EscoTagger"/> is built on the rest, and
/// each held-out label queries it, its answer being the skill the label belongs to. Three taggers: lexical (the default
/// <see cref="OutcomeIndexOptions"/>), re-rank (<see cref="OutcomeIndexOptions.CharacterNgramRerank"/>) and hybrid (the
/// built-in all-MiniLM-L6-v2 beside the default options). Printed as markdown: P@1, Recall@5, MRR@10.
/// </summary>
/// <remarks>
/// A held-out label that is still a label of some skill after holding out (the same string, ignoring case, as a kept
/// label) says nothing about unseen wording and is not asked. Nothing is tuned here: every variant runs with the defaults.
/// The label and query vectors are cached under <c>artifacts/esco-tagging/</c> (git-ignored), each file recording the
/// model and the texts it was made from, so a rerun embeds nothing.
/// </remarks>
public static class EscoTaggingQuality
{
    /// <summary>The seed of the held-out draw.</summary>
    public const int Seed = 20261203;

    /// <summary>The share of alternative labels held out.</summary>
    public const double HeldOutShare = 0.20;

    /// <summary>Runs the evaluation and writes the report.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var path = EscoPath.Locate();
        if (path is null)
        {
            Console.Error.WriteLine("The ESCO skills CSV was not found: " + EscoPath.Hint);
            return 2;
        }

        int? maxAlternatives = null;
        var at = Array.IndexOf(args, "--max-embedded-alternatives");
        if (at >= 0)
        {
            maxAlternatives = int.Parse(args[at + 1], CultureInfo.InvariantCulture);
        }

        var watch = Stopwatch.StartNew();
        var skills = EscoSkillsCsv.ReadFile(path).ToArray();

        // Hold out before building anything: a seeded shuffle of every (skill, alternative label) pair, the first 20%.
        var pairs = new List<(int Skill, int Label)>();
        for (var s = 0; s < skills.Length; s++)
        {
            for (var l = 0; l < skills[s].Synonyms.Length; l++)
            {
                pairs.Add((s, l));
            }
        }

        var shuffled = pairs.ToArray();
        new Random(Seed).Shuffle(shuffled);
        var heldOut = shuffled[..(int)(shuffled.Length * HeldOutShare)];
        var heldOutSet = heldOut.ToHashSet();
        var kept = skills.Select((e, s) => CatalogueEntry.Create(e.Id, e.Text,
            e.Synonyms.Where((_, l) => !heldOutSet.Contains((s, l))), e.Description, e.Type, e.Level, e.EscoSkills, e.Language)).ToArray();

        var keptLabels = new HashSet<string>(kept.SelectMany(e => e.Synonyms.Prepend(e.Text)), StringComparer.OrdinalIgnoreCase);
        var queries = heldOut.Where(p => !keptLabels.Contains(skills[p.Skill].Synonyms[p.Label]))
            .Select(p => (Text: skills[p.Skill].Synonyms[p.Label], Answer: p.Skill))
            .ToArray();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{skills.Length:N0} skills, {pairs.Count:N0} alternative labels, {heldOut.Length:N0} held out, {queries.Length:N0} asked ({heldOut.Length - queries.Length:N0} still a kept label)."));

        var rows = new List<string>();
        var lexical = EscoTagger.Create(kept);
        var lexicalRanks = Evaluate(lexical, queries, "lexical");
        rows.Add(Row("lexical (default options)", lexicalRanks));
        var rerank = EscoTagger.Create(kept, OutcomeIndexOptions.Default with { CharacterNgramRerank = true });
        var rerankRanks = Evaluate(rerank, queries, "re-rank");
        rows.Add(Row("re-rank (character 3-grams)", rerankRanks));

        using var model = SentenceEmbedder.CreateDefault();
        var labels = EscoTagger.EmbeddedLabels(kept, maxAlternatives);
        var labelVectors = Vectors(model, labels, Cache($"labels-{Seed}-{(maxAlternatives?.ToString(CultureInfo.InvariantCulture) ?? "all")}"), "labels");
        var queryTexts = queries.Select(q => q.Text).ToArray();
        var queryVectors = Vectors(model, queryTexts, Cache($"queries-{Seed}"), "queries");
        var embedder = new RememberingEmbedder(model, queryTexts, queryVectors);
        var hybrid = EscoTagger.Create(kept, null, embedder, labelVectors, maxAlternatives);
        var hybridRanks = Evaluate(hybrid, queries, "hybrid");
        rows.Add(Row("hybrid (labels + all-MiniLM-L6-v2)", hybridRanks));

        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(c, $"<!-- Produced by: nice -n 5 dotnet run -c Release --project benchmarks/Ecvet.Core.Benchmarks -- --esco-tagging{(maxAlternatives is { } m ? $" --max-embedded-alternatives {m}" : string.Empty)}  (ECVET_ESCO_CSV = the ESCO v1.1.1 skills_en.csv) -->"));
        output.WriteLine();
        output.WriteLine("# ESCO tagging quality on held-out alternative labels");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Source: ESCO v1.1.1 skills CSV, {skills.Length:N0} skills with {pairs.Count:N0} alternative labels. Seed {Seed}: {heldOut.Length:N0} alternative labels ({HeldOutShare * 100:0}%) held out before anything was built; the taggers hold the other {pairs.Count - heldOut.Length:N0} and every preferred label. Queries: the {queries.Length:N0} held-out labels that are not, ignoring case, still a label of some skill ({heldOut.Length - queries.Length:N0} left out); the answer is the skill the label belongs to."));
        output.WriteLine();
        var embedded = maxAlternatives is { } most ? string.Create(c, $"its first {most} kept alternative labels") : "all its kept alternative labels";
        output.WriteLine(string.Create(c, $"Embedded for the hybrid: {labels.Count:N0} labels, each skill's preferred label and {embedded} (a skill's meaning is that of its closest label). Every variant uses the default options, nothing tuned on these queries."));
        output.WriteLine();
        output.WriteLine("| Tagger | P@1 | Recall@5 | MRR@10 |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var row in rows)
        {
            output.WriteLine(row);
        }

        output.WriteLine();
        output.WriteLine("Query by query, first place (the answer ranked first by one tagger and not by the other):");
        output.WriteLine();
        output.WriteLine("| Pair | only the first right | only the second right | McNemar χ² (1 df; 3.84 is p = 0.05) |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        output.WriteLine(Versus("hybrid vs re-rank", hybridRanks, rerankRanks));
        output.WriteLine(Versus("hybrid vs lexical", hybridRanks, lexicalRanks));
        output.WriteLine(Versus("re-rank vs lexical", rerankRanks, lexicalRanks));
        Console.Error.WriteLine(string.Create(c, $"Done in {watch.Elapsed.TotalMinutes:F1} min."));
        return 0;
    }

    private static string Cache(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "esco-tagging");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name + ".embeddings");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ecvet.Core.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }

    // The vectors of the texts, from the cache when it was made by this model from these texts, else computed and saved.
    private static float[] Vectors(SentenceEmbedder model, IReadOnlyList<string> texts, string cache, string what)
    {
        CatalogueEmbeddings? embeddings = null;
        if (File.Exists(cache))
        {
            try
            {
                embeddings = CatalogueEmbeddings.Load(cache, model, texts);
                Console.Error.WriteLine($"Loaded the {what}' vectors from {cache}.");
            }
            catch (Exception e) when (e is FormatException or InvalidDataException or ArgumentException or IOException)
            {
                Console.Error.WriteLine($"Not using {cache}: {e.Message}");
            }
        }

        if (embeddings is null)
        {
            var watch = Stopwatch.StartNew();
            var next = 0;
            embeddings = CatalogueEmbeddings.Compute(model, texts, new Progress(done =>
            {
                if (done >= next || done == texts.Count)
                {
                    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Embedded {done:N0} of {texts.Count:N0} {what} ({watch.Elapsed.TotalSeconds:F0} s)..."));
                    next = done + Math.Max(1_000, texts.Count / 50);
                }
            }));
            embeddings.Save(cache);

            // The file holds half-precision vectors: read them back, so that a rerun from the cache measures the same.
            embeddings = CatalogueEmbeddings.Load(cache, model, texts);
        }

        var vectors = new float[texts.Count * embeddings.Dimension];
        for (var i = 0; i < texts.Count; i++)
        {
            embeddings[i].CopyTo(vectors.AsSpan(i * embeddings.Dimension, embeddings.Dimension));
        }

        return vectors;
    }

    // The queries only one of two taggers ranks right, each way, and McNemar's statistic (with continuity correction) on them.
    private static string Versus(string name, int[] first, int[] second)
    {
        var onlyFirst = first.Where((r, q) => r == 1 && second[q] != 1).Count();
        var onlySecond = first.Where((r, q) => r != 1 && second[q] == 1).Count();
        var chi = onlyFirst + onlySecond == 0 ? 0 : Math.Pow(Math.Abs(onlyFirst - onlySecond) - 1, 2) / (onlyFirst + onlySecond);
        return string.Create(CultureInfo.InvariantCulture, $"| {name} | {onlyFirst:N0} | {onlySecond:N0} | {chi:0.0} |");
    }

    private static int[] Evaluate(EscoTagger tagger, (string Text, int Answer)[] queries, string name)
    {
        var watch = Stopwatch.StartNew();
        var ranks = new int[queries.Length];
        var done = 0;
        Parallel.For(0, queries.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, q =>
        {
            var suggestions = tagger.Suggest(queries[q].Text, 10);
            var answer = tagger.Index.GetEntry(queries[q].Answer).EscoSkills[0];
            ranks[q] = 0;
            for (var r = 0; r < suggestions.Count; r++)
            {
                if (suggestions[r].Skill.Equals(answer))
                {
                    ranks[q] = r + 1;
                    break;
                }
            }

            var count = Interlocked.Increment(ref done);
            if (count % 2_000 == 0)
            {
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {count:N0} of {queries.Length:N0} queries ({watch.Elapsed.TotalSeconds:F0} s)..."));
            }
        });
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {queries.Length:N0} queries in {watch.Elapsed.TotalSeconds:F0} s."));
        return ranks;
    }

    // P@1, Recall@5 and MRR@10 from the rank of each query's answer (0: not in the first 10).
    private static string Row(string name, int[] ranks) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {ranks.Count(r => r == 1) / (double)ranks.Length:0.000} | {ranks.Count(r => r is >= 1 and <= 5) / (double)ranks.Length:0.000} | {ranks.Sum(r => r >= 1 ? 1.0 / r : 0) / ranks.Length:0.000} |");

    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
