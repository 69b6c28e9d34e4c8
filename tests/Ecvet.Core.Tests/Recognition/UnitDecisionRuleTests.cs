using System.Collections.Immutable;
using Ecvet.Recognition;
using NodaTime;
using static Ecvet.Tests.Agreements.Fixtures;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>Each rule of <see cref="UnitDecision"/>'s validating constructor, its equality, hash and text.</summary>
public sealed class UnitDecisionRuleTests
{
    private static readonly OutcomeEvidence Evidence =
        new(EvidenceKind.HomeAssessment, "fi-cook-u3-lo1", new LocalDate(2026, 5, 20), null, null, ["transcript:$.entries[0]"]);

    private static CoveredOutcome Covered(int outcome) => new(Lo(3, outcome), Evidence);

    private static UnitDecision Make(RecognitionOutcome outcome = RecognitionOutcome.Partial, decimal points = 25, decimal allocation = 50,
        decimal coverage = 0.75m, bool wholeUnit = true, ImmutableArray<LearningOutcomeId>? targeted = null,
        ImmutableArray<CoveredOutcome>? covered = null, ImmutableArray<PendingMatch>? pending = null, ImmutableArray<string>? reasons = null) =>
        new(U3, outcome, CreditPoints.From(points), CreditPoints.From(allocation), coverage, wholeUnit,
            targeted ?? [Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4)], covered ?? [Covered(1), Covered(2), Covered(3)],
            pending ?? [new PendingMatch(Lo(3, 4), HostLo(4), 0.6)], reasons ?? ["coverage"]);

    [Fact]
    public void Constructor_KeepsEveryValue()
    {
        var decision = Make();

        decision.Unit.Should().Be(U3);
        decision.Outcome.Should().Be(RecognitionOutcome.Partial);
        decision.Points.Should().Be(CreditPoints.From(25));
        decision.Allocation.Should().Be(CreditPoints.From(50));
        decision.Coverage.Should().Be(0.75m);
        decision.WholeUnitTargeted.Should().BeTrue();
        decision.TargetedOutcomes.Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4));
        decision.CoveredOutcomes.Select(c => c.Outcome).Should().Equal(Lo(3, 1), Lo(3, 2), Lo(3, 3));
        decision.AwaitingConfirmation.Should().ContainSingle().Which.HomeOutcome.Should().Be(Lo(3, 4));
        decision.Reasons.Should().Equal("coverage");
    }

    [Fact]
    public void Constructor_DefaultArrays_BecomeEmpty()
    {
        var decision = new UnitDecision(U3, RecognitionOutcome.NotRecognised, CreditPoints.Zero, CreditPoints.From(50), 0m, false,
            default, default, default, default);

        decision.TargetedOutcomes.IsDefault.Should().BeFalse();
        decision.TargetedOutcomes.Should().BeEmpty();
        decision.CoveredOutcomes.IsDefault.Should().BeFalse();
        decision.AwaitingConfirmation.IsDefault.Should().BeFalse();
        decision.Reasons.IsDefault.Should().BeFalse();
        decision.Reasons.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_NullUnit_ThrowsNamingIt()
    {
        var act = () => new UnitDecision(null!, RecognitionOutcome.Full, CreditPoints.Zero, CreditPoints.Zero, 1m, true, [], [], [], []);

        act.Should().Throw<ArgumentNullException>().WithParameterName("unit");
    }

    [Fact]
    public void Constructor_UndefinedOutcome_ThrowsNamingIt()
    {
        var act = () => Make(outcome: (RecognitionOutcome)4, points: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("outcome").WithMessage("Not a defined recognition outcome.*");
    }

    [Fact]
    public void Constructor_PointsAboveTheAllocation_ThrowsSayingBoth()
    {
        var act = () => Make(RecognitionOutcome.Full, points: 50.5m, allocation: 50);

        act.Should().Throw<ArgumentException>().WithParameterName("points")
            .WithMessage("The points awarded, 50.5, are more than the unit's allocation, 50.*");
    }

    [Theory]
    [InlineData(RecognitionOutcome.Full)]
    [InlineData(RecognitionOutcome.Partial)]
    public void Constructor_PointsEqualToTheAllocation_AreAcceptedWhenRecognised(RecognitionOutcome outcome)
    {
        Make(outcome, points: 50, allocation: 50).Points.Should().Be(CreditPoints.From(50));
    }

    [Theory]
    [InlineData(RecognitionOutcome.Deferred)]
    [InlineData(RecognitionOutcome.NotRecognised)]
    public void Constructor_PointsForAUnitNotRecognised_ThrowSayingItsOutcome(RecognitionOutcome outcome)
    {
        var act = () => Make(outcome, points: 0.5m);

        act.Should().Throw<ArgumentException>().WithParameterName("points").WithMessage($"A unit that is {outcome} is awarded no points.*");
    }

    [Theory]
    [InlineData(RecognitionOutcome.Deferred)]
    [InlineData(RecognitionOutcome.NotRecognised)]
    public void Constructor_NoPointsForAUnitNotRecognised_IsAccepted(RecognitionOutcome outcome)
    {
        Make(outcome, points: 0).Outcome.Should().Be(outcome);
    }

    [Theory]
    [InlineData("-0.0001")]
    [InlineData("1.0001")]
    public void Constructor_CoverageOutsideZeroToOne_ThrowsNamingIt(string text)
    {
        var act = () => Make(coverage: decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("coverage").WithMessage("The coverage lies between 0 and 1.*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void Constructor_CoverageAtItsEdges_IsAccepted(string text)
    {
        var value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

        Make(coverage: value).Coverage.Should().Be(value);
    }

    [Fact]
    public void Constructor_NullTargetedOutcome_ThrowsNamingTheList()
    {
        var act = () => Make(targeted: [Lo(3, 1), null!], covered: [], pending: []);

        act.Should().Throw<ArgumentException>().WithParameterName("targeted").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_TargetedOutcomeTwice_ThrowsSayingWhich()
    {
        var act = () => Make(targeted: [Lo(3, 1), Lo(3, 1)], covered: [], pending: []);

        act.Should().Throw<ArgumentException>().WithParameterName("targeted").WithMessage("Duplicate targeted outcome 'fi-cook-u3-lo1'*");
    }

    [Fact]
    public void Constructor_NullCoveredOutcome_ThrowsNamingTheList()
    {
        var act = () => Make(covered: [Covered(1), null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("covered").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_CoveredOutcomeTwice_ThrowsSayingWhich()
    {
        var act = () => Make(covered: [Covered(2), Covered(2)]);

        act.Should().Throw<ArgumentException>().WithParameterName("covered").WithMessage("Duplicate covered outcome 'fi-cook-u3-lo2'*");
    }

    [Fact]
    public void Constructor_CoveredOutcomeNotTargeted_ThrowsSayingWhich()
    {
        var act = () => Make(targeted: [Lo(3, 1), Lo(3, 4)], covered: [Covered(1), Covered(2)]);

        act.Should().Throw<ArgumentException>().WithParameterName("covered")
            .WithMessage("The covered outcome fi-cook-u3-lo2 is not one of the targeted outcomes.*");
    }

    [Fact]
    public void Constructor_NullPendingMatch_ThrowsNamingTheList()
    {
        var act = () => Make(pending: [null!]);

        act.Should().Throw<ArgumentException>().WithParameterName("awaitingConfirmation").WithMessage("The collection must not contain null.*");
    }

    [Fact]
    public void Constructor_PendingMatchOfAnOutcomeNotTargeted_ThrowsSayingWhich()
    {
        var act = () => Make(targeted: [Lo(3, 1), Lo(3, 2), Lo(3, 3)], pending: [new PendingMatch(Lo(3, 4), HostLo(4), 0.6)]);

        act.Should().Throw<ArgumentException>().WithParameterName("awaitingConfirmation")
            .WithMessage("The outcome fi-cook-u3-lo4 awaiting confirmation is not one of the targeted outcomes.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" coverage")]
    public void Constructor_ReasonNotText_ThrowsNamingTheList(string reason)
    {
        var act = () => Make(reasons: ["LA-001", reason]);

        act.Should().Throw<ArgumentException>().WithParameterName("reasons");
    }

    [Fact]
    public void Constructor_NullReason_ThrowsNamingTheList()
    {
        var act = () => Make(reasons: [null!]);

        act.Should().Throw<ArgumentNullException>().WithParameterName("reasons");
    }

    [Fact]
    public void Equals_SameValues_IsEqualWithTheSameHash()
    {
        var a = Make();
        var b = Make(targeted: [.. Make().TargetedOutcomes], reasons: ["coverage"]);

        a.Should().Be(b);
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equals_EachPropertyDiffering_IsNotEqual()
    {
        var a = Make();

        new UnitDecision(UnitId.Parse("fi-cook-u2"), RecognitionOutcome.Partial, CreditPoints.From(25), CreditPoints.From(50), 0.75m, true,
            a.TargetedOutcomes, a.CoveredOutcomes, a.AwaitingConfirmation, a.Reasons).Should().NotBe(a);
        Make(RecognitionOutcome.Full).Should().NotBe(a);
        Make(points: 20).Should().NotBe(a);
        Make(allocation: 60).Should().NotBe(a);
        Make(coverage: 0.7m).Should().NotBe(a);
        Make(wholeUnit: false).Should().NotBe(a);
        Make(targeted: [Lo(3, 1), Lo(3, 2), Lo(3, 3), Lo(3, 4), Lo(3, 5)]).Should().NotBe(a);
        Make(covered: [Covered(1), Covered(2)]).Should().NotBe(a);
        Make(pending: []).Should().NotBe(a);
        Make(reasons: ["ASM-002"]).Should().NotBe(a);
    }

    [Fact]
    public void GetHashCode_DiffersWithTheReasons()
    {
        Make(reasons: ["coverage"]).GetHashCode().Should().NotBe(Make(reasons: ["ASM-002"]).GetHashCode());
        Make(points: 20).GetHashCode().Should().NotBe(Make(points: 25).GetHashCode());
        Make(coverage: 0.7m).GetHashCode().Should().NotBe(Make(coverage: 0.75m).GetHashCode());
    }

    [Fact]
    public void ToString_SaysUnitOutcomePointsAndCoverageInvariantly()
    {
        Make(points: 37.5m).ToString().Should().Be("fi-cook-u3: Partial, 37.5 of 50 points, coverage 0.75");
        Make(coverage: 0.12345m).ToString().Should().EndWith("coverage 0.1235");
    }
}
