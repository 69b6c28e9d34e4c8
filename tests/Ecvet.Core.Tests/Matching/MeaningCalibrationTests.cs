using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

public sealed class MeaningCalibrationTests
{
    [Fact]
    public void Apply_PassesThroughItsKnots()
    {
        var calibration = MeaningCalibration.Create(0.6, 0.8);

        calibration.Apply(-0.2).Should().Be(0);
        calibration.Apply(0).Should().Be(0);
        calibration.Apply(0.3).Should().BeApproximately(0.275, 1e-12);
        calibration.Apply(0.6).Should().BeApproximately(ScoreCalibration.ReviewThreshold, 1e-12);
        calibration.Apply(0.7).Should().BeApproximately(0.675, 1e-12);
        calibration.Apply(0.8).Should().BeApproximately(ScoreCalibration.AcceptThreshold, 1e-12);
        calibration.Apply(0.9).Should().BeApproximately(0.9, 1e-12);
        calibration.Apply(1).Should().Be(1);
        calibration.ToString().Should().Be("raw 0.6 → 0.55, raw 0.8 → 0.8");
    }

    [Theory]
    [InlineData(0, 0.5, "rawReview")]
    [InlineData(1, 0.5, "rawReview")]
    [InlineData(0.5, 0.5, "rawAccept")]
    [InlineData(0.5, 1, "rawAccept")]
    [InlineData(0.5, double.NaN, "rawAccept")]
    public void Create_KnotsOutOfOrder_Throw(double review, double accept, string name) =>
        FluentActions.Invoking(() => MeaningCalibration.Create(review, accept)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(name);

    [Fact]
    public void Fit_NeverAcceptsARejectedPairAndKeepsThemOutOfReview()
    {
        (double, double)[] accept = [(0, 0.92), (0.1, 0.88), (0, 0.86), (0.2, 0.84), (0, 0.66)];
        (double, double)[] review = [(0, 0.72), (0.3, 0.70), (0.1, 0.74)];
        // Same-topic look-alikes: high cosines, some above an equivalent's.
        (double, double)[] reject = [(0.4, 0.82), (0.3, 0.69), (0.2, 0.60), (0.1, 0.50), (0, 0.40)];

        var calibration = MeaningCalibration.Fit(accept, review, reject, maxRejectInReview: 0.2);

        var scores = reject.Select(p => Math.Max(p.Item1, calibration.Apply(p.Item2))).ToArray();
        scores.Should().OnlyContain(s => s < ScoreCalibration.AcceptThreshold);
        scores.Count(s => s >= ScoreCalibration.ReviewThreshold).Should().BeLessThanOrEqualTo(1);
        calibration.RawAccept.Should().BeGreaterThan(0.82);
        accept.Count(p => calibration.Apply(p.Item2) >= ScoreCalibration.AcceptThreshold).Should().Be(4, "0.84 to 0.92 lie above every look-alike");
    }

    [Fact]
    public void Fit_RejectedPairAcceptedByItsWordsAlone_Throws() =>
        FluentActions.Invoking(() => MeaningCalibration.Fit([(0, 0.9)], [(0, 0.7)], [(0.85, 0.5)]))
            .Should().Throw<InvalidOperationException>();

    [Fact]
    public void Fit_BadArguments_NameThem()
    {
        FluentActions.Invoking(() => MeaningCalibration.Fit(null!, [(0, 0.5)], [(0, 0.1)])).Should().Throw<ArgumentNullException>().WithParameterName("accept");
        FluentActions.Invoking(() => MeaningCalibration.Fit([(0, 0.9)], [], [(0, 0.1)])).Should().Throw<ArgumentException>().WithParameterName("review");
        FluentActions.Invoking(() => MeaningCalibration.Fit([(0, 0.9)], [(0, 0.5)], [(1.5, 0.1)])).Should().Throw<ArgumentException>().WithParameterName("reject");
        FluentActions.Invoking(() => MeaningCalibration.Fit([(0, 0.9)], [(0, 0.5)], [(0, 0.1)], 1.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("maxRejectInReview");
    }

    [Fact]
    public void Options_CompareTheMeaningCalibration() =>
        (OutcomeIndexOptions.Default with { MeaningCalibration = MeaningCalibration.Create(0.5, 0.7) })
            .Should().NotBe(OutcomeIndexOptions.Default);

    [Fact]
    public void Apply_WithDifference_PullsTheCosineDownByTheWeightNeverUp()
    {
        var calibration = MeaningCalibration.Create(0.6, 0.8, 0.5);

        calibration.DifferenceWeight.Should().Be(0.5);
        calibration.Apply(0.8, 0.2).Should().BeApproximately(calibration.Apply(0.5), 1e-12, "0.8 − 0.5 × (0.8 − 0.2)");
        calibration.Apply(0.7, 0.9).Should().Be(calibration.Apply(0.7), "a difference closer than the whole never raises it");
        calibration.Apply(0.7, null).Should().Be(calibration.Apply(0.7));
        MeaningCalibration.Create(0.6, 0.8).Apply(0.8, 0.2).Should().Be(MeaningCalibration.Create(0.6, 0.8).Apply(0.8), "weight 0 is the whole texts alone");
        calibration.ToString().Should().Be("raw 0.6 → 0.55, raw 0.8 → 0.8, differences weighted 0.5");
        calibration.Should().NotBe(MeaningCalibration.Create(0.6, 0.8));
    }

    [Fact]
    public void Default_IsTheFrozenCalibrationWeighingDifferences_WholeTextsTheEarlierOne()
    {
        MeaningCalibration.Default.Should().Be(MeaningCalibration.Create(0.62, 0.70, 0.25));
        MeaningCalibration.WholeTexts.Should().Be(MeaningCalibration.Create(0.6, 0.78));
        MeaningCalibration.WholeTexts.DifferenceWeight.Should().Be(0);
        OutcomeIndexOptions.Default.MeaningCalibration.Should().BeSameAs(MeaningCalibration.Default);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Create_WeightOutOfRange_Throws(double weight) =>
        FluentActions.Invoking(() => MeaningCalibration.Create(0.6, 0.8, weight)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("differenceWeight");

    [Fact]
    public void Fit_WithDifferences_AcceptsAnEquivalentAboveALookAlikeWhoseDifferenceDisagrees()
    {
        // The look-alike's whole sentences are closer (0.88) than the paraphrase's (0.84), but what differs between
        // them means something else (0.1).
        (double, double, double?)[] accept = [(0, 0.84, null), (0, 0.86, 0.8)];
        (double, double, double?)[] review = [(0, 0.72, null)];
        (double, double, double?)[] reject = [(0.3, 0.88, 0.1), (0, 0.5, null)];

        var whole = MeaningCalibration.Fit(accept, review, reject, differenceWeight: 0);
        var differences = MeaningCalibration.Fit(accept, review, reject, differenceWeight: 1);

        differences.DifferenceWeight.Should().Be(1);
        reject.Should().OnlyContain(p => Math.Max(p.Item1, differences.Apply(p.Item2, p.Item3)) < ScoreCalibration.ReviewThreshold);
        accept.Should().OnlyContain(p => differences.Apply(p.Item2, p.Item3) >= ScoreCalibration.AcceptThreshold);
        accept.Should().OnlyContain(p => whole.Apply(p.Item2) < ScoreCalibration.AcceptThreshold, "without differences the look-alike at 0.88 must stay below accept");
    }

    [Fact]
    public void Fit_WithDifferences_BadArguments_NameThem()
    {
        (double, double, double?)[] one = [(0, 0.5, null)];
        FluentActions.Invoking(() => MeaningCalibration.Fit(one, one, [(0, 0.1, 1.5)], 0.5)).Should().Throw<ArgumentException>().WithParameterName("reject");
        FluentActions.Invoking(() => MeaningCalibration.Fit(null!, one, one, 0.5)).Should().Throw<ArgumentNullException>().WithParameterName("accept");
        FluentActions.Invoking(() => MeaningCalibration.Fit([(0, 0.9, null)], one, [(0, 0.1, null)], 2)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("differenceWeight");
    }
}
