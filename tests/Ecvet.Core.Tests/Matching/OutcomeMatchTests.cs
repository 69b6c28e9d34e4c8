using Ecvet.Matching;
using Ecvet.Tests.Support;

namespace Ecvet.Tests.Matching;

public sealed class OutcomeMatchTests
{
    [Fact]
    public void Constructor_KeepsTheValues()
    {
        var match = new OutcomeMatch(3, 0.8, 0.5, MatchEvidence.SharedTerms);
        (match.Ordinal, match.Similarity, match.Coverage, match.Evidence).Should().Be((3, 0.8, 0.5, MatchEvidence.SharedTerms));
        default(OutcomeMatch).Similarity.Should().Be(0);
    }

    [Fact]
    public void ToString_RoundsScoresToTwoDecimalsInInvariantCulture()
    {
        var match = new OutcomeMatch(3, 0.8349, 0.5, MatchEvidence.SharedTerms | MatchEvidence.SameType);

        CultureScope.Run("fi-FI", match.ToString).Should().Be("#3: similarity 0.83, coverage 0.50 (SharedTerms, SameType)");
    }

    [Theory]
    [InlineData(-1, 0.5, 0.5, "ordinal")]
    [InlineData(0, 1.5, 0.5, "similarity")]
    [InlineData(0, double.NaN, 0.5, "similarity")]
    [InlineData(0, 0.5, -0.1, "coverage")]
    public void Constructor_OutOfRange_Throws(int ordinal, double similarity, double coverage, string parameter) =>
        FluentActions.Invoking(() => new OutcomeMatch(ordinal, similarity, coverage)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName(parameter);
}
