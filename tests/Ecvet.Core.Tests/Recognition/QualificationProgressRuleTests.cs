using System.Collections.Immutable;
using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;
using static Ecvet.Tests.Recognition.RecognitionValues;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="QualificationProgress"/>: when a qualification is achieved, equality and text.</summary>
public sealed class QualificationProgressRuleTests
{
    private static readonly BankedOutcome Expired = new(U3, Lo(3, 1), Host, "la-2026-0042", Today, Assessed());

    private static QualificationProgress Progress(decimal points = 120, decimal total = 180, ImmutableArray<UnitId> completed = default,
        ImmutableArray<UnitId> outstanding = default, ImmutableArray<BankedOutcome> expired = default, LocalDate? on = null) =>
        new(on ?? Today, CreditPoints.From(points), CreditPoints.From(total), completed.IsDefault ? [U3] : completed,
            outstanding.IsDefault ? [U4] : outstanding, expired.IsDefault ? [Expired] : expired);

    [Fact]
    public void Constructor_KeepsWhatItWasGiven()
    {
        var progress = Progress();

        progress.On.Should().Be(Today);
        progress.Points.Should().Be(CreditPoints.From(120));
        progress.TotalPoints.Should().Be(CreditPoints.From(180));
        progress.CompletedUnits.Should().Equal(U3);
        progress.MandatoryOutstanding.Should().Equal(U4);
        progress.ExpiredOutcomes.Should().Equal(Expired);
    }

    [Theory]
    [InlineData(180, 180, false, true)]
    [InlineData(190, 180, false, true)]
    [InlineData(179.5, 180, false, false)]
    [InlineData(180, 180, true, false)]
    public void IsAchieved_EveryMandatoryUnitAndEnoughPoints(decimal points, decimal total, bool outstanding, bool expected)
    {
        Progress(points, total, outstanding: outstanding ? [U4] : []).IsAchieved.Should().Be(expected);
    }

    [Fact]
    public void Equals_SameContent_IsEqualWithTheSameHash()
    {
        Progress().Equals(Progress()).Should().BeTrue();
        Progress().GetHashCode().Should().Be(Progress().GetHashCode());
        Progress().Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_OnePropertyDiffers_IsNotEqual()
    {
        Progress(on: Today.PlusDays(1)).Should().NotBe(Progress());
        Progress(points: 125).Should().NotBe(Progress());
        Progress(total: 185).Should().NotBe(Progress());
        Progress(completed: [U3, U5]).Should().NotBe(Progress());
        Progress(outstanding: []).Should().NotBe(Progress());
        Progress(expired: []).Should().NotBe(Progress());
    }

    [Fact]
    public void ToString_IsThePointsTheDayAndWhatIsOutstanding()
    {
        Progress(outstanding: [U4, U5]).ToString().Should().Be("120 of 180 points on 2026-06-15; 2 mandatory units outstanding");
    }
}
