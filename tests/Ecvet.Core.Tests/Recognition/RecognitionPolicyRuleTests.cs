using Ecvet.Agreements;
using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>Each rule of <see cref="RecognitionPolicy"/>: its defaults, the range of every value at both edges, and <c>With</c>.</summary>
public sealed class RecognitionPolicyRuleTests
{
    [Fact]
    public void Default_HasTheDocumentedValues()
    {
        var policy = RecognitionPolicy.Default;

        policy.EquivalenceThreshold.Should().Be(0.80);
        policy.ReviewThreshold.Should().Be(0.55);
        policy.FullCoverage.Should().Be(1.00m);
        policy.PartialCoverage.Should().Be(0.50m);
        policy.PartialPoints.Should().Be(PartialPointsPolicy.None);
        policy.PointsStep.Should().Be(0.5m);
        policy.MaxEqfLevelGap.Should().Be(0);
        policy.AssessmentGraceDays.Should().Be(14);
        policy.GuardianAge.Should().Be(18);
        policy.Signatories.AdultAge.Should().Be(18);
        policy.AllowNoMouPath.Should().BeFalse();
        policy.SignatureGraceDays.Should().Be(0);
        policy.AllowTypeMismatch.Should().BeFalse();
        RecognitionPolicy.Create().Should().Be(policy);
    }

    [Fact]
    public void Create_EveryValueGiven_KeepsEach()
    {
        var policy = RecognitionPolicy.Create(0.9, 0.6, 0.95m, 0.4m, PartialPointsPolicy.ProRata, 0.25m, 2, 30, 17, true, 5, true);

        policy.EquivalenceThreshold.Should().Be(0.9);
        policy.ReviewThreshold.Should().Be(0.6);
        policy.FullCoverage.Should().Be(0.95m);
        policy.PartialCoverage.Should().Be(0.4m);
        policy.PartialPoints.Should().Be(PartialPointsPolicy.ProRata);
        policy.PointsStep.Should().Be(0.25m);
        policy.MaxEqfLevelGap.Should().Be(2);
        policy.AssessmentGraceDays.Should().Be(30);
        policy.GuardianAge.Should().Be(17);
        policy.AllowNoMouPath.Should().BeTrue();
        policy.SignatureGraceDays.Should().Be(5);
        policy.AllowTypeMismatch.Should().BeTrue();
    }

    [Fact]
    public void With_EachValue_ChangesOnlyThatValue()
    {
        var d = RecognitionPolicy.Default;

        d.With(equivalenceThreshold: 0.9).Should().Be(RecognitionPolicy.Create(equivalenceThreshold: 0.9));
        d.With(reviewThreshold: 0.6).Should().Be(RecognitionPolicy.Create(reviewThreshold: 0.6));
        d.With(fullCoverage: 0.9m).Should().Be(RecognitionPolicy.Create(fullCoverage: 0.9m));
        d.With(partialCoverage: 0.3m).Should().Be(RecognitionPolicy.Create(partialCoverage: 0.3m));
        d.With(partialPoints: PartialPointsPolicy.AsAgreed).Should().Be(RecognitionPolicy.Create(partialPoints: PartialPointsPolicy.AsAgreed));
        d.With(pointsStep: 1m).Should().Be(RecognitionPolicy.Create(pointsStep: 1m));
        d.With(maxEqfLevelGap: 1).Should().Be(RecognitionPolicy.Create(maxEqfLevelGap: 1));
        d.With(assessmentGraceDays: 3).Should().Be(RecognitionPolicy.Create(assessmentGraceDays: 3));
        d.With(guardianAge: 16).Should().Be(RecognitionPolicy.Create(guardianAge: 16));
        d.With(allowNoMouPath: true).Should().Be(RecognitionPolicy.Create(allowNoMouPath: true));
        d.With(signatureGraceDays: 7).Should().Be(RecognitionPolicy.Create(signatureGraceDays: 7));
        d.With(allowTypeMismatch: true).Should().Be(RecognitionPolicy.Create(allowTypeMismatch: true));
    }

