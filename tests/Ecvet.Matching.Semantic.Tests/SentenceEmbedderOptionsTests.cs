namespace Ecvet.Matching.Semantic.Tests;

public sealed class SentenceEmbedderOptionsTests
{
    [Fact]
    public void Default_HasTheBuiltInModelsLimits()
    {
        SentenceEmbedderOptions.Default.MaxTokens.Should().Be(256);
        SentenceEmbedderOptions.Default.LowerCase.Should().BeTrue();
        SentenceEmbedderOptions.Default.BatchSize.Should().Be(32);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(513)]
    public void MaxTokens_OutOfRange_ThrowsNamingTheProperty(int value)
    {
        var act = () => new SentenceEmbedderOptions { MaxTokens = value };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SentenceEmbedderOptions.MaxTokens));
    }

    [Fact]
    public void BatchSize_Zero_ThrowsNamingTheProperty()
    {
        var act = () => new SentenceEmbedderOptions { BatchSize = 0 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SentenceEmbedderOptions.BatchSize));
    }

    [Fact]
    public void IntraOpThreads_Negative_ThrowsNamingTheProperty()
    {
        var act = () => new SentenceEmbedderOptions { IntraOpThreads = -1 };
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName(nameof(SentenceEmbedderOptions.IntraOpThreads));
    }
}
