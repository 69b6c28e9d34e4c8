using Ecvet.Recognition;
using static Ecvet.Tests.Recognition.RecognitionFixture;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="PendingMatch"/>: both outcomes, a similarity between 0 and 1, and its text.</summary>
public sealed class PendingMatchRuleTests
{
    [Fact]
    public void Constructor_NullOutcome_NamesIt()
    {
        var home = () => new PendingMatch(null!, HostLo(1), 0.7);
        var host = () => new PendingMatch(Lo(3, 1), null!, 0.7);

        home.Should().ThrowExactly<ArgumentNullException>().WithParameterName("homeOutcome");
        host.Should().ThrowExactly<ArgumentNullException>().WithParameterName("hostOutcome");
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1.001)]
    [InlineData(double.NaN)]
    public void Constructor_SimilarityOutside0To1_IsRefused(double value)
    {
        var act = () => new PendingMatch(Lo(3, 1), HostLo(1), value);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("similarity").WithMessage("A similarity lies between 0 and 1.*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Constructor_KeepsWhatItWasGiven(double value)
    {
        var pending = new PendingMatch(Lo(3, 4), HostLo(2), value);

        pending.HomeOutcome.Should().Be(Lo(3, 4));
        pending.HostOutcome.Should().Be(HostLo(2));
        pending.Similarity.Should().Be(value);
    }

    [Fact]
    public void ToString_IsTheHostTheHomeAndTheSimilarity()
    {
        new PendingMatch(Lo(3, 4), HostLo(4), 0.6149).ToString().Should().Be("es-cocina-lo4 → fi-cook-u3-lo4 (0.61)");
    }
}
