using Ecvet.Tests.Matching;

namespace Ecvet.Matching.Semantic.Tests;

/// <summary>With the built-in model and <see cref="MeaningCalibration.Default"/> (which weighs what two texts say
/// differently), outcome queries and unit comparisons skip the differences that cannot change a pair and embed the others
/// in one batch per query: their results are those of <see cref="OutcomeIndex.Explain(CatalogueEntry, int)"/>, which
/// weighs the difference of every pair one by one.</summary>
[Collection(DefaultEmbedderGroup.Name)]
public sealed class MeaningDifferencesShortcutTests(DefaultEmbedder fixture)
{
    [Fact]
    public void MatchAndCompare_RealPairs_SameAsWeighingEveryDifference()
    {
        // A small real set: the first pairs of the test half, their home texts as the catalogue, their host texts as queries.
        var pairs = LabelledSet.Test.Where(p => p.Kind != "other-language").Take(16).ToArray();
        var homes = pairs.Select(p => p.HomeText).Distinct(StringComparer.Ordinal)
            .Select((text, i) => CatalogueEntry.Create($"home-{i:00}", text)).ToArray();
        var hosts = pairs.Select((p, i) => CatalogueEntry.Create($"host-{i:00}", p.HostText)).ToArray();
        var index = OutcomeIndex.Build(homes, null, fixture.Embedder);
        index.Options.MeaningCalibration.Should().BeSameAs(MeaningCalibration.Default);

        var explained = hosts.Select(h => homes.Select((_, j) => index.Explain(h, j)).ToArray()).ToArray();
        var comparison = UnitComparison.Compare(hosts, index);

        // Batched and single embeddings agree to rounding, not bit for bit.
        for (var i = 0; i < hosts.Length; i++)
        {
            for (var j = 0; j < homes.Length; j++)
            {
                var expected = explained[i][j].Match;
                var actual = comparison.GetScore(i, j);
                actual.Similarity.Should().BeApproximately(expected.Similarity, 1e-5, $"{hosts[i].Text} / {homes[j].Text}");
                actual.Coverage.Should().BeApproximately(expected.Coverage, 1e-5);
                actual.Evidence.Should().Be(expected.Evidence);
            }

            var best = explained[i].Select(e => e.Match).Where(m => m.Similarity > 0)
                .OrderByDescending(m => m.Similarity).ThenBy(m => homes[m.Ordinal].Id, StringComparer.Ordinal).Take(5).ToArray();
            var matches = index.Match(hosts[i], 5);
            matches.Select(m => m.Ordinal).Should().Equal(best.Select(m => m.Ordinal), hosts[i].Text);
            matches.Select(m => m.Similarity).Should().Equal(best.Select(m => m.Similarity), (a, b) => Math.Abs(a - b) < 1e-5, hosts[i].Text);
        }

        // Both kinds of pair sharing words are there: those whose words decide (the difference is skipped) and those
        // whose meaning could (it is weighed).
        var weighed = explained.SelectMany(e => e).Where(e => e.DifferenceCosine is not null).ToArray();
        weighed.Should().Contain(e => MeaningCalibration.Default.Apply(e.EmbeddingCosine!.Value) > e.WordSimilarity);
        weighed.Should().Contain(e => MeaningCalibration.Default.Apply(e.EmbeddingCosine!.Value) <= e.WordSimilarity);
        weighed.Should().Contain(e => e.MeaningSimilarity < MeaningCalibration.Default.Apply(e.EmbeddingCosine!.Value), "some meaning is pulled down");
    }
}
