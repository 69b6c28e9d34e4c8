using System.Globalization;
using Ecvet.Matching;
using Ecvet.Matching.Semantic;
using Ecvet.Tests.Matching;

namespace Ecvet.Benchmarks.Matching;

/// <summary>
/// <c>--semantic-quality --cv</c>: repeated stratified k-fold cross-validation, on all the older labelled pairs
/// (<see cref="LabelledSet.Pairs"/>, both halves; never the holdout pairs), of the hybrid's meaning calibration with each
/// <see cref="MeaningCalibration.DifferenceWeight"/> of a small grid (0 is the library's default method, refitted the
/// same way), and the choice among them by the rule fixed below; then the chosen weight's knots fitted on all the older
/// pairs (the values of <see cref="MeaningCalibration.Default"/>, named <c>Differences</c> in the plan). Prints markdown; writes nothing to disk.
/// </summary>
/// <remarks>
/// Each pair's evidence against every home text (calibrated word similarity, embedding cosine, difference cosine) is
/// read once from <see cref="OutcomeIndex.Explain(string, int)"/> of an index that computes the difference cosine of every
/// pair sharing words; a fold then fits the knots on its training pairs (<c>MeaningCalibration.Fit</c>: no hard negative
/// accepted, at most 10% sent to review) and scores its held-out pairs as the index would: the larger of word
/// similarity and meaning (<see cref="MeaningCalibration.Apply(double, double?)"/>), ranking every home text by that,
/// ties by ordinal (the index's order of ids).
/// </remarks>
public static class SemanticCrossValidation
{
    /// <summary>The weights tried.</summary>
    public static readonly double[] Weights = [0, 0.25, 0.5, 0.75];

    /// <summary>The fitting margins tried: each training hard negative's (pulled) cosine is raised by this much before
    /// the knots are fitted, so that the accept knot keeps that distance above every look-alike seen.</summary>
    public static readonly double[] Margins = [0, 0.02, 0.04, 0.06];

    /// <summary>Folds per repeat.</summary>
    public const int Folds = 5;

    /// <summary>Repeats, each with its own seeded shuffle.</summary>
    public const int Repeats = 10;

    /// <summary>The seed of the first repeat's shuffle (repeat r uses Seed + r).</summary>
    public const int Seed = 20261203;

    /// <summary>The most hard negatives a chosen setting may accept, cross-validated: one in 500.</summary>
    public const double MaxAccepted = 0.002;

    /// <summary>The most hard negatives a chosen setting may send to review, cross-validated (the issue's goal).</summary>
    public const double MaxReview = 0.10;

    /// <summary>Runs the cross-validation and writes the figures.</summary>
    public static int Run(TextWriter output)
    {
        var pairs = LabelledSet.Pairs.Where(p => p.Kind != "other-language").ToArray();
        var homes = LabelledSet.HomeTexts();
        var ordinalOf = homes.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i, StringComparer.Ordinal);
        using var embedder = SentenceEmbedder.CreateDefault();
        var hosts = pairs.Select(p => p.HostText).ToArray();
        var remembering = RememberingEmbedder.Embed(embedder, homes, hosts, out var homeVectors, out _);

