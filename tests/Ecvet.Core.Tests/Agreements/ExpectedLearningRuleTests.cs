using Ecvet.Agreements;
using static Ecvet.Tests.Agreements.Fixtures;

namespace Ecvet.Tests.Agreements;

/// <summary>The rules and text of <see cref="ExpectedLearning"/>, with their exact messages.</summary>
public sealed class ExpectedLearningRuleTests
{
    private static readonly LearningOutcomeId Outcome1 = LearningOutcomeId.Parse("fi-cook-u3-lo1");
    private static readonly LearningOutcomeId Outcome2 = LearningOutcomeId.Parse("fi-cook-u3-lo2");

    private static ExpectedLearning Create(IEnumerable<LearningOutcomeId>? outcomes, decimal points = 10, decimal allocation = 15) =>
        ExpectedLearning.Create(U3, outcomes, CreditPoints.From(points), CreditPoints.From(allocation), Arrangement);

    [Fact]
    public void Create_NullOutcome_ThrowsNamingOutcomes()
    {
        var act = () => Create([Outcome1, null!]);

        act.Should().Throw<ArgumentException>().WithMessage("The collection must not contain null.*").WithParameterName("outcomes");
    }

    [Fact]
    public void Create_OutcomeTwice_NamesIt()
    {
        var act = () => Create([Outcome1, Outcome1]);

        act.Should().Throw<DuplicateValueException>().WithMessage($"Duplicate learning outcome '{Outcome1}'.*").WithParameterName("outcomes");
    }

    [Fact]
    public void Create_PointsAboveTheAllocation_NamesBothAndTheUnit()
    {
        var act = () => Create(null, 15.5m, 15);

        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("The expected points (15.5) exceed the home allocation of unit fi-cook-u3 (15).*").WithParameterName("expectedPoints");
    }

    [Fact]
    public void ToString_WholeUnit_SaysSo() =>
        Create(null).ToString().Should().Be("fi-cook-u3 (whole unit, 10 of 15 points)");

    [Fact]
    public void ToString_SomeOutcomes_CountsThem() =>
        Create([Outcome1, Outcome2], 5).ToString().Should().Be("fi-cook-u3 (2 outcomes, 5 of 15 points)");
}
