using Ecvet.Tests.Matching;

namespace Ecvet.Matching.Semantic.Tests;

/// <summary><see cref="MeaningCalibration.WholeTexts"/> is what <see cref="MeaningCalibration.Fit(IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, IEnumerable{ValueTuple{double, double}}, double)"/> gives for the built-in
/// model on the fit half of the labelled set, beside the default word calibration; <see cref="MeaningCalibration.Default"/>
/// what it gives on all the older pairs with the weight and margin of benchmarks/results/semantic-holdout-plan.md.</summary>
[Collection(DefaultEmbedderGroup.Name)]
public sealed class MeaningCalibrationFitTests(DefaultEmbedder fixture)
{
    [Fact]
    public void WholeTexts_IsTheFitOnTheFitHalf()
    {
        var pairs = LabelledSet.Fit.Where(p => p.Kind != "other-language").ToArray();
        var homes = LabelledSet.HomeTexts();
        var words = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)));
        var ordinal = homes.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i, StringComparer.Ordinal);
        var embedder = fixture.Embedder;
        var texts = pairs.SelectMany(p => new[] { p.HostText, p.HomeText }).ToArray();
        var vectors = new float[texts.Length * embedder.Dimension];
        embedder.EmbedBatch(texts, vectors);
        (double Words, double Cosine) Evidence(int i)
        {
            var host = vectors.AsSpan(2 * i * embedder.Dimension, embedder.Dimension);
            var home = vectors.AsSpan(((2 * i) + 1) * embedder.Dimension, embedder.Dimension);
            var cosine = 0.0;
            for (var d = 0; d < host.Length; d++)
            {
                cosine += host[d] * home[d];
            }

            return (words.Explain(pairs[i].HostText, ordinal[pairs[i].HomeText]).Similarity, Math.Clamp(cosine, -1, 1));
        }

        var indices = Enumerable.Range(0, pairs.Length).ToArray();
        var fitted = MeaningCalibration.Fit(
            indices.Where(i => pairs[i].Expected == "accept").Select(Evidence),
            indices.Where(i => pairs[i].Expected == "review").Select(Evidence),
            indices.Where(i => pairs[i].Kind == "hard-negative").Select(Evidence));

        fitted.Should().Be(MeaningCalibration.WholeTexts);
    }

    [Fact]
    public void Default_IsTheFitOnAllOlderPairsWithItsMargin()
    {
        const double margin = 0.04;
        var pairs = LabelledSet.Pairs.Where(p => p.Kind != "other-language").ToArray();
        var homes = LabelledSet.HomeTexts();
        var ordinal = homes.Select((text, i) => (text, i)).ToDictionary(x => x.text, x => x.i, StringComparer.Ordinal);

        // Any weight above 0 makes the index report every pair's difference cosine; the knots do not matter here.
        var index = OutcomeIndex.Build(homes.Select((text, i) => CatalogueEntry.Create($"home-{i:000}", text)),
            OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.Create(0.5, 0.7, 1) }, fixture.Embedder);
        (double Words, double Cosine, double? DifferenceCosine) Evidence(LabelledPair pair)
        {
            var explanation = index.Explain(pair.HostText, ordinal[pair.HomeText]);
            return (explanation.WordSimilarity, explanation.EmbeddingCosine!.Value, explanation.DifferenceCosine);
        }

        var fitted = MeaningCalibration.Fit(
            pairs.Where(p => p.Expected == "accept").Select(Evidence),
            pairs.Where(p => p.Expected == "review").Select(Evidence),
            pairs.Where(p => p.Kind == "hard-negative").Select(Evidence)
                .Select(e => (e.Words, Math.Min(1, e.Cosine + margin), e.DifferenceCosine + margin is { } d ? Math.Min(1, d) : (double?)null)),
            MeaningCalibration.Default.DifferenceWeight);

        fitted.Should().Be(MeaningCalibration.Default);
    }
}
