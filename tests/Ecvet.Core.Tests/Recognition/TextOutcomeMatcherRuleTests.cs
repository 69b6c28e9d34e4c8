using System.Collections.Immutable;
using Ecvet.Matching;
using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="TextOutcomeMatcher"/>: its arguments, empty sides and the pairs it returns.</summary>
public sealed class TextOutcomeMatcherRuleTests
{
    private static ImmutableArray<LearningOutcome> HostSide() => HostUnits().Units[0].LearningOutcomes;

    private static ImmutableArray<LearningOutcome> HomeSide() => Qualification().Units.Units.Single(u => u.Id == U3Id).LearningOutcomes;

    private static readonly UnitId U3Id = UnitId.Parse("fi-cook-u3");

    [Fact]
    public void Create_NullOptions_NamesThem()
    {
        var act = () => TextOutcomeMatcher.Create(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Match_NullSide_NamesIt()
    {
        var host = () => TextOutcomeMatcher.Default.Match(null!, HomeSide());
        var home = () => TextOutcomeMatcher.Default.Match(HostSide(), null!);

        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("hostOutcomes");
        home.Should().ThrowExactly<ArgumentNullException>().WithParameterName("homeOutcomes");
    }

    [Fact]
    public void Match_AnEmptySide_PairsNothing()
    {
        TextOutcomeMatcher.Default.Match([], HomeSide()).Should().BeEmpty();
        TextOutcomeMatcher.Default.Match(HostSide(), []).Should().BeEmpty();
    }

    [Fact]
    public void Match_TheSameStatementsInOrder_PairsEachWithItsTwin()
    {
        var pairs = TextOutcomeMatcher.Default.Match(HostSide(), HomeSide());

        pairs.Select(p => (p.HostIndex, p.HomeIndex)).Should().BeEquivalentTo([(0, 0), (1, 1), (2, 2), (3, 3)]);
        pairs.Should().OnlyContain(p => p.Similarity > 0.5 && p.Similarity <= 1);
        pairs.Single(p => p.HostIndex == 0).Similarity.Should().BeApproximately(1, 1e-9);
    }

    [Fact]
    public void Match_WithOptions_UsesThem()
    {
        var matcher = TextOutcomeMatcher.Create(OutcomeIndexOptions.Default);

        matcher.Match(HostSide(), HomeSide()).Should().Equal(TextOutcomeMatcher.Default.Match(HostSide(), HomeSide()));
    }
}
