using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Matching;

public sealed class UnitComparisonTests
{
    private static readonly CatalogueEntry[] Home =
    [
        CatalogueEntry.Create("home-1", "Prepares hot dishes using boiling, braising, frying and roasting."),
        CatalogueEntry.Create("home-2", "Prepares cold starters and salads."),
        CatalogueEntry.Create("home-3", "Describes the allergens that must be declared."),
    ];

    [Fact]
    public void ToString_NamesOutcomesByIdWithRoundedScores_AndTheHomeOutcomesWithoutEvidence()
    {
        // A host outcome worded as a home outcome evidences it fully; the other two home outcomes get no host outcome.
        var comparison = UnitComparison.Compare([CatalogueEntry.Create("h1", "Prepares cold starters and salads.")], Home);

        CultureScope.Run("fi-FI", comparison.ToString).Should().Be(
            "1 host outcome, 3 home outcomes: 1 assigned, total similarity 1.00\n" +
            "  home-1: no host outcome evidences it\n" +
            "  h1 → home-2: similarity 1.00, coverage 1.00\n" +
            "  home-3: no host outcome evidences it");
    }

    [Fact]
    public void Assignment_ToString_NamesHostAndHomeOutcomeByIdWithRoundedScores()
    {
        var host = new[]
        {
            CatalogueEntry.Create("h1", "Prepares salads."),
            CatalogueEntry.Create("h2", "Prepares hot dishes using boiling, braising, frying and roasting."),
        };
        var assignment = UnitComparison.Compare(host, Home).GetAssignment(0)!;

        (assignment.Host.Id, assignment.Home.Id).Should().Be(("h2", "home-1"));
        CultureScope.Run("fi-FI", assignment.ToString).Should().Be("h2 → home-1: similarity 1.00, coverage 1.00");
    }

    [Fact]
    public void Compare_GreedyWouldBeWrong_AssignsForTheHighestTotal()
    {
        // The first host outcome is the best match of both home outcomes; greedy would give it home-a and leave the
        // second host outcome (which only fits home-a) with nothing.
        var home = new[]
        {
            CatalogueEntry.Create("home-a", "Braises and roasts meat."),
            CatalogueEntry.Create("home-b", "Fries fish and vegetables in oil."),
        };
        var host = new[]
        {
            CatalogueEntry.Create("host-1", "Braises and roasts meat, fries fish and vegetables."),
            CatalogueEntry.Create("host-2", "Braises meat in a pot with stock and herbs."),
        };
        var comparison = UnitComparison.Compare(host, home);

        var greedyFirst = comparison.GetScore(0, 0).Similarity >= comparison.GetScore(0, 1).Similarity ? 0 : 1;
        comparison.GetScore(0, greedyFirst).Similarity.Should().BeGreaterThan(comparison.GetScore(1, greedyFirst).Similarity,
            "the case is only interesting when greedy picks host-1 first");
        var greedyTotal = comparison.GetScore(0, greedyFirst).Similarity + comparison.GetScore(1, 1 - greedyFirst).Similarity;

        comparison.TotalSimilarity.Should().BeGreaterThan(greedyTotal);
        comparison.GetAssignment(0)!.HostIndex.Should().Be(1);
        comparison.GetAssignment(1)!.HostIndex.Should().Be(0);
    }

    [Fact]
    public void Compare_GivesPerHomeOutcomeCoverage_AndNothingForUnevidencedOutcomes()
    {
        var host = new[]
        {
            CatalogueEntry.Create("h1", "Prepares hot dishes using boiling, braising, frying and roasting, in a restaurant kitchen."),
            CatalogueEntry.Create("h2", "Prepares salads and cold starters."),
        };
        var comparison = UnitComparison.Compare(host, Home);

        comparison.Assignments.Select(a => (a.HostIndex, a.HomeIndex)).Should().Equal((0, 0), (1, 1));
        comparison.GetCoverage(0).Should().BeApproximately(1, 1e-6);
        comparison.GetSimilarity(1).Should().BeGreaterThanOrEqualTo(ScoreCalibration.AcceptThreshold);
        comparison.GetAssignment(2).Should().BeNull();
        comparison.GetCoverage(2).Should().Be(0);
        comparison.GetScore(0, 2).Similarity.Should().Be(0);
    }

    [Fact]
    public void Compare_WithAHomeIndex_UsesTheChosenOrdinals()
    {
        var index = OutcomeIndex.Build(Home);
        var comparison = UnitComparison.Compare([CatalogueEntry.Create("h", "Describes allergens to be declared.")], index, [2, 0]);
        comparison.HomeOutcomes.Select(h => h.Id).Should().Equal("home-3", "home-1");
        comparison.GetAssignment(0)!.Match.Ordinal.Should().Be(2);
    }

    [Fact]
    public void Compare_ThirtyByThirty_AssignsEveryHostOutcomeOnce()
    {
        var random = new Random(5);
        var words = "prepares cooks hot cold dishes salads starters desserts sauces soups meat fish vegetables hygiene rules kitchen service recipes boiling frying roasting braising".Split(' ');
        CatalogueEntry Outcome(string id) => CatalogueEntry.Create(id, string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)])));
        var home = Enumerable.Range(0, 30).Select(i => Outcome($"home{i}")).ToArray();
        var host = Enumerable.Range(0, 30).Select(i => Outcome($"host{i}")).ToArray();
        // Speed is measured by UnitComparisonBenchmarks (30x30), not asserted here.
        var comparison = UnitComparison.Compare(host, home);
        comparison.Assignments.Should().HaveCount(30);
        comparison.Assignments.Select(a => a.HostIndex).Should().OnlyHaveUniqueItems();
        comparison.Assignments.Select(a => a.HomeIndex).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Compare_NullOrEmptyInputs_Throw()
    {
        FluentActions.Invoking(() => UnitComparison.Compare(null!, Home)).Should().Throw<ArgumentNullException>().WithParameterName("hostOutcomes");
        FluentActions.Invoking(() => UnitComparison.Compare([], Home)).Should().Throw<ArgumentException>().WithParameterName("hostOutcomes");
        FluentActions.Invoking(() => UnitComparison.Compare(Home, (IEnumerable<CatalogueEntry>)[])).Should().Throw<ArgumentException>().WithParameterName("homeOutcomes");
        FluentActions.Invoking(() => UnitComparison.Compare(Home, OutcomeIndex.Build(Home), [0, 0])).Should().Throw<ArgumentException>().WithParameterName("homeOrdinals");
        FluentActions.Invoking(() => UnitComparison.Compare(Home, OutcomeIndex.Build(Home), [3])).Should().Throw<ArgumentException>().WithParameterName("homeOrdinals");
        FluentActions.Invoking(() => UnitComparison.Compare(Home, Home).GetCoverage(3)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("homeIndex");
    }
}