        // Knots do not matter here: only the evidence is read, and any weight above 0 computes every difference.
        var index = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)),
            OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.Create(0.5, 0.7, 1) }, remembering, homeVectors);
        var words = new double[pairs.Length, homes.Count];
        var cosine = new double[pairs.Length, homes.Count];
        var difference = new double?[pairs.Length, homes.Count];
        for (var q = 0; q < pairs.Length; q++)
        {
            for (var h = 0; h < homes.Count; h++)
            {
                var explanation = index.Explain(pairs[q].HostText, h);
                words[q, h] = explanation.WordSimilarity;
                cosine[q, h] = explanation.EmbeddingCosine ?? 0;
                difference[q, h] = explanation.DifferenceCosine;
            }

            if (q % 50 == 49)
            {
                Console.Error.WriteLine($"{q + 1} of {pairs.Length} queries explained.");
            }
        }

        (double, double, double?) Evidence(int q)
        {
            var h = ordinalOf[pairs[q].HomeText];
            return (words[q, h], cosine[q, h], difference[q, h]);
        }

        MeaningCalibration FitOn(IEnumerable<int> train, double weight, double margin)
        {
            var t = train.ToArray();
            return MeaningCalibration.Fit(
                t.Where(q => pairs[q].Expected == "accept").Select(Evidence),
                t.Where(q => pairs[q].Expected == "review").Select(Evidence),
                t.Where(q => pairs[q].Kind == "hard-negative").Select(q => Raised(Evidence(q), margin)), weight);
        }

        var c = CultureInfo.InvariantCulture;
        var results = new List<Result>();
        foreach (var (weight, margin) in Weights.SelectMany(w => Margins.Select(m => (w, m))))
        {
            var result = new Result(weight, margin);
            for (var r = 0; r < Repeats; r++)
            {
                var fold = StratifiedFolds(pairs, Seed + r);
                var repeat = new Counts();
                for (var f = 0; f < Folds; f++)
                {
                    var calibration = FitOn(Enumerable.Range(0, pairs.Length).Where(q => fold[q] != f), weight, margin);
                    result.Knots.Add((calibration.RawReview, calibration.RawAccept));
                    foreach (var q in Enumerable.Range(0, pairs.Length).Where(q => fold[q] == f))
                    {
                        double Score(int h) => Math.Max(words[q, h], calibration.Apply(cosine[q, h], difference[q, h]));
                        var own = ordinalOf[pairs[q].HomeText];
                        var score = Score(own);
                        switch (pairs[q].Kind)
                        {
                            case "equivalent-low-overlap" or "equivalent-high-overlap":
                                var rank = 1 + Enumerable.Range(0, homes.Count).Count(h => h != own && (Score(h) > score || (Score(h) == score && h < own)));
                                repeat.Add(pairs[q].Kind, rank == 1, rank <= 5, score);
                                break;
                            default:
                                repeat.Add(pairs[q].Kind, false, false, score);
                                break;
                        }
                    }
                }

                result.Repeats.Add(repeat);
            }

            results.Add(result);
        }

        // The rule: hard negatives accepted at most MaxAccepted and sent to review at most MaxReview (cross-validated);
        // among those, the best low-overlap P@1 (to 0.01), then Recall@5 (to 0.01), then the most low-overlap equivalents
        // reaching review, then the fewest hard negatives to review, then the smaller weight and margin. (A first rule,
        // "fewest hard negatives accepted" before anything else, chose a calibration whose knots sit above nearly every
        // cosine, 0.89 and 0.90: meaning would then decide almost nothing, one look-alike in 520 fewer accepted.)
        var chosen = results
            .Where(x => x.Rate("hard-negative", s => s.Accepted) <= MaxAccepted && x.Rate("hard-negative", s => s.Reviewed) <= MaxReview)
            .OrderByDescending(x => Math.Round(x.Rate("equivalent-low-overlap", s => s.Top1), 2))
            .ThenByDescending(x => Math.Round(x.Rate("equivalent-low-overlap", s => s.Top5), 2))
            .ThenByDescending(x => x.Rate("equivalent-low-overlap", s => s.Reached))
            .ThenBy(x => x.Rate("hard-negative", s => s.Reviewed))
            .ThenBy(x => x.Weight)
            .ThenBy(x => x.Margin)
            .FirstOrDefault() ?? results[0];

        output.WriteLine("# Cross-validated meaning calibrations on the older labelled pairs");
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Pairs: {pairs.Length} of {LabelledSet.FirstFile} and {LabelledSet.HostVoiceFile} (both halves, without other-language); catalogue: their {homes.Count} distinct home texts. Model: {embedder.ModelName}."));
        output.WriteLine(string.Create(c, $"{Repeats} × {Folds}-fold cross-validation stratified by kind (seeds {Seed}–{Seed + Repeats - 1}); each fold's knots fitted on the other four folds with `MeaningCalibration.Fit` (no hard negative accepted, at most 10% sent to review), the training hard negatives' cosines raised by the margin. Figures pooled over every held-out pair of every repeat; in brackets the lowest and highest repeat."));
        var withDifference = Enumerable.Range(0, pairs.Length).Count(q => difference[q, ordinalOf[pairs[q].HomeText]] is not null);
        output.WriteLine(string.Create(c, $"Pairs whose own texts share content words and each say something the other does not (a difference cosine): {withDifference} of {pairs.Length}; by kind: {string.Join(", ", pairs.Select((p, q) => (p.Kind, q)).GroupBy(x => x.Kind).Select(g => $"{g.Key} {g.Count(x => difference[x.q, ordinalOf[pairs[x.q].HomeText]] is not null)}/{g.Count()}"))}."));
        output.WriteLine();
        output.WriteLine("| Difference weight | Margin | Low-overlap P@1 | Low-overlap R@5 | High-overlap P@1 | Low-overlap reaching review | Hard negatives accepted | Hard negatives to review | Partials to review (not accepted) | Knots (review, accept; median over folds) |");
        output.WriteLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        foreach (var x in results)
        {
            output.WriteLine(string.Create(c, $"| {x.Weight:0.00}{(x == chosen ? " (chosen)" : "")} | {x.Margin:0.00} | {x.Show("equivalent-low-overlap", s => s.Top1)} | {x.Show("equivalent-low-overlap", s => s.Top5)} | {x.Show("equivalent-high-overlap", s => s.Top1)} | {x.Show("equivalent-low-overlap", s => s.Reached)} | {x.Show("hard-negative", s => s.Accepted)} | {x.Show("hard-negative", s => s.Reviewed)} | {x.Show("partial", s => s.Reviewed)} | {Median(x.Knots.Select(k => k.Review)):0.00}, {Median(x.Knots.Select(k => k.Accept)):0.00} |"));
        }

        var all = Enumerable.Range(0, pairs.Length).ToArray();
        var final = FitOn(all, chosen.Weight, chosen.Margin);
        output.WriteLine();
        output.WriteLine(string.Create(c, $"Rule: hard negatives accepted at most {MaxAccepted:0.000} and sent to review at most {MaxReview:0.00}; among those, the best low-overlap P@1, then Recall@5 (both to 0.01), then the most low-overlap equivalents reaching review, then the fewest hard negatives to review, then the smaller weight and margin. Chosen: weight {chosen.Weight:0.00}, margin {chosen.Margin:0.00}."));
        output.WriteLine(string.Create(c, $"Fitted on all {pairs.Length} older pairs with that weight and margin: {final} (`MeaningCalibration.Default`, named `Differences` in the plan, is {MeaningCalibration.Default})."));
        var hard = all.Where(q => pairs[q].Kind == "hard-negative").Select(q => Math.Max(Evidence(q).Item1, final.Apply(Evidence(q).Item2, Evidence(q).Item3))).ToArray();
        output.WriteLine(string.Create(c, $"On the pairs it was fitted on (not a test): {hard.Count(s => s >= ScoreCalibration.AcceptThreshold)} of {hard.Length} hard negatives accepted, {hard.Count(s => s is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold)} sent to review."));
        // The calibration shipped when the plan was made, MeaningCalibration.WholeTexts since.
        var shipped = MeaningCalibration.WholeTexts;
        double Shipped(int q, int h) => Math.Max(words[q, h], shipped.Apply(cosine[q, h]));
        int RankShipped(int q)
        {
            var own = ordinalOf[pairs[q].HomeText];
            return 1 + Enumerable.Range(0, homes.Count).Count(h => h != own && (Shipped(q, h) > Shipped(q, own) || (Shipped(q, h) == Shipped(q, own) && h < own)));
        }

        var lowAll = all.Where(q => pairs[q].Kind == "equivalent-low-overlap").ToArray();
        var hardShipped = all.Where(q => pairs[q].Kind == "hard-negative").Select(q => Shipped(q, ordinalOf[pairs[q].HomeText])).ToArray();
        output.WriteLine(string.Create(c, $"For reference, the calibration then shipped, `MeaningCalibration.WholeTexts` ({shipped}, fitted on the fit half, so half of these pairs are its own) on all {pairs.Length} older pairs: low-overlap P@1 {lowAll.Count(q => RankShipped(q) == 1) / (double)lowAll.Length:0.000}, Recall@5 {lowAll.Count(q => RankShipped(q) <= 5) / (double)lowAll.Length:0.000}, low-overlap reaching review {lowAll.Count(q => Shipped(q, ordinalOf[pairs[q].HomeText]) >= ScoreCalibration.ReviewThreshold) / (double)lowAll.Length:0.000}, hard negatives accepted {hardShipped.Count(s => s >= ScoreCalibration.AcceptThreshold)} of {hardShipped.Length}, sent to review {hardShipped.Count(s => s is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold)}."));
        return 0;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    // Fold of each pair: within each kind, pairs in a seeded random order are dealt to the folds in turn.
    private static int[] StratifiedFolds(LabelledPair[] pairs, int seed)
    {
        var random = new Random(seed);
        var fold = new int[pairs.Length];
        foreach (var kind in Enumerable.Range(0, pairs.Length).GroupBy(q => pairs[q].Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var members = kind.ToArray();
            random.Shuffle(members);
            for (var i = 0; i < members.Length; i++)
            {
                fold[members[i]] = i % Folds;
            }
        }

        return fold;
    }

    private static (double, double, double?) Raised((double Words, double Cosine, double? Difference) pair, double margin) =>
        (pair.Words, Math.Min(1, pair.Cosine + margin), pair.Difference is { } d ? Math.Min(1, d + margin) : null);

    private sealed class Result(double weight, double margin)
    {
        public double Weight { get; } = weight;

        public double Margin { get; } = margin;

        public List<Counts> Repeats { get; } = [];

        public List<(double Review, double Accept)> Knots { get; } = [];

        public double Rate(string kind, Func<Tally, int> hit) => Counts.Rate(Repeats.Select(r => r.Of(kind)).Aggregate(Tally.Sum), hit);

        public string Show(string kind, Func<Tally, int> hit)
        {
            var perRepeat = Repeats.Select(r => Counts.Rate(r.Of(kind), hit)).ToArray();
            return string.Create(CultureInfo.InvariantCulture, $"{Rate(kind, hit):0.000} [{perRepeat.Min():0.00}–{perRepeat.Max():0.00}]");
        }
    }

    private sealed class Counts
    {
        private readonly Dictionary<string, Tally> _byKind = new(StringComparer.Ordinal);

        public void Add(string kind, bool top1, bool top5, double score)
        {
            kind = kind is "narrower" or "broader" ? "partial" : kind;
            var t = _byKind.GetValueOrDefault(kind);
            _byKind[kind] = t with
            {
                Pairs = t.Pairs + 1,
                Top1 = t.Top1 + (top1 ? 1 : 0),
                Top5 = t.Top5 + (top5 ? 1 : 0),
                Accepted = t.Accepted + (score >= ScoreCalibration.AcceptThreshold ? 1 : 0),
                Reviewed = t.Reviewed + (score is >= ScoreCalibration.ReviewThreshold and < ScoreCalibration.AcceptThreshold ? 1 : 0),
                Reached = t.Reached + (score >= ScoreCalibration.ReviewThreshold ? 1 : 0),
            };
        }

        public Tally Of(string kind) => _byKind.GetValueOrDefault(kind);

        public static double Rate(Tally t, Func<Tally, int> hit) => t.Pairs == 0 ? 0 : hit(t) / (double)t.Pairs;
    }

    private readonly record struct Tally(int Pairs, int Top1, int Top5, int Accepted, int Reviewed, int Reached)
    {
        public static Tally Sum(Tally a, Tally b) =>
            new(a.Pairs + b.Pairs, a.Top1 + b.Top1, a.Top5 + b.Top5, a.Accepted + b.Accepted, a.Reviewed + b.Reviewed, a.Reached + b.Reached);
    }
}