    [Fact]
    public void With_Nothing_KeepsEveryValue()
    {
        var policy = RecognitionPolicy.Create(0.9, 0.6, 0.95m, 0.4m, PartialPointsPolicy.ProRata, 0.25m, 2, 30, 17, true, 5, true);

        policy.With().Should().Be(policy);
        policy.With().ToString().Should().Be(policy.ToString());
        policy.With().GuardianAge.Should().Be(17);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Create_ThresholdsAtTheirEdges_AreAccepted(double value)
    {
        var policy = RecognitionPolicy.Create(equivalenceThreshold: value, reviewThreshold: value);

        policy.EquivalenceThreshold.Should().Be(value);
        policy.ReviewThreshold.Should().Be(value);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Create_EquivalenceThresholdOutsideZeroToOne_ThrowsNamingIt(double value)
    {
        var act = () => RecognitionPolicy.Create(equivalenceThreshold: value, reviewThreshold: 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("equivalenceThreshold")
            .WithMessage("A similarity threshold lies between 0 and 1.*");
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(double.NaN)]
    public void Create_ReviewThresholdOutsideZeroToOne_ThrowsNamingIt(double value)
    {
        var act = () => RecognitionPolicy.Create(reviewThreshold: value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reviewThreshold")
            .WithMessage("A similarity threshold lies between 0 and 1.*");
    }

    [Fact]
    public void Create_ReviewThresholdAboveOne_ThrowsForTheRangeNotTheOrder()
    {
        var act = () => RecognitionPolicy.Create(equivalenceThreshold: 1, reviewThreshold: 1.01);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reviewThreshold")
            .WithMessage("A similarity threshold lies between 0 and 1.*");
    }

    [Fact]
    public void Create_ReviewThresholdAboveEquivalence_ThrowsSayingTheEquivalenceThreshold()
    {
        var act = () => RecognitionPolicy.Create(equivalenceThreshold: 0.7, reviewThreshold: 0.71);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("reviewThreshold")
            .WithMessage("The review threshold must not exceed the equivalence threshold (0.7).*");
    }

    [Fact]
    public void Create_ReviewThresholdEqualToEquivalence_IsAccepted()
    {
        RecognitionPolicy.Create(equivalenceThreshold: 0.7, reviewThreshold: 0.7).ReviewThreshold.Should().Be(0.7);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Create_FullCoverageOutsideZeroToOne_ThrowsNamingIt(double value)
    {
        var act = () => RecognitionPolicy.Create(fullCoverage: (decimal)value, partialCoverage: 0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fullCoverage").WithMessage("A coverage lies between 0 and 1.*");
    }

    [Fact]
    public void Create_FullCoverageZero_ThrowsSayingItMustBeAboveZero()
    {
        var act = () => RecognitionPolicy.Create(fullCoverage: 0m, partialCoverage: 0m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("fullCoverage").WithMessage("Full coverage must be above 0.*");
    }

    [Fact]
    public void Create_CoveragesAtTheirEdges_AreAccepted()
    {
        var policy = RecognitionPolicy.Create(fullCoverage: 1m, partialCoverage: 0m);
        var smallest = RecognitionPolicy.Create(fullCoverage: 0.01m, partialCoverage: 0.01m);

        policy.FullCoverage.Should().Be(1m);
        policy.PartialCoverage.Should().Be(0m);
        smallest.FullCoverage.Should().Be(0.01m);
        smallest.PartialCoverage.Should().Be(0.01m);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    public void Create_PartialCoverageOutsideZeroToOne_ThrowsNamingIt(double value)
    {
        var act = () => RecognitionPolicy.Create(partialCoverage: (decimal)value);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partialCoverage").WithMessage("A coverage lies between 0 and 1.*");
    }

    [Fact]
    public void Create_PartialCoverageAboveFull_ThrowsSayingTheFullCoverage()
    {
        var act = () => RecognitionPolicy.Create(fullCoverage: 0.8m, partialCoverage: 0.81m);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partialCoverage")
            .WithMessage("Partial coverage must not exceed full coverage (0.8).*");
    }

    [Fact]
    public void Create_UndefinedPartialPoints_ThrowsNamingIt()
    {
        var act = () => RecognitionPolicy.Create(partialPoints: (PartialPointsPolicy)3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("partialPoints").WithMessage("Unknown partial-points policy.*");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0.5")]
    [InlineData("0.125")]
    [InlineData("1000000")]
    public void Create_PointsStepNotAPositiveAmountOfPoints_ThrowsNamingIt(string step)
    {
        var act = () => RecognitionPolicy.Create(pointsStep: decimal.Parse(step, System.Globalization.CultureInfo.InvariantCulture));

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("pointsStep")
            .WithMessage("The points step must be a positive amount of points with at most 2 decimals.*");
    }

    [Fact]
    public void Create_SmallestPointsStep_IsAccepted()
    {
        RecognitionPolicy.Create(pointsStep: 0.01m).PointsStep.Should().Be(0.01m);
    }

    [Theory]
    [InlineData(-1, "maxEqfLevelGap")]
    [InlineData(8, "maxEqfLevelGap")]
    public void Create_EqfGapOutsideZeroToSeven_ThrowsNamingIt(int gap, string name)
    {
        var act = () => RecognitionPolicy.Create(maxEqfLevelGap: gap);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Create_AssessmentGraceDaysOutOfRange_ThrowsNamingThem(int days)
    {
        var act = () => RecognitionPolicy.Create(assessmentGraceDays: days);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("assessmentGraceDays");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(367)]
    public void Create_SignatureGraceDaysOutOfRange_ThrowsNamingThem(int days)
    {
        var act = () => RecognitionPolicy.Create(signatureGraceDays: days);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("signatureGraceDays");
    }

    [Fact]
    public void Create_IntegersAtTheirEdges_AreAccepted()
    {
        var low = RecognitionPolicy.Create(maxEqfLevelGap: 0, assessmentGraceDays: 0, signatureGraceDays: 0, guardianAge: 1);
        var high = RecognitionPolicy.Create(maxEqfLevelGap: RecognitionPolicy.MaxEqfLevelGapLimit, assessmentGraceDays: RecognitionPolicy.MaxGraceDays,
            signatureGraceDays: RecognitionPolicy.MaxGraceDays, guardianAge: 30);

        (low.MaxEqfLevelGap, low.AssessmentGraceDays, low.SignatureGraceDays, low.GuardianAge).Should().Be((0, 0, 0, 1));
        (high.MaxEqfLevelGap, high.AssessmentGraceDays, high.SignatureGraceDays, high.GuardianAge).Should().Be((7, 366, 366, 30));
        RecognitionPolicy.MaxEqfLevelGapLimit.Should().Be(7);
        RecognitionPolicy.MaxGraceDays.Should().Be(366);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    public void Create_GuardianAgeOutOfRange_ThrowsNamingItWithTheSignatoryPolicysReason(int age)
    {
        var act = () => RecognitionPolicy.Create(guardianAge: age);

        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("guardianAge")
            .Which.ActualValue.Should().Be(age);
    }

    [Fact]
    public void Create_GuardianAge_SetsTheSignatoryPolicy()
    {
        RecognitionPolicy.Create(guardianAge: 16).Signatories.Should().Be(SignatoryPolicy.Default.WithAdultAge(16));
    }

    [Fact]
    public void ToString_ListsTheMainThresholdsInvariantly()
    {
        RecognitionPolicy.Default.ToString().Should().Be("equivalence 0.8, review 0.55, full 1.00, partial 0.50, None");
    }
}
