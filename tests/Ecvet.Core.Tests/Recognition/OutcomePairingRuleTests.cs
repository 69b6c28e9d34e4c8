using Ecvet.Recognition;

namespace Ecvet.Tests.Recognition;

/// <summary>The rules of <see cref="OutcomePairing"/>: indexes from 0, a similarity between 0 and 1, and its text.</summary>
public sealed class OutcomePairingRuleTests
{
    [Fact]
    public void Create_NegativeIndex_NamesIt()
    {
        var host = () => OutcomePairing.Create(-1, 0, 0.5);
        var home = () => OutcomePairing.Create(0, -1, 0.5);

        host.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("hostIndex");
        home.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("homeIndex");
    }

    [Theory]
    [InlineData(-0.001)]
    [InlineData(1.001)]
    [InlineData(double.NaN)]
    public void Create_SimilarityOutside0To1_IsRefused(double value)
    {
        var act = () => OutcomePairing.Create(0, 0, value);

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().WithParameterName("similarity").WithMessage("A similarity lies between 0 and 1.*");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void Create_Similarity0Or1_IsTheRange(double value)
    {
        var pairing = OutcomePairing.Create(0, 0, value);

        pairing.HostIndex.Should().Be(0);
        pairing.HomeIndex.Should().Be(0);
        pairing.Similarity.Should().Be(value);
    }

    [Fact]
    public void ToString_IsTheIndexesAndTheSimilarity()
    {
        OutcomePairing.Create(3, 1, 0.456).ToString().Should().Be("host 3 → home 1: 0.46");
    }
}
