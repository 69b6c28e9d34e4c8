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
        var plain = OutcomeIndex.Build(Home, null, embedder).Explain(LookAlike, 0);
        var differences = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder).Explain(LookAlike, 0);

        plain.DifferenceCosine.Should().BeNull("the default calibration does not weigh differences");
        plain.MeaningSimilarity.Should().BeApproximately(MeaningCalibration.Default.Apply(2 / 3.0), 1e-6);

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
    public void Compare_WithDifferences_EmbedsEachDifferenceOncePerQuery()
    {
        var embedder = new ConceptEmbedder(Concepts);
        var index = OutcomeIndex.Build(Home, OutcomeIndexOptions.Default with { MeaningCalibration = Calibration }, embedder);
        var before = embedder.Embedded;

        UnitComparison.Compare([CatalogueEntry.Create("q", LookAlike)], index);

        // The query once, then for h0 (desserts / sauces) and h2 (desserts following recipes / buffet) two differences
        // each; h1 shares no content word.
        (embedder.Embedded - before).Should().Be(5);
    }
}
