using Ecvet.Matching;

namespace Ecvet.Tests.Matching;

public sealed class OutcomeMatchTests
{
    [Fact]
    public void Constructor_KeepsTheValues()
    {
        var match = new OutcomeMatch(3, 0.8, 0.5, MatchEvidence.SharedTerms);
        (match.Ordinal, match.Similarity, match.Coverage, match.Evidence).Should().Be((3, 0.8, 0.5, MatchEvidence.SharedTerms));
        match.ToString().Should().Be("#3 similarity 0.8 coverage 0.5 (SharedTerms)");
        default(OutcomeMatch).Similarity.Should().Be(0);
    }

    [Theory]
    [InlineData(-1, 0.5, 0.5, "ordinal")]
    [InlineData(0, 1.5, 0.5, "similarity")]
    [InlineData(0, double.NaN, 0.5, "similarity")]
    [InlineData(0, 0.5, -0.1, "coverage")]
    public void Constructor_OutOfRange_Throws(int ordinal, double similarity, double coverage, string parameter) =>
        FluentActions.Invoking(() => new OutcomeMatch(ordinal, similarity, coverage)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
}
