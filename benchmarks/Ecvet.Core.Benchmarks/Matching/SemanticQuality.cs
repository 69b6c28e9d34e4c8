using System.Diagnostics;
using System.Globalization;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;
using Ecvet.Tests.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--semantic-quality</c>: lexical <see cref="OutcomeIndex"/> against embedding similarity (the built-in
/// all-MiniLM-L6-v2) and the hybrid of the two (<see cref="OutcomeIndex"/> built with the embedder), on the
/// hand-labelled VET outcome pairs (<see cref="LabelledSet"/>), printed as markdown. Every choice (the embedding
/// calibration, the hybrid's <see cref="MeaningCalibration"/>) is made on the fit half; the tables report the test half.
/// Beside them, the library's default hybrid (<see cref="MeaningCalibration.Default"/>, which weighs what differs), whose
/// calibration saw both halves: labelled as such; its held-out figures are those of <c>--holdout</c>.
/// </summary>
/// <remarks>
/// Ranking: every equivalent pair's host text queries the catalogue of all distinct home texts of the set (both halves:
/// the catalogue holds no labels); P@1 and Recall@5 say where the pair's home text lands. Lexical ranks with
/// <see cref="OutcomeIndex.Match(string, int, double)"/> (ties by id), embedding and hybrid by their score (ties by
/// ordinal), hybrid with the index's own <c>Match</c>. Decisions: the pair's own calibrated score against 0.80 (accept)
/// and 0.55 (review). Other-language pairs are left out (the model is English).
/// </remarks>
public static class SemanticQuality
{
    internal static readonly string[] RankedKinds = ["equivalent-high-overlap", "equivalent-low-overlap"];

    internal static readonly string[] DecidedKinds =
        ["equivalent-high-overlap", "equivalent-low-overlap", "narrower", "broader", "hard-negative", "unrelated"];

    /// <summary>Runs the evaluation and writes the report.</summary>
    public static int Run(TextWriter output)
    {
        var watch = Stopwatch.StartNew();
        var pairs = LabelledSet.Pairs.Where(p => p.Kind != "other-language").ToArray();
        var homes = LabelledSet.HomeTexts();
        var index = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)));
        var ordinalOf = homes.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i, StringComparer.Ordinal);

        using var embedder = SentenceEmbedder.CreateDefault();
        var loaded = watch.Elapsed;
        var homeEmbeddings = CatalogueEmbeddings.Compute(embedder, homes);
        var homeVectors = Enumerable.Range(0, homes.Count).SelectMany(h => homeEmbeddings[h].ToArray()).ToArray();
        var hosts = pairs.Select(p => p.HostText).ToArray();
        var hostVectors = new float[hosts.Length * embedder.Dimension];
        embedder.EmbedBatch(hosts, hostVectors);
        var embedded = watch.Elapsed - loaded;
        Console.Error.WriteLine($"Model loaded in {loaded.TotalSeconds:F1} s; {homes.Count + hosts.Length} texts embedded in {embedded.TotalSeconds:F1} s.");

        // Scores of every host text against every home text: lexical raw cosine and embedding cosine.
        var lexicalWords = new double[pairs.Length, homes.Count];
        var cosine = new double[pairs.Length, homes.Count];
        for (var q = 0; q < pairs.Length; q++)
        {
            var vector = hostVectors.AsSpan(q * embedder.Dimension, embedder.Dimension);
            for (var h = 0; h < homes.Count; h++)
            {
                lexicalWords[q, h] = index.Explain(pairs[q].HostText, h).Similarity;
                cosine[q, h] = Math.Max(0, homeEmbeddings.Cosine(vector, h));
            }
        }

        var fit = Enumerable.Range(0, pairs.Length).Where(q => pairs[q].Split == Split.Fit).ToArray();
        var test = Enumerable.Range(0, pairs.Length).Where(q => pairs[q].Split == Split.Test).ToArray();

        // Embedding alone: its own calibration, fitted on the fit half.
        var embeddingCalibration = FitCalibration(fit, pairs, (q, h) => cosine[q, h], ordinalOf);

        // Hybrid: the product's OutcomeIndex with the embedder, its meaning calibration fitted on the fit half (no fit
        // hard negative accepted, at most 10% sent to review). The same vectors are reused: the embedder remembers them.
        (double Words, double Cosine) Evidence(int q) => (lexicalWords[q, ordinalOf[pairs[q].HomeText]], cosine[q, ordinalOf[pairs[q].HomeText]]);
        var meaningCalibration = MeaningCalibration.Fit(
            fit.Where(q => pairs[q].Expected == "accept").Select(Evidence),
            fit.Where(q => pairs[q].Expected == "review").Select(Evidence),
            fit.Where(q => pairs[q].Kind == "hard-negative").Select(Evidence));
        var remembering = new RememberingEmbedder(embedder, [.. homes, .. hosts], [.. homeVectors, .. hostVectors]);
        var hybridIndex = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)),
            OutcomeIndexOptions.Default with { MeaningCalibration = meaningCalibration }, remembering, homeVectors);
        var hybridScore = new double[pairs.Length, homes.Count];
        for (var q = 0; q < pairs.Length; q++)
        {
            for (var h = 0; h < homes.Count; h++)
            {
                hybridScore[q, h] = hybridIndex.Explain(pairs[q].HostText, h).Similarity;
            }
        }

        // The library's default hybrid, which also weighs what two texts say differently. Its calibration was fitted on
        // all the older pairs, this test half included: its column is not a held-out figure (those are in
        // benchmarks/results/semantic-holdout.md).
        var defaultIndex = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)), OutcomeIndexOptions.Default,
            remembering, homeVectors);
        var defaultScore = new double[pairs.Length, homes.Count];
        for (var q = 0; q < pairs.Length; q++)
        {
            for (var h = 0; h < homes.Count; h++)
            {
                defaultScore[q, h] = defaultIndex.Explain(pairs[q].HostText, h).Similarity;
            }
        }

        var lexical = new Engine("Lexical (OutcomeIndex, default options)", (q, h) => lexicalWords[q, h], null)
        {
            Rank = q => index.Match(pairs[q].HostText, 10).Select(m => m.Ordinal).ToArray(),
        };
        var embedding = new Engine("Embedding (all-MiniLM-L6-v2, cosine, calibrated)", (q, h) => embeddingCalibration.Apply(cosine[q, h]), (q, h) => cosine[q, h]);
        var hybrid = new Engine("Hybrid of whole texts (fitted on the fit half: MeaningCalibration.WholeTexts)", (q, h) => hybridScore[q, h], null)
        {
            Rank = q => hybridIndex.Match(pairs[q].HostText, 10).Select(m => m.Ordinal).ToArray(),
        };
        var shipped = new Engine("Default hybrid weighing what differs (MeaningCalibration.Default; fitted on all older pairs, not held out)", (q, h) => defaultScore[q, h], null)
        {
            Rank = q => defaultIndex.Match(pairs[q].HostText, 10).Select(m => m.Ordinal).ToArray(),
        };
        Engine[] engines = [lexical, embedding, hybrid, shipped];

        var c = CultureInfo.InvariantCulture;
        output.WriteLine("# Semantic outcome matching quality: labelled VET pairs");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Data: {LabelledSet.FirstFile} and {LabelledSet.HostVoiceFile} (tests/Ecvet.Core.Tests/Matching/Data), {pairs.Length} pairs without the other-language ones; catalogue: the {homes.Count} distinct home texts. Fit half: {fit.Length} pairs; **test half: {test.Length} pairs (reported below)**."));
        output.WriteLine(string.Create(c, $"Model: {embedder.ModelName} (built in), {embedder.Dimension} dimensions, ModelId `{embedder.ModelId}`."));
        output.WriteLine(string.Create(c, $"Chosen on the fit half only: embedding calibration {embeddingCalibration}; hybrid meaning calibration {meaningCalibration} (`MeaningCalibration.Fit`: no fit-half hard negative accepted, at most 10% sent to review; `MeaningCalibration.WholeTexts` is {MeaningCalibration.WholeTexts}). The library's default, `MeaningCalibration.Default` ({MeaningCalibration.Default}), was fitted on all the older pairs, this test half included: its column is shown for reference; its held-out figures are in benchmarks/results/semantic-holdout.md."));
        var fitHard = fit.Where(q => pairs[q].Kind == "hard-negative").Select(q => hybridScore[q, ordinalOf[pairs[q].HomeText]]).ToArray();
        output.WriteLine(string.Create(c, $"Fit half, hybrid: {fitHard.Count(s => s >= ScoreCalibration.AcceptThreshold)} of {fitHard.Length} hard negatives accepted, {fitHard.Count(s => s is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold)} sent to review."));
        output.WriteLine(string.Create(c, $"Machine: {Environment.ProcessorCount} logical cores, {Environment.OSVersion}, .NET {Environment.Version}. Model load {loaded.TotalSeconds:F1} s; {homes.Count + hosts.Length} texts embedded in {embedded.TotalSeconds:F1} s (shared machine, indicative)."));
        output.WriteLine();
        WriteTables(output, engines, pairs, test, ordinalOf, homes.Count, "test half");

        Console.Error.WriteLine($"Done in {watch.Elapsed.TotalSeconds:F0} s.");
        return 0;
    }

    /// <summary>The ranking, decision and goal tables over the <paramref name="reported"/> pairs: the report's body,
    /// shared by every mode.</summary>
    internal static void WriteTables(TextWriter output, Engine[] engines, LabelledPair[] pairs, int[] reported,
        Dictionary<string, int> ordinalOf, int homeCount, string part)
    {
        var c = CultureInfo.InvariantCulture;
        var test = reported;
        output.WriteLine($"## Ranking ({part}): the right home outcome among all home outcomes");
        output.WriteLine();
        output.WriteLine("| Kind | Queries | " + string.Join(" | ", engines.Select(e => $"{e.Name} P@1 | R@5")) + " |");
        output.WriteLine("| --- | ---: |" + string.Concat(engines.Select(_ => " ---: | ---: |")));
        foreach (var kind in RankedKinds)
        {
            var queries = test.Where(q => pairs[q].Kind == kind).ToArray();
            if (queries.Length == 0)
            {
                // A kind the reported pairs lack has no share to show.
                continue;
            }

            output.Write(string.Create(c, $"| {kind} | {queries.Length} |"));
            foreach (var engine in engines)
            {
                var ranks = queries.Select(q => RankOfHome(engine, q, pairs, ordinalOf, homeCount)).ToArray();
                output.Write(string.Create(c, $" {ranks.Count(r => r == 1) / (double)ranks.Length:0.00} | {ranks.Count(r => r is > 0 and <= 5) / (double)ranks.Length:0.00} |"));
            }

            output.WriteLine();
        }

        output.WriteLine();
        output.WriteLine($"## Decisions ({part}): share of pairs accepted (≥ 0.80) / sent to review (0.55–0.80) / rejected");
        output.WriteLine();
        output.WriteLine("| Kind | Pairs | " + string.Join(" | ", engines.Select(e => e.Name)) + " |");
        output.WriteLine("| --- | ---: |" + string.Concat(engines.Select(_ => " :---: |")));
        foreach (var kind in DecidedKinds)
        {
            var group = test.Where(q => pairs[q].Kind == kind).ToArray();
            if (group.Length == 0)
            {
                continue;
            }

            output.Write(string.Create(c, $"| {kind} | {group.Length} |"));
            foreach (var engine in engines)
            {
                var scores = group.Select(q => engine.Score(q, ordinalOf[pairs[q].HomeText])).ToArray();
                int accepted = scores.Count(s => s >= ScoreCalibration.AcceptThreshold), review = scores.Count(s => s is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold);
                output.Write(string.Create(c, $" {Share(accepted, group.Length)} / {Share(review, group.Length)} / {Share(group.Length - accepted - review, group.Length)} |"));
            }

            output.WriteLine();
        }

        output.WriteLine();
        output.WriteLine($"## The issue's goals on the {part}");
        output.WriteLine();
        output.WriteLine("| Measure | Goal | " + string.Join(" | ", engines.Select(e => e.Name)) + " |");
        output.WriteLine("| --- | --- |" + string.Concat(engines.Select(_ => " ---: |")));
        var low = test.Where(q => pairs[q].Kind == "equivalent-low-overlap").ToArray();
        var high = test.Where(q => pairs[q].Kind == "equivalent-high-overlap").ToArray();
        var hard = test.Where(q => pairs[q].Kind == "hard-negative").ToArray();
        Row("Low-overlap P@1", "≥ 0.80", e => Fraction(low, q => RankOfHome(e, q, pairs, ordinalOf, homeCount) == 1));
        Row("Low-overlap Recall@5", "≥ 0.95", e => Fraction(low, q => RankOfHome(e, q, pairs, ordinalOf, homeCount) is > 0 and <= 5));
        Row("High-overlap P@1", "≥ lexical", e => Fraction(high, q => RankOfHome(e, q, pairs, ordinalOf, homeCount) == 1));
        Row("Low-overlap equivalents reaching review (≥ 0.55)", "—", e => Fraction(low, q => e.Score(q, ordinalOf[pairs[q].HomeText]) >= ScoreCalibration.ReviewThreshold));
        Row("Hard negatives accepted (≥ 0.80)", "0", e => Fraction(hard, q => e.Score(q, ordinalOf[pairs[q].HomeText]) >= ScoreCalibration.AcceptThreshold));
        Row("Hard negatives sent to review (0.55–0.80)", "≤ 0.10", e => Fraction(hard, q => e.Score(q, ordinalOf[pairs[q].HomeText]) is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold));

        void Row(string measure, string goal, Func<Engine, double> value) =>
            output.WriteLine($"| {measure} | {goal} | " + string.Join(" | ", engines.Select(e => value(e).ToString("0.00", c))) + " |");
    }

    internal static string Share(int n, int of) => string.Create(CultureInfo.InvariantCulture, $"{100.0 * n / of:0}%");

    internal static double Fraction(int[] queries, Func<int, bool> hit) => queries.Count(hit) / (double)queries.Length;

    private static ScoreCalibration FitCalibration(int[] fit, LabelledPair[] pairs, Func<int, int, double> raw, Dictionary<string, int> ordinalOf)
    {
        double Own(int q) => Math.Clamp(raw(q, ordinalOf[pairs[q].HomeText]), 0, 1);
        return ScoreCalibration.Fit(
            fit.Where(q => pairs[q].Expected == "accept").Select(Own),
            fit.Where(q => pairs[q].Expected == "review").Select(Own),
            fit.Where(q => pairs[q].Kind == "hard-negative").Select(Own));
    }

    // 1-based rank of the pair's home text among the engine's top 10, 0 when absent.
    internal static int RankOfHome(Engine engine, int q, LabelledPair[] pairs, Dictionary<string, int> ordinalOf, int homes)
    {
        var ranked = engine.Rank?.Invoke(q) ?? [.. Enumerable.Range(0, homes).OrderByDescending(h => engine.RankScore!(q, h)).ThenBy(h => h).Take(10)];
        return Array.IndexOf(ranked, ordinalOf[pairs[q].HomeText]) + 1;
    }

    internal sealed record Engine(string Name, Func<int, int, double> Score, Func<int, int, double>? RankScore)
    {
        public Func<int, int[]>? Rank { get; init; }
    }
}
