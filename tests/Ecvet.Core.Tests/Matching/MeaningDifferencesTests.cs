using System.Globalization;
using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

/// <summary>An index whose meaning also weighs what the two texts say differently
/// (<see cref="MeaningCalibration.DifferenceWeight"/>), on a small hand-made catalogue with the deterministic
/// <see cref="ConceptEmbedder"/>.</summary>
public sealed class MeaningDifferencesTests
{
    private static readonly string[][] Concepts =
    [
        ["prepares", "makes"],
        ["sauces", "dressings"],
        ["desserts", "pastries"],
        ["recipes", "instructions"],
        ["buffet"],
    ];

    private static readonly CatalogueEntry[] Home =
    [
        CatalogueEntry.Create("h0", "Prepares sauces following recipes"),
        CatalogueEntry.Create("h1", "Makes pastries from instructions for the buffet"),
        CatalogueEntry.Create("h2", "Prepares the buffet"),
    ];

    private static readonly MeaningCalibration Calibration = MeaningCalibration.Create(0.6, 0.78, 0.5);

    // Shares prepares, following and recipes with h0; differs in what is prepared.
    private const string LookAlike = "Prepares desserts following recipes";

    [Fact]
    public void Explain_LookAlike_MeaningPulledDownByWhatDiffers()
    {
        var embedder = new ConceptEmbedder(Concepts);
        var plain = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.WholeTexts }, embedder).Explain(LookAlike, 0);
        var differences = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder).Explain(LookAlike, 0);

        plain.DifferenceCosine.Should().BeNull("the whole texts' calibration does not weigh differences");
        plain.MeaningSimilarity.Should().BeApproximately(MeaningCalibration.WholeTexts.Apply(2 / 3.0), 1e-6);

        differences.EmbeddingCosine.Should().BeApproximately(2 / 3.0, 1e-6, "prepares and recipes of three concepts each");
        differences.DifferenceCosine.Should().BeApproximately(0, 1e-6, "desserts against sauces");
        differences.MeaningSimilarity.Should().BeApproximately(Calibration.Apply(1 / 3.0), 1e-6, "2/3 − 0.5 × (2/3 − 0)");
        differences.WordSimilarity.Should().Be(plain.WordSimilarity);
        differences.Similarity.Should().Be(Math.Max(differences.WordSimilarity, differences.MeaningSimilarity));
        differences.ToString().Should().Contain(string.Create(CultureInfo.InvariantCulture,
            $"from meaning {differences.MeaningSimilarity:0.00} (embedding cosine 0.667, of what differs 0.000)"));
    }

    [Theory]
    [InlineData("Makes dressings according to instructions", 0)] // shares no content word: differs as a whole
    [InlineData("Prepares sauces", 0)] // every word of the query is in the entry: narrower, not different
    public void Explain_NoDifferenceToWeigh_MeaningAsWithoutWeight(string query, int ordinal)
    {
        var embedder = new ConceptEmbedder(Concepts);
        var index = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder);
        var explanation = index.Explain(query, ordinal);

        explanation.DifferenceCosine.Should().BeNull();
        explanation.MeaningSimilarity.Should().BeApproximately(Calibration.Apply(explanation.EmbeddingCosine!.Value), 1e-12);
    }

    [Fact]
    public void Match_WithDifferences_AgreesWithComparingEveryEntry()
    {
        var embedder = new ConceptEmbedder(Concepts);
        var index = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder);
        foreach (var text in new[] { LookAlike, "Makes dressings according to instructions", "Prepares pastries for the buffet", "Prepares sauces" })
        {
            var query = CatalogueEntry.Create("q", text);
            var expected = Enumerable.Range(0, Home.Length).Select(h => index.Compare(query, h))
                .Where(m => m.Similarity > 0).OrderByDescending(m => m.Similarity).ThenBy(m => Home[m.Ordinal].Id, StringComparer.Ordinal).ToArray();

            // The fast path scores words in single precision, the cold path in double: equal to rounding.
            var matches = index.Match(query, Home.Length);
            matches.Select(m => m.Ordinal).Should().Equal(expected.Select(m => m.Ordinal), text);
            matches.Select(m => m.Similarity).Should().Equal(expected.Select(m => m.Similarity), (a, b) => Math.Abs(a - b) < 1e-6, text);
            index.Match(text, Home.Length).Select(m => m.Similarity).Should().Equal(
                Enumerable.Range(0, Home.Length).Select(h => index.Explain(text, h).Similarity).Where(s => s > 0).OrderDescending(),
                (a, b) => Math.Abs(a - b) < 1e-6, text);
        }
    }

    [Fact]
    public void Compare_WithDifferences_EmbedsOnlyTheDifferencesThatCanChangeAPair_InOneBatch()
    {
        var embedder = new ConceptEmbedder(Concepts);
        var index = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder);
        var before = (embedder.Embedded, embedder.Batches);

        UnitComparison.Compare([CatalogueEntry.Create("q", LookAlike)], index);

        // The query once, then h2's two differences ("desserts following recipes" / "buffet") in one batch. h1 shares no
        // content word; h0 ("Prepares sauces following recipes") shares three, and its meaning, even undiminished, does
        // not exceed its shared words, so what differs cannot change it and is not embedded.
        (embedder.Embedded - before.Embedded).Should().Be(3);
        (embedder.Batches - before.Batches).Should().Be(1);
        var h0 = index.Explain(CatalogueEntry.Create("q", LookAlike), 0);
        h0.DifferenceCosine.Should().NotBeNull("explained, the difference is weighed all the same");
        Calibration.Apply(h0.EmbeddingCosine!.Value).Should().BeLessThanOrEqualTo(h0.WordSimilarity);
        var h2 = index.Explain(CatalogueEntry.Create("q", LookAlike), 2);
        Calibration.Apply(h2.EmbeddingCosine!.Value).Should().BeGreaterThan(h2.WordSimilarity);
    }

    // A catalogue where some pairs are decided by their words (their differences need not be embedded) and others by
    // their meaning (they must be).
    private static readonly CatalogueEntry[] Wider =
    [
        .. Home,
        CatalogueEntry.Create("h3", "Prepares sauces and desserts following recipes"),
        CatalogueEntry.Create("h4", "Makes dressings for the buffet"),
        CatalogueEntry.Create("h5", "Prepares pastries following instructions"),
        CatalogueEntry.Create("h6", "Cleans the buffet following instructions"),
    ];

    private static readonly string[] WiderQueries =
    [
        LookAlike,
        "Prepares sauces following recipes",
        "Makes pastries for the buffet",
        "Prepares dressings following instructions",
        "Cleans and prepares the buffet",
        "Makes sauces",
    ];

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.25)]
    [InlineData(1.0)]
    public void Results_SkippingAndBatchingDifferences_SameAsWeighingEveryPair(double weight)
    {
        var calibration = MeaningCalibration.Create(0.6, 0.78, weight);
        var options = OutcomeIndexOptions.Default with { MeaningCalibration = calibration };

        // Explain weighs the difference of every pair that has one, one by one, on its own index: the plain reference.
        var reference = OutcomeIndex.Build(Wider, options, new ConceptEmbedder(Concepts));
        var expected = new OutcomeMatch[WiderQueries.Length, Wider.Length];
        for (var i = 0; i < WiderQueries.Length; i++)
        {
            for (var j = 0; j < Wider.Length; j++)
            {
                expected[i, j] = reference.Explain(CatalogueEntry.Create("q" + i, WiderQueries[i]), j).Match;
            }
        }

        var embedder = new ConceptEmbedder(Concepts);
        var index = OutcomeIndex.Build(Wider, options, embedder);
        var built = embedder.Embedded;
        var queries = WiderQueries.Select((t, i) => CatalogueEntry.Create("q" + i, t)).ToArray();
        var comparison = UnitComparison.Compare(queries, index);
        var embeddedByComparison = embedder.Embedded - built;
        for (var i = 0; i < queries.Length; i++)
        {
            for (var j = 0; j < Wider.Length; j++)
            {
                comparison.GetScore(i, j).Should().Be(expected[i, j], $"{WiderQueries[i]} / {Wider[j].Text}");
                index.Compare(queries[i], j).Should().Be(expected[i, j]);
            }

            // The fast path scores words in single precision: equal to rounding. A small top has a floor below which
            // differences are left out (EmbeddingPlan).
            var ranked = Enumerable.Range(0, Wider.Length).Select(j => expected[i, j]).Where(m => m.Similarity > 0)
                .OrderByDescending(m => m.Similarity).ThenBy(m => Wider[m.Ordinal].Id, StringComparer.Ordinal).ToArray();
            foreach (var top in new[] { 1, 2, 3, Wider.Length })
            {
                var best = ranked.Take(top).ToArray();
                var matches = index.Match(queries[i], top);
                matches.Select(m => m.Ordinal).Should().Equal(best.Select(m => m.Ordinal), $"{WiderQueries[i]}, top {top}");
                matches.Select(m => m.Similarity).Should().Equal(best.Select(m => m.Similarity), (a, b) => Math.Abs(a - b) < 1e-6, WiderQueries[i]);
                matches.Select(m => m.Evidence).Should().Equal(best.Select(m => m.Evidence), WiderQueries[i]);
                index.Match(WiderQueries[i], top).Select(m => m.Similarity).Should().Equal(
                    Enumerable.Range(0, Wider.Length).Select(j => reference.Explain(WiderQueries[i], j).Similarity).Where(s => s > 0).OrderDescending().Take(top),
                    (a, b) => Math.Abs(a - b) < 1e-6, WiderQueries[i]);
            }
        }

        // The data has both kinds of pair sharing words: those whose undiminished meaning exceeds their words (the
        // difference is weighed) and those whose words decide (it is skipped).
        var explained = queries.SelectMany(q => Enumerable.Range(0, Wider.Length).Select(j => reference.Explain(q, j)))
            .Where(e => e.DifferenceCosine is not null).ToArray();
        explained.Should().Contain(e => calibration.Apply(e.EmbeddingCosine!.Value) > e.WordSimilarity);
        explained.Should().Contain(e => calibration.Apply(e.EmbeddingCosine!.Value) <= e.WordSimilarity);
        embeddedByComparison.Should().BeGreaterThan(queries.Length, "some differences can change a pair");
    }
}
