using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

public sealed class ScoreCalibrationTests
{
    [Fact]
    public void Apply_MapsTheKnots()
    {
        var calibration = ScoreCalibration.Create(0.4, 0.6);
        calibration.Apply(0).Should().Be(0);
        calibration.Apply(0.4).Should().BeApproximately(ScoreCalibration.ReviewThreshold, 1e-12);
        calibration.Apply(0.6).Should().BeApproximately(ScoreCalibration.AcceptThreshold, 1e-12);
        calibration.Apply(1).Should().Be(1);
        calibration.Apply(1.2).Should().Be(1);
        calibration.Apply(-1).Should().Be(0);
    }

    [Fact]
    public void Apply_IsMonotoneAndInvertible()
    {
        var calibration = ScoreCalibration.Default;
        var previous = -1.0;
        for (var raw = 0.0; raw <= 0.99; raw += 0.01)
        {
            var similarity = calibration.Apply(raw);
            similarity.Should().BeGreaterThan(previous);
            calibration.Invert(similarity).Should().BeApproximately(raw, 1e-9);
            previous = similarity;
        }
    }

    [Fact]
    public void Identity_LeavesScoresAlone() => ScoreCalibration.Identity.Apply(0.37).Should().BeApproximately(0.37, 1e-12);

    [Fact]
    public void Fit_SeparableScores_CutsInTheGaps()
    {
        var calibration = ScoreCalibration.Fit([0.8, 0.9, 0.7], [0.4, 0.5], [0.1, 0.2]);
        calibration.RawAccept.Should().BeApproximately(0.6, 1e-9);
        calibration.RawReview.Should().BeApproximately(0.3, 1e-9);
    }

    [Fact]
    public void Create_UnorderedKnots_Throw()
    {
        FluentActions.Invoking(() => ScoreCalibration.Create(0, 0.5)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rawReview");
        FluentActions.Invoking(() => ScoreCalibration.Create(0.5, 0.4)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rawAccept");
        FluentActions.Invoking(() => ScoreCalibration.Create(0.5, 1)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("rawAccept");
    }

    [Fact]
    public void Fit_BadSets_Throw()
    {
        FluentActions.Invoking(() => ScoreCalibration.Fit(null!, [0.1], [0.1])).Should().Throw<ArgumentNullException>().WithParameterName("accept");
        FluentActions.Invoking(() => ScoreCalibration.Fit([0.9], [], [0.1])).Should().Throw<ArgumentException>().WithParameterName("review");
        FluentActions.Invoking(() => ScoreCalibration.Fit([0.9], [0.5], [1.5])).Should().Throw<ArgumentException>().WithParameterName("reject");
    }
}
